using System;
using AiStudios.Batch.Orleans.Limits;

namespace AiStudios.Batch.Orleans.Tests;

/// <summary>The cluster's limits as numbers, in virtual time: the bucket, the slots and their leases, the restart rule, the pause.</summary>
public class LimitsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Creates_over_any_span_are_at_most_the_burst_plus_the_rate_times_the_span()
    {
        var limits = new FleetLimits(10, createsPerMinute: 120, burst: 3, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500), T0, restarted: false);
        int granted = 0;
        for (int ms = 0; ms <= 10_000; ms += 10)
        {
            while (limits.TryTakeCreate(T0.AddMilliseconds(ms)) == TimeSpan.Zero)
            {
                granted++;
            }
        }

        // 3 at once, then 2 a second for 10 s.
        Assert.Equal(3 + 20, granted);
        Assert.Equal(23, limits.CreatesGranted);
    }

    [Fact]
    public void A_refused_create_is_told_when_its_token_comes()
    {
        var limits = new FleetLimits(10, createsPerMinute: 60, burst: 1, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500), T0, restarted: false);

        Assert.Equal(TimeSpan.Zero, limits.TryTakeCreate(T0));
        TimeSpan wait = limits.TryTakeCreate(T0);

        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.NotEqual(TimeSpan.Zero, limits.TryTakeCreate(T0 + wait - TimeSpan.FromMilliseconds(1)));
        Assert.Equal(TimeSpan.Zero, limits.TryTakeCreate(T0 + wait));
    }

    [Fact]
    public void Slots_are_capped_kept_by_their_holder_and_come_back_when_a_dead_holder_s_lease_runs_out()
    {
        var lease = TimeSpan.FromSeconds(30);
        var limits = new FleetLimits(2, 0, 1, lease, TimeSpan.FromMilliseconds(500), T0, restarted: false);

        Assert.Equal(TimeSpan.Zero, limits.TryEnter("b/1", T0));
        Assert.Equal(TimeSpan.Zero, limits.TryEnter("b/2", T0));
        Assert.Equal(TimeSpan.FromMilliseconds(500), limits.TryEnter("b/3", T0));
        Assert.Equal(TimeSpan.Zero, limits.TryEnter("b/1", T0.AddSeconds(1)));   // its own slot, again (the grain moved)

        // b/1 renews; b/2's silo died and it never renews: its slot comes back when its lease runs out, not before.
        limits.Renew("b/1", T0.AddSeconds(20));
        Assert.NotEqual(TimeSpan.Zero, limits.TryEnter("b/3", T0.AddSeconds(29)));
        Assert.Equal(TimeSpan.Zero, limits.TryEnter("b/3", T0.AddSeconds(30)));
        Assert.Equal(2, limits.InFlight(T0.AddSeconds(30)));

        limits.Release("b/1");
        Assert.Equal(TimeSpan.Zero, limits.TryEnter("b/4", T0.AddSeconds(31)));
        Assert.Equal(2, limits.PeakInFlight);
        Assert.Equal(4, limits.SlotsGranted);
    }

    [Fact]
    public void A_restarted_limiter_grants_nothing_new_until_live_holders_renewed_and_starts_with_an_empty_bucket()
    {
        var lease = TimeSpan.FromSeconds(30);
        var limits = new FleetLimits(2, createsPerMinute: 60, burst: 5, lease, TimeSpan.FromSeconds(1), T0, restarted: true);

        // Two renders were in flight under the limiter that died; their holders renew within a third of a lease.
        Assert.NotEqual(TimeSpan.Zero, limits.TryEnter("new", T0.AddSeconds(1)));
        limits.Renew("b/1", T0.AddSeconds(5));
        limits.Renew("b/2", T0.AddSeconds(9));

        Assert.NotEqual(TimeSpan.Zero, limits.TryEnter("new", T0.AddSeconds(15)));   // grace over, cap reached
        Assert.NotEqual(TimeSpan.Zero, limits.TryTakeCreate(T0));                      // empty bucket
        Assert.Equal(TimeSpan.Zero, limits.TryTakeCreate(T0.AddSeconds(1)));
    }

    [Fact]
    public void A_pause_holds_every_create_until_it_ends_and_a_shorter_one_does_not_shorten_it()
    {
        var limits = new FleetLimits(10, 0, 1, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500), T0, restarted: false);

        limits.Pause(TimeSpan.FromSeconds(10), T0);
        limits.Pause(TimeSpan.FromSeconds(2), T0.AddSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(4), limits.TryTakeCreate(T0.AddSeconds(6)));
        Assert.Equal(TimeSpan.FromSeconds(4), limits.PauseRemaining(T0.AddSeconds(6)));
        Assert.Equal(TimeSpan.Zero, limits.TryTakeCreate(T0.AddSeconds(10)));
    }
}
