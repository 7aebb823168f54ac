using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Xunit;

namespace AiStudios.Emulator.Tests;

public sealed class AuthTests : EmulatorTest
{
    private const string SigningKey = "test-signing-key-0123456789";
    private readonly ManualClock clock = new();

    protected override EmulatorOptions CreateOptions()
    {
        var options = TestOptions.Fast(clock: clock);
        options.SigningKey = SigningKey;
        options.Credentials.Add(new EmulatorCredential("app-one", "key-one"));
        options.Credentials.Add(new EmulatorCredential("app-two", "key-two"));
        return options;
    }

    [Fact]
    public async Task Token_is_an_HS256_JWT_with_the_documented_claims_and_a_24_hour_lifetime()
    {
        var token = await TokenAsync("app-one", "key-one");

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonNode.Parse(Base64UrlDecode(parts[0]))!;
        Assert.Equal("HS256", header["alg"]!.GetValue<string>());

        var payload = JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        Assert.Equal("app-one", payload["appId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(payload["platform"]!.GetValue<string>()));
        var iat = payload["iat"]!.GetValue<long>();
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds(), iat);
        Assert.Equal(86400, payload["exp"]!.GetValue<long>() - iat);

        // The signature is a real HMAC-SHA256 over header.payload with the configured key.
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningKey), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        Assert.Equal(expected, Base64UrlDecode(parts[2]));
    }

    [Theory]
    [InlineData("app-one", "key-two")]
    [InlineData("app-one", "KEY-ONE")]
    [InlineData("no-such-app", "key-one")]
    public async Task Wrong_credentials_are_refused_with_401(string appId, string userKey)
    {
        var response = await PostAsync("auth/token", new JsonObject { ["appId"] = appId, ["userKey"] = userKey });

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.False(response.Success);
        Assert.Equal("INVALID_CREDENTIALS", response.ErrorCode);
        Assert.Equal(0, Server.State.TokensIssued);
        Assert.Equal(1, Server.State.TokenRequests);
    }

