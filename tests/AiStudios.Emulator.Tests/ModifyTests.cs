using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary>The Korean-only tag-keyed <c>POST /editor/project/modify</c>.</summary>
public sealed class ModifyTests : EmulatorTest
{
    [Fact]
    public async Task Tag_keys_edit_the_project_in_place_without_a_render_by_default()
    {
        var token = await TokenAsync();
        var id = await TemplateProjectAsync(token);

        var response = await PostAsync("editor/project/modify", new JsonObject
        {
            ["projectId"] = id,
            ["updates"] = new JsonObject { ["title"] = "Q3 results", ["subtitles_2"] = "Third caption", ["scripts_1"] = "Speech for scene 2", ["subtitles"] = "First!" },
        }, token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(id, response.Data["projectId"]!.GetValue<string>());
        var project = await GetProjectAsync(token, id);
        Assert.Equal("Q3 results", TemplateTests.Clip(project, 0, "title-0")["text"]!.GetValue<string>());
        Assert.Equal("First!", TemplateTests.Clip(project, 0, "subtitles-0")["text"]!.GetValue<string>());
        Assert.Equal("Third caption", TemplateTests.Clip(project, 1, "subtitles-2")["text"]!.GetValue<string>());
        Assert.Equal("Speech for scene 2", project["scenes"]![1]!["scripts"]![0]!["org"]!.GetValue<string>());
        Assert.Equal("Welcome to Quarterly update.", project["scenes"]![0]!["scripts"]![0]!["org"]!.GetValue<string>());
        Assert.Equal(0, Server.State.ExportsStarted);
    }

    [Fact]
    public async Task With_isExport_true_the_modified_project_renders()
    {
        var token = await TokenAsync();
        var id = await TemplateProjectAsync(token);

        var response = await PostAsync("editor/project/modify", new JsonObject { ["projectId"] = id, ["updates"] = new JsonObject { ["title"] = "x" }, ["isExport"] = true }, token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(1, Server.State.ExportsStarted);
        await PollProgressAsync(token, id, IsDone);
    }

    [Fact]
    public async Task A_scripts_key_sets_the_legacy_clip_script_of_the_published_example()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        await PostAsync("editor/project/modify", new JsonObject { ["projectId"] = id, ["updates"] = new JsonObject { ["scripts"] = "New words." } }, token);

        var clip = (await GetProjectAsync(token, id))["scenes"]![0]!["clips"]![0]!;
        Assert.Equal("New words.", clip["script"]!["org"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("subtitles_3", "\"x\"", "INVALID_UPDATE")]
    [InlineData("scripts_2", "\"x\"", "INVALID_UPDATE")]
    [InlineData("nosuchtag", "\"x\"", "INVALID_UPDATE")]
    [InlineData("title", "5", "INVALID_UPDATE")]
    public async Task Keys_that_match_nothing_and_values_that_are_not_strings_change_nothing(string key, string value, string code)
    {
        var token = await TokenAsync();
        var id = await TemplateProjectAsync(token);
        var before = (await GetProjectAsync(token, id))["scenes"]!.ToJsonString();

        var response = await PostAsync("editor/project/modify", new JsonObject { ["projectId"] = id, ["updates"] = new JsonObject { ["title"] = "changed", [key] = JsonNode.Parse(value) } }, token);

        Assert.Equal(code, response.ErrorCode);
        Assert.Equal(before, (await GetProjectAsync(token, id))["scenes"]!.ToJsonString());
    }

    [Fact]
    public async Task The_body_needs_a_project_id_and_updates_and_an_unknown_project_is_404()
    {
        var token = await TokenAsync();

        Assert.Equal("INVALID_REQUEST", (await PostAsync("editor/project/modify", new JsonObject { ["updates"] = new JsonObject { ["title"] = "x" } }, token)).ErrorCode);
        Assert.Equal("INVALID_REQUEST", (await PostAsync("editor/project/modify", new JsonObject { ["projectId"] = "p", ["updates"] = new JsonArray() }, token)).ErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("editor/project/modify", new JsonObject { ["projectId"] = "000000000000000000000000", ["updates"] = new JsonObject { ["title"] = "x" } }, token)).Status);
    }

    private async Task<string> TemplateProjectAsync(string token)
    {
        var response = await PostAsync($"editor/template/{EmulatorTemplate.Defaults[0].Id}", null, token);
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        return response.Data["projectId"]!.GetValue<string>();
    }
}
