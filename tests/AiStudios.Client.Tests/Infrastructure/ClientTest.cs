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

    /// <summary>
    /// One call with the fixture's client (5 s per try) before a test's own client with a short per-try timeout: the
    /// first request in a process and to a fresh emulator pays for compiling the client's and the emulator's request
    /// paths (150 to 230 ms measured on a loaded 2-core machine), which must not count against a timeout meant for the
    /// fault under test. Its token request and GET /dropdown/workspaces are counted by the emulator like any other.
    /// </summary>
    protected Task WarmUpAsync() => Client.GetWorkspacesAsync();

    /// <summary>
    /// A token provider that hands out the emulator's token in process: a client with it sends no token request, so a
    /// test's short per-try timeout bounds only the requests meant to time out.
    /// </summary>
    protected void UseInProcessToken(AiStudiosClientOptions options)
    {
        options.AppId = null;
        options.UserKey = null;
        options.TokenProvider = _ => Task.FromResult(Emulator.IssueToken());
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