    [Fact]
    public async Task Token_request_without_user_key_is_400_and_non_json_is_INVALID_JSON()
    {
        var missing = await PostAsync("auth/token", new JsonObject { ["appId"] = "app-one" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("INVALID_REQUEST", missing.ErrorCode);
        Assert.Contains(missing.ErrorDetails!, d => d!["path"]!.GetValue<string>() == "/userKey");

        var garbage = await SendAsync(HttpMethod.Post, "auth/token", rawBody: "appId=app-one&userKey=key-one");
        Assert.Equal(HttpStatusCode.BadRequest, garbage.Status);
        Assert.Equal("INVALID_JSON", garbage.ErrorCode);
        Assert.Equal(2, Server.State.TokenRequests);
    }

    [Fact]
    public async Task A_valid_raw_token_opens_protected_endpoints_and_Bearer_is_accepted_too()
    {
        var token = await TokenAsync();

        Assert.Equal(HttpStatusCode.OK, (await GetAsync("model", token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("model", "Bearer " + token)).Status);
    }

    [Fact]
    public async Task Missing_token_is_401_UNAUTHORIZED()
    {
        var response = await GetAsync("editor/project");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.False(response.Success);
        Assert.Equal("UNAUTHORIZED", response.ErrorCode);
        Assert.False(string.IsNullOrEmpty(response.Json["error"]!["msg"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJhcHBJZCI6ImVtdWxhdG9yLWFwcCIsImV4cCI6OTk5OTk5OTk5OX0.")]
    public async Task Malformed_tokens_are_401_UNAUTHORIZED(string token)
    {
        var response = await GetAsync("editor/project", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHORIZED", response.ErrorCode);
    }

    [Fact]
    public async Task Tampered_or_foreign_signed_tokens_are_401_UNAUTHORIZED()
    {
        var token = await TokenAsync("app-one", "key-one");
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        payload["appId"] = "app-two";
        var tampered = parts[0] + "." + Base64UrlEncode(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];

        await using var other = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            Port = 0,
            SigningKey = "another-signing-key-000000",
            Credentials = { new EmulatorCredential("app-one", "key-one") },
        });
        var foreign = other.IssueToken();

        Assert.Equal("UNAUTHORIZED", (await GetAsync("editor/project", tampered)).ErrorCode);
        Assert.Equal("UNAUTHORIZED", (await GetAsync("editor/project", foreign)).ErrorCode);
    }

    [Fact]
    public async Task A_token_expires_after_its_lifetime()
    {
        var token = await TokenAsync();

        clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("model", token)).Status);

        clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await GetAsync("model", token);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal("TOKEN_EXPIRED", expired.ErrorCode);

        // A new token works again.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("model", await TokenAsync())).Status);
    }

    [Fact]
    public async Task IssueToken_with_a_past_issue_time_gives_an_expired_token()
    {
        var token = Server.IssueToken(issuedAt: clock.GetUtcNow().AddHours(-25));

        Assert.Equal("TOKEN_EXPIRED", (await GetAsync("model", token)).ErrorCode);
    }

    [Fact]
    public async Task Get_auth_reports_whether_the_token_is_valid()
    {
        var token = await TokenAsync();

        Assert.True((await GetAsync("auth", token)).Data["isAuthenticated"]!.GetValue<bool>());
        Assert.False((await GetAsync("auth")).Data["isAuthenticated"]!.GetValue<bool>());
        Assert.False((await GetAsync("auth", "garbage")).Data["isAuthenticated"]!.GetValue<bool>());
        clock.Advance(TimeSpan.FromDays(2));
        var expired = await GetAsync("auth", token);
        Assert.Equal(HttpStatusCode.OK, expired.Status);
        Assert.False(expired.Data["isAuthenticated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Projects_are_scoped_to_the_app_of_the_token()
    {
        var one = await TokenAsync("app-one", "key-one");
        var two = await TokenAsync("app-two", "key-two");
        var id = await CreateSeedAsync(one, p => p["isExport"] = false);

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"editor/project/{id}", two)).Status);
        Assert.Equal("app-one", (await GetProjectAsync(one, id))["userId"]!.GetValue<string>());
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Token lifetime and secrets hygiene, each with its own options.</summary>
public sealed class TokenLifetimeTests
{
    [Fact]
    public async Task Exp_minus_iat_follows_the_configured_lifetime()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, TokenLifetime = TimeSpan.FromHours(1) });

        var token = server.IssueToken();
        var payload = JsonNode.Parse(Convert.FromBase64String(Pad(token.Split('.')[1])))!;

        Assert.Equal(3600, payload["exp"]!.GetValue<long>() - payload["iat"]!.GetValue<long>());
    }

    [Fact]
    public async Task User_keys_and_tokens_never_reach_the_logs()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            Port = 0,
            Credentials = { new EmulatorCredential("log-app", "very-secret-user-key") },
            ConfigureLogging = logging => logging.AddProvider(logs),
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var good = await http.PostAsync("auth/token", Json("""{"appId":"log-app","userKey":"very-secret-user-key"}"""));
        var token = JsonNode.Parse(await good.Content.ReadAsStringAsync())!["data"]!["token"]!.GetValue<string>();
        await http.PostAsync("auth/token", Json("""{"appId":"log-app","userKey":"wrong-secret-user-key"}"""));
        using var request = new HttpRequestMessage(HttpMethod.Get, "editor/project");
        request.Headers.TryAddWithoutValidation("Authorization", token + "x");
        await http.SendAsync(request);

        Assert.NotEmpty(logs.Messages);
        Assert.Contains(logs.Messages, m => m.Contains("log-app", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains("secret-user-key", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(token.Split('.')[2], StringComparison.Ordinal));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string Pad(string base64Url)
    {
        var base64 = base64Url.Replace('-', '+').Replace('_', '/');
        return base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
    }
}
