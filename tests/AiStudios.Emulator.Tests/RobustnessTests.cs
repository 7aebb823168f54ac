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
