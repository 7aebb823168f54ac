using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Emulator;

namespace AiStudios.Cli.Connection
{
    /// <summary>
    /// A client for one command, and with --emulator the emulator it talks to, started in this
    /// process on a free loopback port and stopped with the session.
    /// </summary>
    internal sealed class ClientSession : IAsyncDisposable
    {
        /// <summary>How long an emulated render takes: short, so trying the tool (and its tests) is quick.</summary>
        public static readonly TimeSpan EmulatorRenderDuration = TimeSpan.FromSeconds(2);

        private readonly EmulatorServer? _emulator;

        private ClientSession(AiStudiosClient client, EmulatorServer? emulator, string target)
        {
            Client = client;
            _emulator = emulator;
            Target = target;
        }

        public AiStudiosClient Client { get; }

        /// <summary>Where requests go, for messages: a base address (never a key).</summary>
        public string Target { get; }

        public bool IsEmulated => _emulator is not null;

        /// <summary>Polls this often while waiting: every 3 s against the service, as its samples do; 200 ms against the emulator.</summary>
        public TimeSpan PollInterval => IsEmulated ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(3);

        /// <param name="settings">Where to connect.</param>
        /// <param name="cancellationToken">Stops starting the emulator.</param>
        /// <param name="createClient">Makes the client from the resolved options (the batch command's goes through its throttle); null: a plain client.</param>
        public static async Task<ClientSession> OpenAsync(ConnectionSettings settings, CancellationToken cancellationToken, Func<AiStudiosClientOptions, AiStudiosClient>? createClient = null)
        {
            createClient ??= options => new AiStudiosClient(options);
            if (settings.UseEmulator)
            {
                EmulatorServer emulator = await EmulatorServer.StartAsync(
                    new EmulatorOptions { Port = 0, RenderDuration = EmulatorRenderDuration, ProgressStep = 10 },
                    cancellationToken);
                var options = new AiStudiosClientOptions
                {
                    BaseAddress = emulator.BaseAddress,
                    AppId = emulator.Credential.AppId,
                    UserKey = emulator.Credential.UserKey,
                };
                return new ClientSession(createClient(options), emulator, "the local emulator at " + emulator.BaseAddress);
            }

            AiStudiosClientOptions resolved = Credentials.Resolve(settings);
            return new ClientSession(createClient(resolved), null, resolved.BaseAddress.ToString());
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (_emulator is not null)
            {
                await _emulator.DisposeAsync();
            }
        }
    }
}
