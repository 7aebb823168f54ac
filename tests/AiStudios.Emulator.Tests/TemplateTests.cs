using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary><c>POST /editor/template/{templateId}</c> and <c>POST /editor/template/modify</c>.</summary>
public sealed class TemplateTests : EmulatorTest
{
    private static readonly string TemplateId = EmulatorTemplate.Defaults[0].Id;

    [Fact]
    public async Task A_template_becomes_a_valid_draft_with_tagged_texts_and_scripts()
    {
        var token = await TokenAsync();

        var response = await PostAsync($"editor/template/{TemplateId}", null, token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var project = await GetProjectAsync(token, response.Data["projectId"]!.GetValue<string>());
        Assert.Equal("draft", project["state"]!.GetValue<string>());
        Assert.Equal(EmulatorTemplate.Defaults[0].Name, project["name"]!.GetValue<string>());
        var tags = project["scenes"]!.AsArray().SelectMany(s => s!["clips"]!.AsArray()).Select(c => c!["tag"]?.GetValue<string>()).Where(t => t is not null);
        Assert.Equal(new[] { "title", "subtitles", "subtitles", "subtitles" }, tags);
        Assert.All(project["scenes"]!.AsArray(), s => Assert.Equal("M000045058", s!["scripts"]![0]!["modelId"]!.GetValue<string>()));
        Assert.Equal(0, Server.State.ExportsStarted);

        // What the emulator built passes its own create validation.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("editor/project", Strip(project), token)).Status);
    }

    [Fact]
    public async Task The_table_names_in_a_JSON_body_swap_the_avatar_clothes_and_name()
    {
        var token = await TokenAsync();

        var response = await PostAsync($"editor/template/{TemplateId}", new JsonObject { ["aiName"] = "M000320746", ["clothId"] = "BG00007031", ["name"] = "Mine" }, token);

        var project = await GetProjectAsync(token, response.Data["projectId"]!.GetValue<string>());
        Assert.Equal("Mine", project["name"]!.GetValue<string>());
        AssertAvatar(project, "M000320746", "BG00007031");
    }

    [Fact]
    public async Task The_sample_names_in_the_query_string_work_too_and_clothes_default_to_the_avatars_first()
    {
        var token = await TokenAsync();

        var response = await PostAsync($"editor/template/{TemplateId}?model=M000371017&name=From%20query", null, token);

        var project = await GetProjectAsync(token, response.Data["projectId"]!.GetValue<string>());
        Assert.Equal("From query", project["name"]!.GetValue<string>());
        AssertAvatar(project, "M000371017", "BG00010101");
    }

    [Fact]
    public async Task A_form_body_as_the_Python_sample_posts_it_is_read()
    {
        var token = await TokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"editor/template/{TemplateId}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["model"] = "M000320746", ["clothes"] = "BG00007030" }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", token);

        using var answer = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var id = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["data"]!["projectId"]!.GetValue<string>();
        AssertAvatar(await GetProjectAsync(token, id), "M000320746", "BG00007030");
    }

    [Fact]
    public async Task Unknown_templates_avatars_clothes_and_workspaces_are_refused()
    {
        var token = await TokenAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("editor/template/no-such-template", null, token)).Status);
        Assert.Equal("INVALID_MODEL", (await PostAsync($"editor/template/{TemplateId}", new JsonObject { ["aiName"] = "M000999999" }, token)).ErrorCode);
        Assert.Equal("INVALID_MODEL", (await PostAsync($"editor/template/{TemplateId}", new JsonObject { ["clothId"] = "BG00007030" }, token)).ErrorCode);
        Assert.Equal("INVALID_WORKSPACE", (await PostAsync($"editor/template/{TemplateId}", new JsonObject { ["workspaceId"] = "nope" }, token)).ErrorCode);
        Assert.Equal("INVALID_REQUEST", (await PostAsync($"editor/template/{TemplateId}", new JsonObject { ["name"] = 5 }, token)).ErrorCode);
        Assert.Empty(Server.State.Projects);
    }

    [Fact]
    public async Task Template_modify_applies_the_documented_tag_keys_and_does_not_render_by_default()
    {
        var token = await TokenAsync();

        var response = await PostAsync("editor/template/modify", new JsonObject
        {
            ["templateId"] = TemplateId,
            ["name"] = "Q3",
            ["updates"] = new JsonObject { ["title"] = "Q3 results", ["subtitles_2"] = "Third caption!", ["scripts_1"] = "Speech for scene 2" },
        }, token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var project = await GetProjectAsync(token, response.Data["projectId"]!.GetValue<string>());
        Assert.Equal("Q3", project["name"]!.GetValue<string>());
        Assert.Equal("Q3 results", Clip(project, 0, "title-0")["text"]!.GetValue<string>());
        Assert.Equal("Third caption!", Clip(project, 1, "subtitles-2")["text"]!.GetValue<string>());
        Assert.Equal("Second caption", Clip(project, 1, "subtitles-1")["text"]!.GetValue<string>());
        Assert.Equal("Speech for scene 2", project["scenes"]![1]!["scripts"]![0]!["org"]!.GetValue<string>());
        Assert.Equal("draft", project["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Template_modify_with_isExport_renders_and_bad_updates_create_nothing()
    {
        var token = await TokenAsync();

        var rendered = await PostAsync("editor/template/modify", new JsonObject { ["templateId"] = TemplateId, ["updates"] = new JsonObject { ["title"] = "x" }, ["isExport"] = true }, token);
        await PollProgressAsync(token, rendered.Data["projectId"]!.GetValue<string>(), IsDone);

        Assert.Equal("INVALID_UPDATE", (await PostAsync("editor/template/modify", new JsonObject { ["templateId"] = TemplateId, ["updates"] = new JsonObject { ["subtitles_3"] = "x" } }, token)).ErrorCode);
        Assert.Equal("INVALID_UPDATE", (await PostAsync("editor/template/modify", new JsonObject { ["templateId"] = TemplateId, ["updates"] = new JsonObject { ["title"] = 5 } }, token)).ErrorCode);
        Assert.Equal("INVALID_REQUEST", (await PostAsync("editor/template/modify", new JsonObject { ["templateId"] = TemplateId }, token)).ErrorCode);
        Assert.Single(Server.State.Projects);
    }

    internal static JsonObject Clip(JsonObject project, int scene, string id) =>
        project["scenes"]![scene]!["clips"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!.AsObject();

    private static void AssertAvatar(JsonObject project, string model, string clothes)
    {
        foreach (var scene in project["scenes"]!.AsArray())
        {
            var clip = scene!["clips"]!.AsArray().Single(c => c!["type"]!.GetValue<string>() == "aiModel")!;
            Assert.Equal(model, clip["model"]!["ai_name"]!.GetValue<string>());
            Assert.Equal(clothes, clip["model"]!["emotion"]!.GetValue<string>());
            Assert.Equal(model, scene["scripts"]![0]!["modelId"]!.GetValue<string>());
            Assert.Equal(clothes, scene["scripts"]![0]!["clothId"]!.GetValue<string>());
        }
    }

    private static JsonObject Strip(JsonObject project)
    {
        var copy = (JsonObject)project.DeepClone();
        copy["isExport"] = false;
        return copy;
    }
}
