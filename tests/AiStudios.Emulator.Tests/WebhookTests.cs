using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

public sealed class WebhookTests : EmulatorTest
{
    [Fact]
    public async Task Progress_webhooks_are_posted_and_the_last_one_carries_credit_and_download_url()
    {
        await using var listener = await WebhookListener.StartAsync();
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["webhookUrl"] = listener.Url.ToString());

        await Poll.UntilAsync(() => listener.Received.Any(w => w.Body["progress"]!.GetValue<int>() == 100), what: "the 100 % webhook");

        var calls = listener.Received;
        Assert.All(calls, c => Assert.Equal("POST", c.Method));
        Assert.All(calls, c => Assert.StartsWith("application/json", c.ContentType));
        var progress = calls.Select(c => c.Body["progress"]!.GetValue<int>()).ToList();
        Assert.Equal(progress.Order(), progress);
        Assert.Equal(progress.Distinct(), progress);

        var project = await GetProjectAsync(token, id);
        var task = project["backendTaskId"]!.GetValue<string>();
        Assert.All(calls, c => Assert.Equal(task, c.Body["backendTaskId"]!.GetValue<string>()));
        Assert.All(calls.Where(c => c.Body["progress"]!.GetValue<int>() < 100), c => Assert.Null(c.Body["download_url"]));

