using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Emulator.Auth;
using AiStudios.Emulator.Hosting;
using AiStudios.Emulator.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AiStudios.Emulator;

/// <summary>
/// A running AI Studios V3 emulator on 127.0.0.1: Kestrel, in this process. Start one per test (or per fixture) with
/// <see cref="StartAsync"/>, point the client at <see cref="BaseAddress"/>, and dispose it at the end.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, RenderDuration = TimeSpan.FromMilliseconds(500) });
/// using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
/// var answer = await http.PostAsJsonAsync("auth/token", new { appId = "emulator-app", userKey = "emulator-key" });
/// </code>
/// </example>
public sealed class EmulatorServer : IAsyncDisposable
{
    /// <summary>The API's path on every host.</summary>
    public const string ApiPath = "/api/odin/v3/";

    private readonly WebApplication app;
    private readonly JwtTokenService tokens;
    private int stopped;

    private EmulatorServer(WebApplication app, EmulatorOptions options, FaultSchedule faults)
    {
        this.app = app;
        Options = options;
        Faults = faults;
        tokens = app.Services.GetRequiredService<JwtTokenService>();
        State = new EmulatorState(app.Services.GetRequiredService<Counters>(), app.Services.GetRequiredService<ProjectStore>(), app.Services.GetRequiredService<CreateCounter>());
        RootAddress = app.Services.GetRequiredService<ServerAddresses>().Root;
        BaseAddress = new Uri(RootAddress, ApiPath.TrimStart('/'));
    }

    /// <summary>The API base, ending with <c>/api/odin/v3/</c>, e.g. <c>http://127.0.0.1:5080/api/odin/v3/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5080/</c>; download URLs live under <c>files/</c>.</summary>
    public Uri RootAddress { get; }

    /// <summary>The port actually listened on (the free port chosen when <see cref="EmulatorOptions.Port"/> was 0).</summary>
    public int Port => RootAddress.Port;

    /// <summary>Counters and stored projects.</summary>
    public EmulatorState State { get; }

    /// <summary>Faults for upcoming requests; add rules at any time.</summary>
    public FaultSchedule Faults { get; }

    /// <summary>The effective options (defaults filled in). Changing them has no effect on the running server.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>The first configured credential: the one a test client normally uses.</summary>
    public EmulatorCredential Credential => Options.Credentials[0];

    /// <summary>Starts an emulator and returns once it listens.</summary>
    /// <param name="options">Settings; null for the defaults (port 5080).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <exception cref="System.IO.IOException">The port is in use.</exception>
    public static async Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var effective = (options ?? new EmulatorOptions()).Validated();
        var faults = new FaultSchedule(effective.Faults);
        var app = EmulatorApplication.Build(effective, faults);
        try
        {
            await app.StartAsync(cancellationToken);
            return new EmulatorServer(app, effective, faults);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Issues a token as <c>POST /auth/token</c> would, without a request (not counted). With
    /// <paramref name="issuedAt"/> in the past a test gets an already expired token.
    /// </summary>
    /// <param name="appId">The app; null for <see cref="Credential"/>'s.</param>
    /// <param name="issuedAt">The <c>iat</c>; null for now.</param>
    /// <returns>The token, to send as the raw <c>Authorization</c> header value.</returns>
    public string IssueToken(string? appId = null, DateTimeOffset? issuedAt = null) =>
        tokens.Issue(appId ?? Credential.AppId, issuedAt);

    /// <summary>Stops listening and ends background work (renders, webhooks). Safe to call more than once.</summary>
    /// <param name="cancellationToken">Makes the stop less graceful.</param>
    /// <returns>A task that completes when stopped.</returns>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    /// <summary>Stops the server and releases it.</summary>
    /// <returns>A task that completes when released.</returns>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
    }
}
