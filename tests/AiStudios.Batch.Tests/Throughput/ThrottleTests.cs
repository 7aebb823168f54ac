using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Throughput;
using Microsoft.Extensions.Time.Testing;

namespace AiStudios.Batch.Tests.Throughput;

public class ThrottleTests
{
    /// <summary>Lets the thread pool run what a clock step released, without asserting on wall-clock time.</summary>
    private static async Task Settle()
    {
        for (int i = 0; i < 20; i++)
        {
            await Task.Yield();
            await Task.Delay(1);
        }
    }

    [Fact]
    public async Task Creates_leave_no_faster_than_the_rate_after_the_burst_in_virtual_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var throttle = new BatchThrottle(createsPerMinute: 60, burst: 3, clock);
        int passed = 0;
        var waiters = new List<Task>();
        for (int i = 0; i < 20; i++)
        {
            waiters.Add(Task.Run(async () =>
            {
                await throttle.WaitForCreateAsync(CancellationToken.None);
                Interlocked.Increment(ref passed);
            }));
        }

        await Settle();
        Assert.Equal(3, Volatile.Read(ref passed));
        for (int second = 1; second <= 17; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Settle();

            // Over any window of t seconds at most burst + rate * t creates: here exactly that many, never more.
            Assert.Equal(3 + second, Volatile.Read(ref passed));
        }

        await Task.WhenAll(waiters);
    }

    [Fact]
    public async Task A_backoff_holds_every_caller_until_it_ends()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var throttle = new BatchThrottle(createsPerMinute: 0, burst: 1, clock);
        throttle.Backoff(TimeSpan.FromSeconds(5));
        throttle.Backoff(TimeSpan.FromSeconds(2)); // shorter: the longer pause stays

        var create = throttle.WaitForCreateAsync(CancellationToken.None).AsTask();
        var poll = throttle.WaitForCallAsync(CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromSeconds(4.9));
        await Settle();
        Assert.False(create.IsCompleted || poll.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(0.1));
        await Task.WhenAll(create, poll).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, throttle.Backoffs);
    }
}
