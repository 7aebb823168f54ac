using System;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.AspNetCore;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Orleans.Coordination;
using AiStudios.Batch.Orleans.Hosting;
using AiStudios.Batch.Orleans.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.TestingHost;

namespace AiStudios.Batch.Orleans.Tests;

/// <summary>Render webhooks reach the item's grain through <c>MapAiStudiosFleetWebhook</c>, wherever the grain is active.</summary>
public class WebhookRoutingTests
{
    private const string Secret = "fleet-webhook-secret-0123456789";

    [Fact]
    public async Task Renders_complete_from_webhooks_routed_to_their_item_grains_with_no_fallback_poll()
    {
        const int Rows = 30;
        await using var harness = await FleetHarness.StartAsync();

        // The receiver: a web app on a free loopback port whose endpoint hands each call to the cluster.
        var web = WebApplication.CreateSlimBuilder();
        web.WebHost.UseUrls("http://127.0.0.1:0");
        web.Logging.ClearProviders();
        web.Services.AddAiStudiosWebhooks(o => o.Secrets.Add(Secret));
        InProcessTestCluster? cluster = null;
        web.Services.AddSingleton<IGrainFactory>(_ => cluster!.Client);
        await using WebApplication app = web.Build();
        app.MapAiStudiosFleetWebhook("/hooks/aistudios");
        await app.StartAsync();
        var hooks = new Uri(new Uri(app.Urls.First()), "/hooks/aistudios");

        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        string path = harness.StoragePath;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddAiStudiosFleetSqliteStorage(path);
            silo.Services.AddAiStudiosWebhooks(o => o.Secrets.Add(Secret));
            silo.AddAiStudiosBatchFleet(o =>
            {
                harness.Configure(o, inFlight: 10);
                o.WebhookBaseUrl = hooks;
                o.WebhookFallbackPoll = TimeSpan.FromMinutes(10);   // a render that finishes in this test finished by webhook
            });
        });
        cluster = builder.Build();
        await using (cluster)
        {
            await cluster.DeployAsync();

            FleetProgress end = await new FleetBatchRunner(cluster.Client) { ProgressInterval = TimeSpan.FromMilliseconds(100) }
                .RunAsync(await FleetHarness.Plan(Rows), "hooked")
                .WaitAsync(TimeSpan.FromMinutes(3));   // a hang guard, not a timing: without webhooks the items would wait 10 minutes

            AdminCounts counts = await harness.CountsAsync("hooked");
            Assert.Equal(Rows, end.ToBatchProgress().Counts[BatchItemState.Done]);
            Assert.Equal(Rows, counts.ProjectsCreated);
            Assert.Equal(0, counts.ExtraCreates);
        }
    }
}
