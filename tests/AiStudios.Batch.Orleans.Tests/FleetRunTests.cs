using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Orleans.Coordination;
using AiStudios.Batch.Orleans.Limits;
using AiStudios.Batch.Orleans.Tests.Infrastructure;
using Orleans;
using Orleans.Runtime;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace AiStudios.Batch.Orleans.Tests;

/// <summary>A batch on a multi-silo cluster, with a silo stopped in the middle: every row created once, none lost.</summary>
public class FleetRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_1000_row_batch_survives_a_silo_stopped_mid_batch_with_every_row_created_once()
    {
        const int Rows = 1000;
        const int InFlight = 40;
        await using var harness = await FleetHarness.StartAsync();
        await using InProcessTestCluster cluster = harness.Cluster(silos: 3, inFlight: InFlight);
        await cluster.DeployAsync();
        var plan = await FleetHarness.Plan(Rows);
        var runner = new FleetBatchRunner(cluster.Client) { ProgressInterval = TimeSpan.FromMilliseconds(200) };

        // Stop a silo once a quarter of the rows are done: it holds item grains in every state at that point.
        var quarter = new TaskCompletionSource<BatchProgress>(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = new Progress<BatchProgress>(p =>
        {
            if (p.Finished >= Rows / 4)
            {
                quarter.TrySetResult(p);
            }
        });
        Task<FleetProgress> run = runner.RunAsync(plan, "fleet1k", progress);
        Task first = await Task.WhenAny(quarter.Task, run);
        if (first == run)
        {
            Assert.Fail("The run ended before a quarter of it was done: " + (await run).ToBatchProgress());
        }

        BatchProgress atStop = await quarter.Task;
        (InProcessSiloHandle stopped, int itemsOnStopped) = await BusiestSecondaryAsync(cluster);
        await cluster.StopSiloAsync(stopped);
        FleetProgress end = await run;

        AdminCounts counts = await harness.CountsAsync("fleet1k");
        LimiterStatus limiter = await cluster.Client.GetGrain<IFleetLimiterGrain>(FleetNames.LimiterKey).GetStatus();
        output.WriteLine($"stopped at: {atStop} ({itemsOnStopped} item grains on the stopped silo); end: {end.ToBatchProgress()}; emulator: {counts}; limiter: {limiter}");

        Assert.True(itemsOnStopped > 0, "The stopped silo held no item grain: the test proved nothing.");
        Assert.True(end.Completed, end.ToBatchProgress().ToString());
        Assert.Equal(Rows, end.ToBatchProgress().Counts[BatchItemState.Done]);
        Assert.Empty(end.Unresolved);
        Assert.Equal(Rows, counts.ProjectsCreated);
        Assert.Equal(Rows, counts.DistinctNames);
        Assert.Equal(0, counts.ExtraCreates);
        Assert.Equal(Rows, counts.CreateRequests);
        Assert.True(limiter.PeakInFlight <= InFlight, $"{limiter.PeakInFlight} renders were in flight at once; the cap is {InFlight}.");
    }

    /// <summary>The silo (not the first) with the most item grains active now.</summary>
    private static async Task<(InProcessSiloHandle Silo, int Items)> BusiestSecondaryAsync(InProcessTestCluster cluster)
    {
        for (int attempt = 0; ; attempt++)
        {
            SimpleGrainStatistic[] statistics = await cluster.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
            var busiest = cluster.Silos.Skip(1)
                .Select(silo => (silo, items: statistics.Where(s => s.SiloAddress.Equals(silo.SiloAddress) && s.GrainType.Contains("BatchItemGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount)))
                .OrderByDescending(x => x.items)
                .First();
            if (busiest.items > 0 || attempt == 20)
            {
                return busiest;
            }

            await Task.Delay(50);
        }
    }
}