        // Exactly the fields the reference lists: progress and backendTaskId always, credit and download_url at 100.
        var last = calls.Last().Body;
        Assert.Equal(new[] { "backendTaskId", "credit", "download_url", "progress" }, last.Select(p => p.Key).Order());
        Assert.All(calls.SkipLast(1), c => Assert.Equal(new[] { "backendTaskId", "progress" }, c.Body.Select(p => p.Key).Order()));
        Assert.Equal(project["download_url"]!.GetValue<string>(), last["download_url"]!.GetValue<string>());
        Assert.True(last["credit"]!.GetValue<int>() >= 1);
        Assert.Equal(calls.Count, Server.State.WebhooksSent);
    }

    [Fact]
    public async Task A_failed_render_sends_one_last_webhook_in_the_emulators_failure_shape()
    {
        await using var listener = await WebhookListener.StartAsync();
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["webhookUrl"] = listener.Url.ToString(), fault: "fail-render=30");

        await Poll.UntilAsync(() => listener.Received.Any(w => w.Body["state"] is not null), what: "the failure webhook");
        await Task.Delay(200);

        var calls = listener.Received;
        var last = calls.Last().Body;
        Assert.Equal(new[] { "backendTaskId", "error", "progress", "state" }, last.Select(p => p.Key).Order());
        Assert.Equal("failed", last["state"]!.GetValue<string>());
        Assert.Equal("RENDER_FAILED", last["error"]!["code"]!.GetValue<string>());
        Assert.Equal(30, last["progress"]!.GetValue<int>());
        Assert.Equal(Server.State.FindProject(id)!.BackendTaskId, last["backendTaskId"]!.GetValue<string>());
        Assert.Single(calls, c => c.Body["state"] is not null);
        Assert.All(calls.SkipLast(1), c => Assert.Equal(new[] { "backendTaskId", "progress" }, c.Body.Select(p => p.Key).Order()));
    }

    [Fact]
    public async Task A_failing_receiver_is_counted_and_the_render_still_finishes()
    {
        await using var listener = await WebhookListener.StartAsync(status: 500);
        var closedPort = FreePort();
        var token = await TokenAsync();
        var failing = await CreateSeedAsync(token, p => p["webhookUrl"] = listener.Url.ToString());
        var refused = await CreateSeedAsync(token, p => p["webhookUrl"] = $"http://127.0.0.1:{closedPort}/hook");

        await PollProgressAsync(token, failing, IsDone);
        await PollProgressAsync(token, refused, IsDone);
        await Poll.UntilAsync(() => listener.Received.Any(w => w.Body["progress"]!.GetValue<int>() == 100), what: "the 100 % webhook");

        // Calls to the closed port count as failures too, on top of every 500 answer.
        await Poll.UntilAsync(() => Server.State.WebhooksFailed > listener.Received.Count, what: "failed webhooks to the closed port");
        Assert.Equal(0, Server.State.WebhooksSent);
    }

    [Theory]
    [InlineData("https://example.com/hook")]
    [InlineData("http://10.0.0.1/hook")]
    [InlineData("http://127.0.0.1.example.com/hook")]
    public async Task Webhooks_to_hosts_other_than_loopback_are_never_called(string url)
    {
        var token = await TokenAsync();

        var id = await CreateSeedAsync(token, p => p["webhookUrl"] = url);

        Assert.Equal(1, Server.State.WebhooksRefused);
        Assert.Null(Server.State.FindProject(id)!.WebhookUrl);
        await PollProgressAsync(token, id, IsDone);
        Assert.Equal(0, Server.State.WebhooksSent + Server.State.WebhooksFailed);
    }

    [Fact]
    public async Task A_localhost_subdomain_webhook_is_delivered_to_loopback_without_DNS()
    {
        // Structural: every host the dispatcher may connect to maps to loopback here, with no DNS path at all.
        Assert.Equal(new[] { IPAddress.Loopback, IPAddress.IPv6Loopback }, AiStudios.Emulator.Webhooks.LoopbackPolicy.LoopbackAddresses("user-secret-label.localhost"));
        Assert.Equal(new[] { IPAddress.Loopback, IPAddress.IPv6Loopback }, AiStudios.Emulator.Webhooks.LoopbackPolicy.LoopbackAddresses("LOCALHOST."));
        Assert.Equal(new[] { IPAddress.Parse("127.0.0.2") }, AiStudios.Emulator.Webhooks.LoopbackPolicy.LoopbackAddresses("127.0.0.2"));
        Assert.Null(AiStudios.Emulator.Webhooks.LoopbackPolicy.LoopbackAddresses("example.com"));
        Assert.Null(AiStudios.Emulator.Webhooks.LoopbackPolicy.LoopbackAddresses("localhost.example.com"));

        await using var listener = await WebhookListener.StartAsync();
        var url = new UriBuilder(listener.Url) { Host = "user-secret-label.localhost" }.Uri;
        var token = await TokenAsync();
        await CreateSeedAsync(token, p => p["webhookUrl"] = url.ToString());

        await Poll.UntilAsync(() => listener.Received.Any(w => w.Body["progress"]!.GetValue<int>() == 100), what: "the 100 % webhook via *.localhost");
        Assert.Equal(0, Server.State.WebhooksFailed);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

/// <summary>Webhook steps on a manual clock: the exact sequence, independent of machine load.</summary>
public sealed class WebhookStepTests : EmulatorTest
{
    private readonly ManualClock clock = new();

    protected override EmulatorOptions CreateOptions() => TestOptions.Fast(TimeSpan.FromSeconds(10), clock);

    [Fact]
    public async Task One_webhook_is_sent_per_progress_step_reached()
    {
        await using var listener = await WebhookListener.StartAsync();
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p =>
        {
            p["webhookUrl"] = listener.Url.ToString();
            // Two scenes: the credit follows the project.
            var second = p["scenes"]![0]!.DeepClone();
            second["sceneIdx"] = 1;
            p["scenes"]!.AsArray().Add(second);
        });

        await Poll.UntilAsync(() => listener.Received.Count == 1, what: "the 0 % webhook");
        clock.Advance(TimeSpan.FromSeconds(3.5));
        await Poll.UntilAsync(() => listener.Received.Count == 2, what: "the 30 % webhook");
        clock.Advance(TimeSpan.FromSeconds(10));
        await Poll.UntilAsync(() => listener.Received.Count == 3, what: "the 100 % webhook");

        var calls = listener.Received;
        Assert.Equal(new[] { 0, 30, 100 }, calls.Select(c => c.Body["progress"]!.GetValue<int>()));
        Assert.Equal(new[] { "backendTaskId", "progress" }, calls[0].Body.Select(p => p.Key).Order());
        Assert.Equal(new[] { "backendTaskId", "credit", "download_url", "progress" }, calls[2].Body.Select(p => p.Key).Order());
        Assert.Equal(2, calls[2].Body["credit"]!.GetValue<int>());
        Assert.Equal(Server.State.FindProject(id)!.DownloadUrl, calls[2].Body["download_url"]!.GetValue<string>());
    }
}
