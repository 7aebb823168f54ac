using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Batch.Completion;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Input;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Templates;
using AiStudios.Batch.Throughput;
using AiStudios.Emulator;
using AiStudios.Testing;
using AiStudios.Webhooks;

namespace AiStudios.AspNetCore.Tests;

/// <summary>A batch whose renders complete through the webhook endpoint, not by polling.</summary>
public class BatchWebhookTests
{
    [Fact]
    public async Task A_batch_completes_from_webhooks_with_no_progress_poll()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, RenderDuration = TimeSpan.FromMilliseconds(500), ProgressStep = 50 });
        using var client = new AiStudiosClient(new AiStudiosClientOptions { BaseAddress = emulator.BaseAddress, AppId = emulator.Credential.AppId, UserKey = emulator.Credential.UserKey });
        var completion = new WebhookCompletionSource(client) { FallbackPollInterval = TimeSpan.FromMinutes(5) };
        receiver.OnEvent = e =>
        {
            if (e.Parameters.TryGetValue("batch", out string? batch) && e.Parameters.TryGetValue("item", out string? item) && long.TryParse(item, out long number))
            {
                completion.Deliver(
                    batch,
                    number,
                    e.Webhook.Progress,
                    (e.Webhook as RenderCompletedWebhook)?.DownloadUrl?.AbsoluteUri,
                    e.Webhook is RenderFailedWebhook failed ? failed.Message ?? "failed" : null);
            }

            return Task.CompletedTask;
        };

        var mapping = new BatchMapping();
        BatchPlan plan = await BatchPlanner.PlanAsync(
            BatchTemplate.FromJson(File.ReadAllText(RepoPaths.SeedProject)),
            BatchRowSource.FromCsvText("n\n1\n2\n3\n"),
            mapping);
        var options = new BatchOptions
        {
            MaxRendersInFlight = 3,
            Completion = completion,
            WebhookBaseUrl = new Uri(receiver.Root, "/hooks/aistudios"),
            WebhookUrlSigner = url => WebhookUrls.Create(url, receiver.Options),
            SkipInvalidRows = false,
        };
        await using var ledger = new InMemoryBatchLedger();

        BatchResult result = await new BatchRunner(client, ledger, options).RunAsync(plan);

        Assert.True(result.IsComplete, result.Progress.ToString());
        Assert.Equal(0, emulator.State.RequestCount("GET", "/editor/progress/{projectId}"));
        Assert.Equal(3, receiver.Events.Count(e => e.Kind == RenderWebhookKind.Completed));
    }
}
