using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>
/// A token goes into the <c>Authorization</c> header, so a token holding CR/LF (or any other character a header
/// cannot carry) would put extra headers on the wire. Such a token is refused before any request carries it, with
/// a message that does not echo it.
/// </summary>
public sealed class TokenHeaderTests
{
    public static TheoryData<string> BadTokens() => new()
    {
        "abc\r\nX-Injected: yes",
        "abc\nX-Injected: yes",
        "abc\rX-Injected: yes",
        "abc\u0000def",
        "abc\u007fdef",
        "abc\u0085def",
        "abc\tdef",
        "abcé-def",
        "abc\u2028def",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_token_from_the_service_that_a_header_cannot_carry_is_refused_and_never_sent(string token)
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"token\":" + System.Text.Json.JsonSerializer.Serialize(token) + "}}")
            : StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"projects\":[]}}"));
        var log = new CapturingLogger();
        using var client = handler.CreateClient(logger: log);

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.Equal("INVALID_TOKEN", error.ErrorCode);
        Assert.Equal("POST /auth/token", error.Endpoint);
        Assert.Contains("Authorization", error.Message, StringComparison.Ordinal);
        Assert.All(handler.Requests, request => Assert.EndsWith("/auth/token", request, StringComparison.Ordinal));
        AssertNotEchoed(token, error.ToString() + log.AllText);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_token_from_the_token_provider_that_a_header_cannot_carry_is_refused_and_never_sent(string token)
    {
        var handler = StubHandler.Answering(_ => StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"projects\":[]}}"));
        var log = new CapturingLogger();
        using var client = handler.CreateClient(
            o =>
            {
                o.AppId = null;
                o.UserKey = null;
                o.TokenProvider = _ => Task.FromResult(token);
            },
            log);

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.Equal("INVALID_TOKEN", error.ErrorCode);
        Assert.Contains("TokenProvider", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.Calls);
        AssertNotEchoed(token, error.ToString() + log.AllText);
    }

    [Fact]
    public async Task A_refused_token_is_fetched_again_on_the_next_call()
    {
        int fetches = 0;
        var handler = StubHandler.Answering(_ => StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"projects\":[]}}"));
        using var client = handler.CreateClient(o =>
        {
            o.AppId = null;
            o.UserKey = null;
            o.TokenProvider = _ => Task.FromResult(++fetches == 1 ? "bad\r\ntoken" : "good-token");
        });

        await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());
        Assert.Empty(await client.ListProjectsAsync());
        Assert.Equal(2, fetches);
    }

    [Fact]
    public async Task A_token_of_printable_ascii_is_sent_unchanged()
    {
        string? sent = null;
        var handler = StubHandler.Answering(request =>
        {
            sent = request.Headers.TryGetValues("Authorization", out var values) ? values.Single() : null;
            return StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"projects\":[]}}");
        });
        using var client = handler.CreateClient(o =>
        {
            o.AppId = null;
            o.UserKey = null;
            o.TokenProvider = _ => Task.FromResult("Abc.Def-_~+/= xyz");
        });

        await client.ListProjectsAsync();

        Assert.Equal("Abc.Def-_~+/= xyz", sent);
    }

    private static void AssertNotEchoed(string token, string text)
    {
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Injected", text, StringComparison.Ordinal);
        Assert.DoesNotContain("abc", text, StringComparison.Ordinal);
    }
}
