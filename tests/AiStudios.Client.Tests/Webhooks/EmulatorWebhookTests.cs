using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Emulator;
using AiStudios.Webhooks;

namespace AiStudios.Client.Tests.Webhooks;

/// <summary>What the emulator posts to a render's webhook is exactly what <see cref="RenderWebhook.Parse"/> reads.</summary>
public sealed class EmulatorWebhookTests : ClientTest
{
    [Fact]
    public async Task The_emulators_webhooks_parse_as_progress_then_one_completion_matching_the_render()
    {
        await using var listener = await RawWebhookListener.StartAsync();
        Project project = Projects.Hello();
        project.WebhookUrl = listener.Url.ToString();

        RenderResult result = await Client.CreateAndRenderAsync(project, FastWait());
        await Poll(() => listener.Bodies.Count > 0 && Parse(listener.Bodies[^1]).IsFinal);

        var webhooks = listener.Bodies.Select(Parse).ToList();
        FetchedProject fetched = await Client.GetProjectAsync(result.ProjectId);
        Assert.All(webhooks, w => Assert.Equal(fetched.BackendTaskId, w.BackendTaskId));
        Assert.All(webhooks, w => Assert.Empty(w.AdditionalProperties));
        Assert.All(webhooks.SkipLast(1), w => Assert.IsType<RenderProgressWebhook>(w));
        var done = Assert.IsType<RenderCompletedWebhook>(webhooks[^1]);
        Assert.Equal(result.DownloadUrl, done.DownloadUrl);
        Assert.Equal(1, done.Credit);
        Assert.Equal(webhooks.Select(w => w.DeduplicationKey).Distinct().Count(), webhooks.Count);

        // The completed webhook's body has exactly the fields the reference lists for progress 100.
        using JsonDocument completed = JsonDocument.Parse(listener.Bodies[^1]);
        Assert.Equal(new[] { "backendTaskId", "credit", "download_url", "progress" }, completed.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(100, completed.RootElement.GetProperty("progress").GetInt32());
    }

    [Fact]
    public async Task A_failed_render_ends_with_a_failed_webhook()
    {
        await using var listener = await RawWebhookListener.StartAsync();
        Emulator.Faults.Enqueue("/editor/project", "fail-render=20", count: 1, method: "POST");
        Project project = Projects.Hello();
        project.WebhookUrl = listener.Url.ToString();

        await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateAndRenderAsync(project, FastWait()));
        await Poll(() => listener.Bodies.Count > 0 && Parse(listener.Bodies[^1]).IsFinal);

        var failed = Assert.IsType<RenderFailedWebhook>(Parse(listener.Bodies[^1]));
        Assert.Equal("RENDER_FAILED", failed.ErrorCode);
        Assert.Equal(20, failed.Progress);
        Assert.True(failed.AdditionalProperties.ContainsKey("error"));
    }

    private static RenderWebhook Parse(byte[] body)
    {
        var result = RenderWebhook.Parse(body);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Webhook!;
    }

    private static async Task Poll(Func<bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting for the webhooks");
            await Task.Delay(20);
        }
    }
}
