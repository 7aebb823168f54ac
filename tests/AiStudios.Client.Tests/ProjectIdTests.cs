using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>
/// A project id becomes a path segment (<c>GET /editor/project/{id}</c>), so <c>.</c>, <c>..</c>, a slash or a
/// query would make the call reach another endpoint (<c>GetProjectAsync(".")</c> once listed every project). Such
/// ids are refused before anything is sent, and refused in the service's answers too.
/// </summary>
public sealed class ProjectIdTests
{
    public static TheoryData<string> BadIds() => new()
    {
        "",
        " ",
        ".",
        "..",
        "a/b",
        "/",
        "a\\b",
        "a?b",
        "a#b",
        "a\nb",
        "a\rb",
        "a\u0000b",
        "a\u007fb",
        "a\u0085b",
        "a\u2028b",
        "%2e",
        "%2E%2e",
        "a%2Fb",
        "a%2fb",
        "a%5Cb",
        "a%3Fb",
        "a%23b",
        "a%0Ab",
        "a%00b",
        "%252e%252e",
        "a%252Fb",
        new string('a', 1025),
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task An_unsafe_id_is_refused_by_every_method_before_anything_is_sent(string id)
    {
        var handler = StubHandler.Answering(_ => StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{}}"));
        using var client = handler.CreateClient();

        foreach (var (name, call) in CallsTaking(client, id))
        {
            var error = await Record.ExceptionAsync(call);
            var argument = Assert.IsAssignableFrom<ArgumentException>(error);
            Assert.True(argument.ParamName is "projectId" or "projectIds", name + ": " + argument.ParamName);
            Assert.True(argument.Message.Length < 400, name + ": the message echoes too much: " + argument.Message.Length);
        }

        Assert.Equal(0, handler.Calls);
    }

    [Theory]
    [InlineData("66a0f1c2e4b0a1b2c3d4e5f6")]
    [InlineData("p1")]
    [InlineData("a.b")]
    [InlineData("...")]
    [InlineData("50%off")]
    [InlineData("a%20b")]
    [InlineData("프로젝트")]
    public async Task Ordinary_ids_are_sent_escaped(string id)
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"progress\":10}}"));
        using var client = handler.CreateClient();

        await client.GetProgressAsync(id);

        Assert.Contains("GET /api/odin/v3/editor/progress/" + Uri.EscapeDataString(id), handler.Requests);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a?x=1")]
    [InlineData("%2e%2e")]
    [InlineData("")]
    public async Task A_created_project_id_that_is_not_safe_is_refused_as_an_invalid_answer(string id)
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"projectId\":" + System.Text.Json.JsonSerializer.Serialize(id) + "}}"));
        using var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.CreateProjectAsync(Projects.Hello()));

        Assert.Equal(AiStudiosErrorCodes.InvalidResponse, error.ErrorCode);
        Assert.True(error.IsOutcomeUnknown, "the service may have created the project");
        Assert.Contains("projectId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listed_project_with_an_unsafe_id_is_refused()
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"projects\":[{\"id\":\"p1\"},{\"id\":\"../p2\"}]}}"));
        using var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.ListProjectsAsync());

        Assert.Equal(AiStudiosErrorCodes.InvalidResponse, error.ErrorCode);
        Assert.Contains("projects[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fetched_project_with_an_unsafe_id_is_refused()
    {
        var handler = StubHandler.Answering(request => StubHandler.IsTokenRequest(request)
            ? StubHandler.TokenAnswer()
            : StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"project\":{\"_id\":\"..\",\"scenes\":[]}}}"));
        using var client = handler.CreateClient();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => client.GetProjectAsync("p1"));

        Assert.Equal(AiStudiosErrorCodes.InvalidResponse, error.ErrorCode);
        Assert.Contains("_id", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Name, Func<Task> Call)> CallsTaking(AiStudiosClient client, string id)
    {
        var update = new ProjectUpdate(0, "aiModel").Set("top", 1);
        yield return ("GetProjectAsync", () => client.GetProjectAsync(id));
        yield return ("GetProgressAsync", () => client.GetProgressAsync(id));
        yield return ("EditProjectAsync", () => client.EditProjectAsync(id, [update]));
        yield return ("EditAndExportProjectAsync", () => client.EditAndExportProjectAsync(id, [update]));
        yield return ("ExportProjectAsync", () => client.ExportProjectAsync(id));
        yield return ("DeleteProjectsAsync", () => client.DeleteProjectsAsync(["ok", id]));
        yield return ("WaitForRenderAsync", () => client.WaitForRenderAsync(id));
        yield return ("GetRenderOperation", () => Task.FromResult(client.GetRenderOperation(id)));
    }
}
