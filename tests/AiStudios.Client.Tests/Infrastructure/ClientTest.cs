using System;
using System.Net.Http;
using System.Threading.Tasks;
using AiStudios.Emulator;

namespace AiStudios.Client.Tests.Infrastructure;

/// <summary>
/// Base of the end-to-end tests: each test gets its own emulator on a free loopback port (its own counters and
/// projects) and an <see cref="AiStudiosClient"/> pointed at it over real HTTP, logging into <see cref="Log"/>.
/// </summary>
public abstract class ClientTest : IAsyncLifetime
{
    protected EmulatorServer Emulator { get; private set; } = null!;

    protected AiStudiosClient Client { get; private set; } = null!;

    protected CapturingLogger Log { get; } = new();

    /// <summary>Fast polling for render waits: short renders need no 3-second polls.</summary>
    protected static RenderWaitOptions FastWait(TimeSpan? stall = null, TimeSpan? timeout = null) => new()
    {
        DelayStrategy = RenderDelayStrategy.Fixed(TimeSpan.FromMilliseconds(25)),
        StallTimeout = stall ?? TimeSpan.FromSeconds(10),
        Timeout = timeout ?? TimeSpan.FromSeconds(20),
    };

    protected virtual EmulatorOptions CreateEmulatorOptions() => new()
    {
        Port = 0,
        RenderDuration = TimeSpan.FromMilliseconds(400),
        ProgressStep = 10,
        TickInterval = TimeSpan.FromMilliseconds(20),
    };

    /// <summary>Options for the emulator's first credential, with quick retries so fault tests stay fast.</summary>
    protected AiStudiosClientOptions ClientOptions(Action<AiStudiosClientOptions>? change = null)
    {
        var options = new AiStudiosClientOptions
        {
            BaseAddress = Emulator.BaseAddress,
            AppId = Emulator.Credential.AppId,
            UserKey = Emulator.Credential.UserKey,
            Timeout = TimeSpan.FromSeconds(5),
        };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(3);
        change?.Invoke(options);
        return options;
    }

    protected AiStudiosClient NewClient(Action<AiStudiosClientOptions>? change = null, HttpClient? http = null) =>
        http is null ? new AiStudiosClient(ClientOptions(change), Log) : new AiStudiosClient(http, ClientOptions(change), Log);

    public virtual async Task InitializeAsync()
    {
        Emulator = await EmulatorServer.StartAsync(CreateEmulatorOptions());
        Client = NewClient();
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
