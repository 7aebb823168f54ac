using System;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Batch.Orleans.Hosting;
using AiStudios.Batch.Orleans.Limits;
using AiStudios.Batch.Orleans.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans;
using Orleans.TestingHost;

namespace AiStudios.Batch.Orleans.Tests;

/// <summary>One limiter for the cluster: slots, create tokens and the 429 pause asked for from different silos, in virtual time.</summary>
public class LimiterClusterTests
{
    [Fact]
    public async Task Silos_share_one_slot_cap_one_create_rate_and_one_pause()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await FleetHarness.StartAsync();
        await using InProcessTestCluster cluster = harness.Cluster(silos: 2, inFlight: 5, o =>
        {
            o.TimeProvider = time;
            o.CreatesPerMinute = 60;
            o.CreateBurst = 3;
            o.PauseRefresh = TimeSpan.Zero;
        });
        await cluster.DeployAsync();
        IFleetLimiterGrain[] fromSilo = cluster.Silos.Select(s => s.ServiceProvider.GetRequiredService<IGrainFactory>().GetGrain<IFleetLimiterGrain>(FleetNames.LimiterKey)).ToArray();

        // Slots: eight holders on each silo ask; five in all get one.
        var slots = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => fromSilo[i % 2].TryEnter("b/" + i)));
        Assert.Equal(5, slots.Count(wait => wait == TimeSpan.Zero));

        // Creates: the burst of three at once, then one a second, whichever silo asks.
        var creates = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => fromSilo[i % 2].TryTakeCreate()));
        Assert.Equal(3, creates.Count(wait => wait == TimeSpan.Zero));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, await fromSilo[1].TryTakeCreate());
        Assert.NotEqual(TimeSpan.Zero, await fromSilo[0].TryTakeCreate());

        // A 429 seen on the first silo pauses the second one's calls until the Retry-After has passed.
        FleetThrottle first = cluster.Silos[0].ServiceProvider.GetRequiredService<FleetServices>().Throttle;
        FleetThrottle second = cluster.Silos[1].ServiceProvider.GetRequiredService<FleetServices>().Throttle;
        first.Backoff(TimeSpan.FromSeconds(30));
        while (await fromSilo[1].GetPauseRemaining() == TimeSpan.Zero)
        {
            await Task.Delay(10);   // the pause reaches the limiter one-way; wait for it, no timing asserted
        }

        Task waiting = second.WaitForCallAsync(default).AsTask();
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(30));
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        // No holder renewed in those 31 virtual seconds (their silos "died"): every slot came back by its lease.
        LimiterStatus status = await fromSilo[0].GetStatus();
        Assert.Equal(0, status.InFlight);
        Assert.Equal(5, status.PeakInFlight);
        Assert.Equal(4, status.CreatesGranted);
    }
}
