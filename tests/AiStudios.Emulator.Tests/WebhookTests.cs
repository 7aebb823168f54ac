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
        Assert.True(progress.Count >= 2, $"expected intermediate steps, got {string.Join(",", progress)}");

        var project = await GetProjectAsync(token, id);
        var task = project["backendTaskId"]!.GetValue<string>();
        Assert.All(calls, c => Assert.Equal(task, c.Body["backendTaskId"]!.GetValue<string>()));
        Assert.All(calls.Where(c => c.Body["progress"]!.GetValue<int>() < 100), c => Assert.Null(c.Body["download_url"]));

        var last = calls.Last().Body;
        Assert.Equal(project["download_url"]!.GetValue<string>(), last["download_url"]!.GetValue<string>());
        Assert.True(last["credit"]!.GetValue<int>() >= 1);
        Assert.Equal(calls.Count, Server.State.WebhooksSent);
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

        Assert.True(Server.State.WebhooksFailed > listener.Received.Count, "calls to the closed port must count as failures too");
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

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
