using System;
using System.Text;
using AiStudios.Client.Auth;

namespace AiStudios.Client.Tests;

/// <summary>When a token expires: the JWT's exp when there is one, else 24 hours after issue.</summary>
public sealed class TokenLifetimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static string Jwt(string payloadJson) =>
        Segment("""{"alg":"HS256","typ":"JWT"}""") + "." + Segment(payloadJson) + ".c2lnbmF0dXJl";

    private static string Segment(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public void A_jwt_expires_at_its_exp()
    {
        long iat = Now.ToUnixTimeSeconds();
        string token = Jwt($$"""{"appId":"a","platform":"api","iat":{{iat}},"exp":{{iat + 86400}}}""");

        Assert.Equal(Now.AddDays(1), TokenLifetime.ExpiresOn(token, Now));
    }

    [Fact]
    public void A_jwt_with_a_short_life_expires_early()
    {
        long iat = Now.ToUnixTimeSeconds();
        string token = Jwt($$"""{"iat":{{iat}},"exp":{{iat + 120}}}""");

        Assert.Equal(Now.AddMinutes(2), TokenLifetime.ExpiresOn(token, Now));
    }

    [Fact]
    public void When_the_local_clock_is_behind_the_lifetime_from_iat_counts()
    {
        // The service's clock says iat = now + 1 h: exp lies 25 h ahead on our clock, but the token lives only 24 h.
        long iat = Now.AddHours(1).ToUnixTimeSeconds();
        string token = Jwt($$"""{"iat":{{iat}},"exp":{{iat + 86400}}}""");

        Assert.Equal(Now.AddDays(1), TokenLifetime.ExpiresOn(token, Now));
    }

    [Fact]
    public void When_the_local_clock_is_far_ahead_an_exp_in_the_past_is_not_believed()
    {
        long iat = Now.AddDays(-3).ToUnixTimeSeconds();
        string token = Jwt($$"""{"iat":{{iat}},"exp":{{iat + 86400}}}""");

        Assert.Equal(Now.AddDays(1), TokenLifetime.ExpiresOn(token, Now));
    }

    [Fact]
    public void A_jwt_without_iat_expires_at_exp()
    {
        string token = Jwt($$"""{"exp":{{Now.AddHours(3).ToUnixTimeSeconds()}}}""");

        Assert.Equal(Now.AddHours(3), TokenLifetime.ExpiresOn(token, Now));
    }

    [Theory]
    [InlineData("opaque-token-0123456789")]
    [InlineData("a.b.c")]
    [InlineData("a..c")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.sig")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJpYXQiOjF9.sig")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOiJzb29uIn0.sig")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.W10.sig")]
    public void Anything_else_lives_24_hours_from_issue(string token)
    {
        Assert.Equal(Now.AddHours(24), TokenLifetime.ExpiresOn(token, Now));
    }

    [Fact]
    public void The_emulators_tokens_are_read_as_jwts()
    {
        string token = TokenLifetimeTestsEmulator.IssueWithLifetime(TimeSpan.FromMinutes(10));

        TimeSpan lifetime = TokenLifetime.ExpiresOn(token, DateTimeOffset.UtcNow) - DateTimeOffset.UtcNow;

        Assert.InRange(lifetime.TotalMinutes, 9, 10.01);
    }

    [Fact]
    public void A_day_long_token_is_refreshed_five_minutes_before_it_expires()
    {
        Assert.Equal(Now.AddDays(1).AddMinutes(-5), TokenLifetime.RefreshOn(Now, Now.AddDays(1), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void A_short_lived_token_is_refreshed_three_quarters_into_its_life()
    {
        Assert.Equal(Now.AddSeconds(1.5), TokenLifetime.RefreshOn(Now, Now.AddSeconds(2), TimeSpan.FromMinutes(5)));
    }
}

internal static class TokenLifetimeTestsEmulator
{
    public static string IssueWithLifetime(TimeSpan lifetime)
    {
        var server = AiStudios.Emulator.EmulatorServer.StartAsync(new AiStudios.Emulator.EmulatorOptions { Port = 0, TokenLifetime = lifetime }).GetAwaiter().GetResult();
        try
        {
            return server.IssueToken();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
