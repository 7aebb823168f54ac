using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

public sealed class FaultTests : EmulatorTest
{
    [Fact]
    public async Task Latency_delays_the_answer()
    {
        var token = await TokenAsync();
        var watch = Stopwatch.StartNew();

        var response = await GetAsync("model", token, fault: "latency=300");

        Assert.True(watch.ElapsedMilliseconds >= 290, $"took {watch.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Fault_429_sends_Retry_After_and_changes_nothing()
    {
        var token = await TokenAsync();

        var response = await PostAsync("editor/project", RepoPaths.SeedProject(), token, fault: "429=7");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        Assert.Equal("RATE_LIMITED", response.ErrorCode);
        Assert.Equal(0, Server.State.ProjectsCreated);
        Assert.Equal(1, Server.State.RequestCount("POST", "/editor/project"));
    }

    [Theory]
    [InlineData("500", HttpStatusCode.InternalServerError, "INTERNAL_ERROR", null)]
    [InlineData("503", HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE", null)]
    [InlineData("503=2", HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE", 2)]
    [InlineData("429", HttpStatusCode.TooManyRequests, "RATE_LIMITED", 1)]
    public async Task Status_faults_answer_with_an_error_envelope(string fault, HttpStatusCode status, string code, int? retryAfter)
    {
        var token = await TokenAsync();

        var response = await GetAsync("model", token, fault);

        Assert.Equal(status, response.Status);
        Assert.False(response.Success);
        Assert.Equal(code, response.ErrorCode);
        Assert.Equal(retryAfter, (int?)response.Headers.RetryAfter?.Delta?.TotalSeconds);
    }

    [Fact]
    public async Task Malformed_runs_the_request_but_truncates_the_answer()
    {
        var token = await TokenAsync();

        var response = await PostAsync("editor/project", RepoPaths.SeedProject(), token, fault: "malformed");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.StartsWith("application/json", response.ContentHeaders.ContentType!.ToString());
        Assert.NotEmpty(response.Body);
        Assert.ThrowsAny<JsonException>(() => JsonNode.Parse(response.Body));
        Assert.Equal(1, Server.State.ProjectsCreated);
    }

    [Fact]
    public async Task Html_answers_502_with_an_HTML_page()
    {
        var token = await TokenAsync();

        var response = await GetAsync("model", token, "html");

        Assert.Equal(HttpStatusCode.BadGateway, response.Status);
        Assert.Equal("text/html", response.ContentHeaders.ContentType!.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", response.Body);
    }

    [Fact]
    public async Task Reset_aborts_the_connection()
    {
        var token = await TokenAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => GetAsync("model", token, "reset"));
        Assert.Equal(1, Server.State.RequestCount("GET", "/model"));

        // The server is fine afterwards.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("model", token)).Status);
    }

    [Fact]
    public async Task Expire_token_expires_the_presented_token_for_good()
    {
        var token = await TokenAsync();

        var faulted = await GetAsync("model", token, "expire-token");
        Assert.Equal(HttpStatusCode.Unauthorized, faulted.Status);
        Assert.Equal("TOKEN_EXPIRED", faulted.ErrorCode);

        Assert.Equal("TOKEN_EXPIRED", (await GetAsync("model", token)).ErrorCode);
        Assert.False((await GetAsync("auth", token)).Data["isAuthenticated"]!.GetValue<bool>());

        var fresh = await TokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("model", fresh)).Status);
    }

    [Fact]
    public async Task Fail_render_makes_progress_answer_RENDER_FAILED()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, fault: "fail-render=40");

        var failed = await PollProgressAsync(token, id, p => !p.Success);

        Assert.Equal(HttpStatusCode.OK, failed.Status);
        Assert.Equal("RENDER_FAILED", failed.ErrorCode);
        var project = await GetProjectAsync(token, id);
        Assert.Equal("failed", project["state"]!.GetValue<string>());
        Assert.Equal(40, project["progress"]!.GetValue<int>());
        Assert.Null(project["download_url"]);
        using var plain = new HttpClient();
        Assert.Equal(HttpStatusCode.NotFound, (await plain.GetAsync(new Uri(Server.RootAddress, $"files/{id}.mp4"))).StatusCode);
    }

    [Fact]
    public async Task Several_faults_combine()
    {
        var token = await TokenAsync();
        var watch = Stopwatch.StartNew();

        var response = await GetAsync("model", token, " latency=200 , 500 ");

        Assert.True(watch.ElapsedMilliseconds >= 190, $"took {watch.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
    }

    [Theory]
    [InlineData("teapot")]
    [InlineData("latency")]
    [InlineData("latency=-5")]
    [InlineData("429=abc")]
    [InlineData("500=1")]
    [InlineData("stall=100")]
    public async Task An_unknown_or_malformed_fault_header_is_400_INVALID_FAULT(string fault)
    {
        var token = await TokenAsync();

        var response = await GetAsync("model", token, fault);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_FAULT", response.ErrorCode);
    }

    [Fact]
    public async Task Scheduled_faults_hit_the_next_N_matching_requests_only()
    {
        Server.Faults.Enqueue("/auth/token", "503=1", count: 2, method: "POST");
        Server.Faults.Enqueue("/editor/progress/*", "500");
        Assert.Equal(2, Server.Faults.Pending);

        var body = new JsonObject { ["appId"] = Server.Credential.AppId, ["userKey"] = Server.Credential.UserKey };
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await PostAsync("auth/token", body)).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await PostAsync("auth/token", body)).Status);
        var token = await TokenAsync();
        Assert.Equal(3, Server.State.TokenRequests);
        Assert.Equal(1, Server.State.TokensIssued);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync("model", token)).Status);
        Assert.Equal(HttpStatusCode.InternalServerError, (await GetAsync("editor/progress/abc", token)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("editor/progress/abc", token)).Status);
        Assert.Equal(0, Server.Faults.Pending);
    }

    [Fact]
    public async Task Scheduled_faults_reject_bad_rules_and_can_be_cleared()
    {
        Assert.Throws<ArgumentException>(() => Server.Faults.Enqueue("/model", "explode"));
        Assert.Throws<ArgumentException>(() => Server.Faults.Enqueue("/model", "500", count: 0));

        Server.Faults.Add(new FaultRule { Path = "*", Fault = "500" });
        var token = Server.IssueToken();
        Assert.Equal(HttpStatusCode.InternalServerError, (await GetAsync("model", token)).Status);
        Assert.Equal(HttpStatusCode.InternalServerError, (await GetAsync("dropdown/workspaces", token)).Status);

        Server.Faults.Clear();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("model", token)).Status);
    }
}

