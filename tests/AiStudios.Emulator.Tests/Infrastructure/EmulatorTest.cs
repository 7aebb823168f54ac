using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace AiStudios.Emulator.Tests.Infrastructure;

/// <summary>
/// Base of the HTTP tests: every test gets its own emulator on a free loopback port (so counters and projects are
/// its own) and a plain <see cref="HttpClient"/> pointed at <see cref="EmulatorServer.BaseAddress"/>.
/// </summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    protected EmulatorServer Server { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    protected virtual EmulatorOptions CreateOptions() => TestOptions.Fast();

    public virtual async Task InitializeAsync()
    {
        Server = await EmulatorServer.StartAsync(CreateOptions());
        Http = new HttpClient { BaseAddress = Server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public virtual async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Sends a request; <paramref name="path"/> is relative to the API base (<c>editor/project</c>).</summary>
    protected async Task<ApiResponse> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? token = null, string? fault = null, string? rawBody = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", token);
        }

        if (fault is not null)
        {
            request.Headers.Add("X-Emulator-Fault", fault);
        }

        var text = rawBody ?? body?.ToJsonString();
        if (text is not null)
        {
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var responseBody = await response.Content.ReadAsStringAsync();
        return new ApiResponse(response.StatusCode, responseBody, response.Headers, response.Content.Headers);
    }

    protected Task<ApiResponse> GetAsync(string path, string? token = null, string? fault = null) =>
        SendAsync(HttpMethod.Get, path, token: token, fault: fault);

    protected Task<ApiResponse> PostAsync(string path, JsonNode? body, string? token = null, string? fault = null) =>
        SendAsync(HttpMethod.Post, path, body, token, fault);

    /// <summary>A token for the default credential, requested over HTTP like a client would.</summary>
    protected async Task<string> TokenAsync(string? appId = null, string? userKey = null)
    {
        var response = await PostAsync("auth/token", new JsonObject
        {
            ["appId"] = appId ?? Server.Credential.AppId,
            ["userKey"] = userKey ?? Server.Credential.UserKey,
        });
        Assert.True(response.Status == System.Net.HttpStatusCode.OK, response.ToString());
        return response.Data["token"]!.GetValue<string>();
    }

    /// <summary>Creates the seed project (after <paramref name="change"/>) and returns its id.</summary>
    protected async Task<string> CreateSeedAsync(string token, Action<JsonObject>? change = null, string? fault = null)
    {
        var body = RepoPaths.SeedProject();
        change?.Invoke(body);
        var response = await PostAsync("editor/project", body, token, fault);
        Assert.True(response.Status == System.Net.HttpStatusCode.OK, response.ToString());
        return response.Data["projectId"]!.GetValue<string>();
    }

    protected async Task<JsonObject> GetProjectAsync(string token, string id)
    {
        var response = await GetAsync($"editor/project/{id}", token);
        Assert.True(response.Status == System.Net.HttpStatusCode.OK, response.ToString());
        return (JsonObject)response.Data["project"]!;
    }

    /// <summary>Polls <c>GET /editor/progress/{id}</c> until <paramref name="done"/>, returning the last answer.</summary>
    protected Task<ApiResponse> PollProgressAsync(string token, string id, Func<ApiResponse, bool> done, TimeSpan? timeout = null) =>
        Poll.UntilAsync(() => GetAsync($"editor/progress/{id}", token), done, timeout, $"progress of {id}");

    protected static bool IsDone(ApiResponse progress) =>
        progress.Success && progress.Data["progress"]!.GetValue<double>() >= 100;
}
