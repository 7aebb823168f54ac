using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AiStudios.Emulator;

namespace AiStudios.Tests.Cli.Infrastructure
{
    /// <summary>
    /// An emulator this test process hosts on a free loopback port, so a test can switch its faults
    /// on (stall, fail-render) and look at its state while the tool talks to it as to the real service:
    /// with --base-url and the key in AISTUDIOS_APPID / AISTUDIOS_USERKEY.
    /// </summary>
    public sealed class HostedEmulator : IAsyncLifetime
    {
        public EmulatorServer Server { get; private set; } = null!;

        /// <summary>Renders take this long here: long enough to interrupt one, short enough to wait for.</summary>
        public static TimeSpan RenderDuration => TimeSpan.FromSeconds(4);

        public string BaseUrl => Server.BaseAddress.ToString();

        /// <summary>The variables that give the tool the emulator's key.</summary>
        public Dictionary<string, string> KeyVariables => new Dictionary<string, string>
        {
            ["AISTUDIOS_APPID"] = Server.Credential.AppId,
            ["AISTUDIOS_USERKEY"] = Server.Credential.UserKey,
        };

        public async Task InitializeAsync()
        {
            Server = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, RenderDuration = RenderDuration, ProgressStep = 5 });
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
        }
    }
}