/// <summary>The stall fault, on a manual clock so "no progress" is proven without waiting.</summary>
public sealed class StallFaultTests : EmulatorTest
{
    private readonly ManualClock clock = new();

    protected override EmulatorOptions CreateOptions() => TestOptions.Fast(TimeSpan.FromSeconds(10), clock);

    [Fact]
    public async Task A_stalled_render_stops_at_its_percent_and_never_finishes()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, fault: "stall=30");

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(20, (await GetAsync($"editor/progress/{id}", token)).Data["progress"]!.GetValue<double>());

        clock.Advance(TimeSpan.FromHours(1));
        var progress = await GetAsync($"editor/progress/{id}", token);
        Assert.Equal(30, progress.Data["progress"]!.GetValue<double>());
        Assert.Equal("exporting", progress.Data["state"]!.GetValue<string>());
        Assert.Null(progress.Data["downloadUrl"]);
    }

    [Fact]
    public async Task A_stall_from_the_options_applies_to_every_matching_render()
    {
        Server.Faults.Add(new FaultRule { Path = "/editor/project", Method = "POST", Fault = "stall" });
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token);

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(50, (await GetAsync($"editor/progress/{id}", token)).Data["progress"]!.GetValue<double>());
    }
}

/// <summary>Faults given in <see cref="EmulatorOptions.Faults"/> apply from the first request.</summary>
public sealed class ConfiguredFaultTests : EmulatorTest
{
    protected override EmulatorOptions CreateOptions()
    {
        var options = TestOptions.Fast();
        options.Faults.Add(new FaultRule { Path = "/model", Method = "GET", Fault = "503" });
        options.Faults.Add(new FaultRule { Path = "/dropdown/*", Fault = "429=3", Count = 1 });
        return options;
    }

    [Fact]
    public async Task Configured_faults_apply_forever_or_count_times()
    {
        var token = await TokenAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetAsync("model", token)).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetAsync("model", token)).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync("dropdown/workspaces", token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("dropdown/workspaces", token)).Status);
    }
}
