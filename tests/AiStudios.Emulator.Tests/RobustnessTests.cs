using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary>Bad input is always a 4xx envelope, never a 500 or a stack trace.</summary>
public sealed class RobustnessTests : EmulatorTest
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "auth/token" },
        { "POST", "editor/project" },
        { "POST", "editor/project/export" },
        { "POST", "editor/project/000000000000000000000000" },
        { "DELETE", "editor/project" },
        { "POST", "simple/video" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Garbage_bodies_get_4xx_envelopes(string method, string path)
    {
        var token = await TokenAsync();
        var bodies = new[]
        {
            "", "null", "true", "42", "\"text\"", "[]", "[1,{}]", "{", "}", "{\"a\":}", "{'single': 'quotes'}",
            "{\"updates\": null, \"ids\": null, \"projectId\": 5, \"scenes\": {}}",
            "{\"updates\": {\"value\": [{\"sceneIdx\": 1e400, \"type\": [], \"values\": 3}]}}",
            "{\"isExport\": \"yes\", \"resolution\": 1080, \"webhookUrl\": {}, \"workspaceId\": false}",
            new string('[', 200) + new string(']', 200),
        };

        foreach (var body in bodies)
        {
            var response = await SendAsync(new HttpMethod(method), path, token: token, rawBody: body);
            Assert.True((int)response.Status is >= 400 and < 500, $"{method} {path} with {body}: {response}");
            Assert.False(response.Success);
            Assert.False(string.IsNullOrEmpty(response.ErrorCode));
            Assert.DoesNotContain("   at ", response.Body);
        }
    }

    [Fact]
    public async Task Invalid_utf8_is_INVALID_JSON()
    {
        var token = await TokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "editor/project")
        {
            Content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']),
        };
        request.Headers.TryAddWithoutValidation("Authorization", token);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var token = await TokenAsync();
        var huge = "{\"name\": \"" + new string('x', 11 * 1024 * 1024) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "editor/project") { Content = new StringContent(huge) };
        request.Headers.TryAddWithoutValidation("Authorization", token);
        // With 100-continue the server can refuse before the body is sent, so the client reads the answer
        // instead of failing on a connection closed mid-upload.
        request.Headers.ExpectContinue = true;

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["success"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Unknown_paths_and_methods_are_envelopes_too()
    {
        var token = await TokenAsync();

        var unknown = await GetAsync("no/such/thing", token);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("NOT_FOUND", unknown.ErrorCode);

        var wrongMethod = await SendAsync(HttpMethod.Put, "model", token: token);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", wrongMethod.ErrorCode);
        Assert.Equal(1, Server.State.RequestCount("GET", "(unmatched)"));
        Assert.Equal(1, Server.State.RequestCount("PUT", "(unmatched)"));
    }

    [Fact]
    public async Task The_server_keeps_serving_after_bad_input()
    {
        var token = await TokenAsync();
        await SendAsync(HttpMethod.Post, "editor/project", token: token, rawBody: "{\"scenes\": [,]}");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync("editor/project", RepoPaths.SeedProject(), token)).Status);
    }
}

/// <summary>Inputs that once gave 500: an edit's updates of the wrong kind, escaped lone surrogates, a token header with duplicate keys.</summary>
public sealed class OddInputTests : EmulatorTest
{
    [Fact]
    public async Task Odd_bodies_on_an_existing_project_get_400_INVALID_JSON_or_another_4xx()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token);
        var cases = new (string Method, string Path, string Body)[]
        {
            ("POST", "editor/project/" + id, "{\"updates\": []}"),
            ("POST", "editor/project/" + id, "{\"updates\": \"x\"}"),
            ("POST", "editor/project/" + id, "{\"updates\": 5}"),
            ("POST", "editor/project/" + id, "{\"updates\": {\"value\": [{\"sceneIdx\": 0, \"type\": \"\\ud800\", \"values\": {}}]}}"),
            ("POST", "editor/project/" + id, "{\"updates\": {\"value\": [{\"sceneIdx\": 0, \"type\": \"aiModel\", \"values\": {\"model\": \"\\ud800\"}}]}}"),
            ("POST", "editor/project/export", "{\"projectId\": \"\\ud800\"}"),
            ("POST", "editor/project", "{\"workspaceId\": \"\\ud800\", \"scenes\": []}"),
            ("POST", "simple/video", "{\"language\":\"en\",\"text\":\"\\ud800\",\"model\":\"M000045058\",\"clothes\":\"BG00002320\"}"),
            ("POST", "auth/token", "{\"appId\": \"\\ud800\", \"userKey\": \"x\"}"),
            ("POST", "auth/token", "{\"appId\": \"emulator-app\", \"userKey\": \"\\ud800\"}"),
            ("DELETE", "editor/project", "{\"ids\": [\"\\ud800\"]}"),
        };

        foreach (var (method, path, body) in cases)
        {
            var response = await SendAsync(new HttpMethod(method), path, token: path == "auth/token" ? null : token, rawBody: body);
            Assert.True((int)response.Status is >= 400 and < 500, $"{method} {path} with {body}: {response}");
            Assert.DoesNotContain("   at ", response.Body);
        }
    }

    [Theory]
    [InlineData("eyJhbGciOiJIUzI1NiIsImFsZyI6IkhTMjU2In0.e30.AAAA")] // {"alg":"HS256","alg":"HS256"}
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjEsImV4cCI6Mn0.AAAA")] // payload {"exp":1,"exp":2}
    [InlineData("eyJhbGciOiJIUzI1NiJ9.IlxcdWQ4MDAi.AAAA")]
    [InlineData("eyJhbGciOjF9.e30.AAAA")]
    [InlineData("bnVsbA.e30.AAAA")]
    [InlineData("W10.e30.AAAA")]
    public async Task A_malformed_token_is_401_not_500(string token)
    {
        var response = await GetAsync("editor/project", token: token);
        Assert.Equal(401, (int)response.Status);
    }
}
