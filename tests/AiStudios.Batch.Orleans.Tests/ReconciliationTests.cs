using System;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Orleans.Coordination;
using AiStudios.Batch.Orleans.Items;
using AiStudios.Batch.Orleans.Tests.Infrastructure;
using AiStudios.Batch.Reconciliation;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.TestingHost;

namespace AiStudios.Batch.Orleans.Tests;

/// <summary>
/// Items whose silo died while they were <c>Sending</c>: their persisted state says a create may have left. The next
/// activation looks for the project by the attempt's marker before anything else, as the local runner does after a crash.
/// </summary>
public class ReconciliationTests
{
    [Fact]
    public async Task An_item_left_sending_is_found_by_its_marker_or_reported_unknown_and_never_sent_again()
    {
        await using var harness = await FleetHarness.StartAsync();
        await using InProcessTestCluster cluster = harness.Cluster(silos: 2, inFlight: 5);
        await cluster.DeployAsync();
        var plan = await FleetHarness.Plan(3);
        var seeds = plan.ToItemSeeds();
        DateTimeOffset sentAt = DateTimeOffset.UtcNow.AddSeconds(-1);

        // What a silo that died in the middle of two creates leaves in storage: both rows in Sending, attempt 1.
        // Row 2's create reached the service (its project exists, marker in the name); row 3's was lost on the way.
        using var client = new AiStudiosClient(new AiStudiosClientOptions { BaseAddress = harness.Emulator.BaseAddress, AppId = harness.Emulator.Credential.AppId, UserKey = harness.Emulator.Credential.UserKey });
        Project reached = Project.FromJson(seeds[1].Payload!);
        reached.Name = CorrelationMarker.Append(reached.Name, CorrelationMarker.Format("recon", 2, 1));
        string projectId = (await client.CreateProjectAsync(reached)).ProjectId;
        await LeaveSendingAsync(cluster, seeds[1], sentAt);
        await LeaveSendingAsync(cluster, seeds[2], sentAt);

        FleetProgress end = await new FleetBatchRunner(cluster.Client) { ProgressInterval = TimeSpan.FromMilliseconds(100) }.RunAsync(plan, "recon");

        ItemSnapshot found = await cluster.Client.GetGrain<IBatchItemGrain>(BatchItemKey.For("recon", 2)).Get();
        ItemSnapshot lost = await cluster.Client.GetGrain<IBatchItemGrain>(BatchItemKey.For("recon", 3)).Get();
        AdminCounts counts = await harness.CountsAsync("recon");

        Assert.Equal(BatchItemState.Done, found.Item!.State);
        Assert.Equal(projectId, found.Item.ProjectId);
        Assert.Equal(1, found.Item.Attempts);
        Assert.Equal(BatchItemState.OutcomeUnknown, lost.Item!.State);
        Assert.Contains("[b:recon:3]", lost.Item.Error);
        Assert.Equal(new[] { 3L }, end.Unresolved);
        Assert.False(end.Running);

        // Row 1 by the fleet, row 2 by the silo that died; none twice, row 3 never resent.
        Assert.Equal(2, counts.ProjectsCreated);
        Assert.Equal(0, counts.ExtraCreates);
        Assert.Equal(2, counts.CreateRequests);
    }

    private static async Task LeaveSendingAsync(InProcessTestCluster cluster, BatchItemSeed seed, DateTimeOffset sentAt)
    {
        IGrainStorage storage = cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(FleetNames.StorageName);
        GrainId id = cluster.Client.GetGrain<IBatchItemGrain>(BatchItemKey.For("recon", seed.Number)).GetGrainId();
        var record = new BatchItemRecord { Payload = seed.Payload };
        record.Apply(new BatchItem
        {
            BatchId = "recon",
            Number = seed.Number,
            Key = seed.Key,
            State = BatchItemState.Sending,
            Attempts = 1,
            SendingSince = sentAt,
            UpdatedAt = sentAt,
        });
        await storage.WriteStateAsync("item", id, new GrainState<BatchItemRecord>(record));
    }
}
