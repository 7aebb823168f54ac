using System;
using System.Linq;
using System.Net.Http.Headers;
using AiStudios.Client.Http;

namespace AiStudios.Client.Tests;

/// <summary>Backoff, jitter and Retry-After.</summary>
public sealed class RetryStrategyTests
{
    private static readonly AiStudiosRetryOptions Options = new() { MaxRetries = 5, Delay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

    [Fact]
    public void Backoff_doubles_per_retry_up_to_the_cap()
    {
        var strategy = new RetryStrategy(Options, () => 0.5);

        Assert.Equal(
            new[] { 1.0, 2, 4, 8, 10, 10 },
            Enumerable.Range(1, 6).Select(retry => strategy.Backoff(retry).TotalSeconds).ToArray());
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(1.0, 1.2)]
    public void Jitter_spreads_each_wait_by_twenty_percent(double random, double factor)
    {
        var strategy = new RetryStrategy(Options, () => random);

        Assert.Equal(2 * factor, strategy.Backoff(2).TotalSeconds, precision: 6);
    }

    [Fact]
    public void Jitter_never_exceeds_the_cap()
    {
        var strategy = new RetryStrategy(Options, () => 1.0);

        Assert.Equal(TimeSpan.FromSeconds(10), strategy.Backoff(5));
    }

    [Fact]
    public void Real_jitter_varies()
    {
        var strategy = new RetryStrategy(Options);

        var waits = Enumerable.Range(0, 50).Select(_ => strategy.Backoff(1).TotalMilliseconds).ToList();

        Assert.All(waits, ms => Assert.InRange(ms, 800, 1200));
        Assert.True(waits.Distinct().Count() > 10);
    }

    [Fact]
    public void Retry_after_replaces_the_backoff()
    {
        var strategy = new RetryStrategy(Options, () => 0.5);

        Assert.Equal(TimeSpan.FromSeconds(7), strategy.Delay(1, TimeSpan.FromSeconds(7)));
        Assert.Equal(TimeSpan.FromSeconds(1), strategy.Delay(1, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromSeconds(1), strategy.Delay(1, null));
    }

    [Fact]
    public void A_retry_after_beyond_max_delay_is_not_waited_out()
    {
        var strategy = new RetryStrategy(Options);

        Assert.True(strategy.CanHonour(TimeSpan.FromSeconds(10)));
        Assert.False(strategy.CanHonour(TimeSpan.FromSeconds(11)));
        Assert.True(strategy.CanHonour(null));
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_as_a_date()
    {
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(3), RetryStrategy.ParseRetryAfter(RetryConditionHeaderValue.Parse("3"), now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryStrategy.ParseRetryAfter(RetryConditionHeaderValue.Parse("Sun, 01 Mar 2026 12:00:30 GMT"), now));
        Assert.Equal(TimeSpan.Zero, RetryStrategy.ParseRetryAfter(RetryConditionHeaderValue.Parse("Sun, 01 Mar 2026 11:00:00 GMT"), now));
        Assert.Null(RetryStrategy.ParseRetryAfter(null, now));
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(500, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    public void Only_statuses_that_mean_not_now_are_transient(int status, bool transient)
    {
        Assert.Equal(transient, RetryStrategy.IsTransientStatus(status));
    }

    [Fact]
    public void Retry_options_refuse_nonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiStudiosRetryOptions { MaxRetries = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiStudiosRetryOptions { Delay = TimeSpan.FromSeconds(-1) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiStudiosClientOptions { Timeout = TimeSpan.Zero });
    }
}
