using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Auth;
using AiStudios.Client.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiStudios.Client.Tests;

/// <summary>The token cache on a manual clock: one fetch for many callers, refresh ahead of expiry, invalidation.</summary>
public sealed class TokenCacheTests
{
    private DateTimeOffset now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private int fetches;
    private TaskCompletionSource<string>? gate;

    private TokenCache NewCache(TimeSpan? lifetime = null) => new(
        async ct =>
        {
            int number = Interlocked.Increment(ref fetches);
            if (gate is { } g)
            {
                await g.Task.WaitAsync(ct);
            }

            long iat = now.ToUnixTimeSeconds();
            return TokenLifetimeTests.Jwt($$"""{"n":{{number}},"iat":{{iat}},"exp":{{iat + (long)(lifetime ?? TimeSpan.FromHours(24)).TotalSeconds}}}""");
        },
        TimeSpan.FromMinutes(5),
        new SecretMasker(null),
        NullLogger.Instance,
        CancellationToken.None,
        () => now);

    [Fact]
    public async Task Concurrent_first_callers_share_one_fetch()
    {
        gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = NewCache();

        var callers = Enumerable.Range(0, 100).Select(_ => Task.Run(() => cache.GetTokenAsync(CancellationToken.None))).ToList();
        await Task.Delay(50);
        gate.SetResult("go");
        string[] tokens = await Task.WhenAll(callers);

        Assert.Equal(1, fetches);
        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public async Task A_fresh_token_is_served_from_the_cache()
    {
        var cache = NewCache();
        string first = await cache.GetTokenAsync(CancellationToken.None);
        now = now.AddHours(23);

        Assert.Equal(first, await cache.GetTokenAsync(CancellationToken.None));
        Assert.Equal(1, fetches);
    }

    [Fact]
    public async Task In_the_refresh_window_callers_keep_the_current_token_while_one_background_fetch_runs()
    {
        var cache = NewCache();
        string first = await cache.GetTokenAsync(CancellationToken.None);
        now = now.AddHours(24).AddMinutes(-4);
        gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        string[] during = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => cache.GetTokenAsync(CancellationToken.None)));

        Assert.All(during, token => Assert.Equal(first, token));
        await WaitUntil(() => fetches == 2);
        gate.SetResult("go");
        await WaitUntil(() => cache.Current!.Value != first);
        Assert.NotEqual(first, await cache.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, fetches);
    }

    [Fact]
    public async Task A_failed_background_refresh_backs_off_and_the_valid_token_is_used_meanwhile()
    {
        bool fail = false;
        int attempts = 0;
        var cache = new TokenCache(
            _ =>
            {
                Interlocked.Increment(ref attempts);
                if (Volatile.Read(ref fail))
                {
                    return Task.FromException<string>(new AiStudiosException(503, "down"));
                }

                long iat = now.ToUnixTimeSeconds();
                return Task.FromResult(TokenLifetimeTests.Jwt($$"""{"n":{{attempts}},"iat":{{iat}},"exp":{{iat + 3600}}}"""));
            },
            TimeSpan.FromMinutes(5),
            new SecretMasker(null),
            NullLogger.Instance,
            CancellationToken.None,
            () => now);

        string first = await cache.GetTokenAsync(CancellationToken.None);
        Volatile.Write(ref fail, true);
        now = now.AddMinutes(56); // in the refresh window, still valid

        Assert.Equal(first, await cache.GetTokenAsync(CancellationToken.None));
        await WaitUntil(() => Volatile.Read(ref attempts) == 2);
        await Task.Delay(50);
        for (int i = 0; i < 200; i++)
        {
            Assert.Equal(first, await cache.GetTokenAsync(CancellationToken.None));
        }

        await Task.Delay(50);
        Assert.Equal(2, Volatile.Read(ref attempts)); // no storm: the failure is remembered

        now = now.Add(TokenCache.BackgroundRetryDelay); // past the backoff (jitter keeps it within [half, full])
        Assert.Equal(first, await cache.GetTokenAsync(CancellationToken.None));
        await WaitUntil(() => Volatile.Read(ref attempts) == 3);
        await Task.Delay(50);
        Assert.Equal(first, await cache.GetTokenAsync(CancellationToken.None));
        Assert.Equal(3, Volatile.Read(ref attempts)); // the second backoff (about 2 s) has not passed

        Volatile.Write(ref fail, false);
        now = now.Add(TokenCache.BackgroundRetryDelay * 2);
        await cache.GetTokenAsync(CancellationToken.None);
        await WaitUntil(() => cache.Current!.Value != first);
    }

    [Fact]
    public async Task An_expired_token_is_never_served()
    {
        var cache = NewCache(TimeSpan.FromMinutes(10));
        string first = await cache.GetTokenAsync(CancellationToken.None);
        now = now.AddMinutes(10);

        Assert.NotEqual(first, await cache.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, fetches);
    }

    [Fact]
    public async Task Invalidating_the_current_token_forces_one_new_fetch_and_a_stale_invalidation_is_ignored()
    {
        var cache = NewCache();
        string first = await cache.GetTokenAsync(CancellationToken.None);

        cache.Invalidate(first);
        string second = await cache.GetTokenAsync(CancellationToken.None);
        cache.Invalidate(first);

        Assert.Equal(second, await cache.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, fetches);
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_waiter_and_the_next_call_tries_again()
    {
        int attempts = 0;
        var cache = new TokenCache(
            _ => Interlocked.Increment(ref attempts) == 1 ? Task.FromException<string>(new AiStudiosException(503, "down")) : Task.FromResult("opaque-token"),
            TimeSpan.FromMinutes(5),
            new SecretMasker(null),
            NullLogger.Instance,
            CancellationToken.None,
            () => now);

        await Assert.ThrowsAsync<AiStudiosException>(() => cache.GetTokenAsync(CancellationToken.None));
        Assert.Equal("opaque-token", await cache.GetTokenAsync(CancellationToken.None));
        Assert.Equal(now.AddHours(24), cache.Current!.ExpiresOn);
    }

    [Fact]
    public async Task One_caller_giving_up_does_not_cancel_the_fetch_others_wait_for()
    {
        gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = NewCache();
        using var impatient = new CancellationTokenSource();

        Task<string> patient = cache.GetTokenAsync(CancellationToken.None);
        Task<string> gaveUp = cache.GetTokenAsync(impatient.Token);
        impatient.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        gate.SetResult("go");

        Assert.False(string.IsNullOrEmpty(await patient));
        Assert.Equal(1, fetches);
    }

    [Fact]
    public void The_token_never_shows_in_its_text()
    {
        var token = new AccessToken("secret-token-value", now, now.AddDays(1), now.AddDays(1).AddMinutes(-5));

        Assert.DoesNotContain("secret-token-value", token.ToString(), StringComparison.Ordinal);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (int i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
