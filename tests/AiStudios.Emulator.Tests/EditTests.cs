using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

public sealed class EditTests : EmulatorTest
{
    [Fact]
    public async Task Values_are_merged_shallowly_into_the_first_clip_of_the_type()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        var response = await PostAsync($"editor/project/{id}", Edit(0, "aiModel", new JsonObject
        {
            ["left"] = 12.5,
            ["tag"] = "host",
            ["script"] = new JsonObject { ["org"] = "<p>New words.</p>" },
        }), token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(id, response.Data["projectId"]!.GetValue<string>());
        var clip = (await GetProjectAsync(token, id))["scenes"]![0]!["clips"]![0]!.AsObject();
        Assert.Equal(12.5, clip["left"]!.GetValue<double>());
        Assert.Equal("host", clip["tag"]!.GetValue<string>());
        Assert.Equal(679, clip["width"]!.GetValue<double>());
        Assert.Equal("M000045058", clip["model"]!["ai_name"]!.GetValue<string>());
        // Shallow: the nested object is replaced whole, not merged.
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["org"] = "<p>New words.</p>" }, clip["script"]));
    }

    [Fact]
    public async Task A_background_update_changes_only_the_given_keys_and_the_edit_exports()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        await PostAsync($"editor/project/{id}", Edit(0, "background", new JsonObject { ["source_color"] = "rgb(1,2,3)" }), token);

        var project = await GetProjectAsync(token, id);
        var background = project["scenes"]![0]!["background"]!;
        Assert.Equal("rgb(1,2,3)", background["source_color"]!.GetValue<string>());
        Assert.Equal("/images/background/bg_blue_gradient.png", background["source_url"]!.GetValue<string>());
        Assert.Equal(1, Server.State.ExportsStarted);
        await PollProgressAsync(token, id, IsDone);
    }

    [Fact]
    public async Task An_edit_with_isExport_false_does_not_render_and_an_edit_restarts_a_running_render()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        var body = Edit(0, "aiModel", new JsonObject { ["tag"] = "a" });
        body["isExport"] = false;
        await PostAsync($"editor/project/{id}", body, token);
        Assert.Equal(0, Server.State.ExportsStarted);

        await PostAsync($"editor/project/{id}", Edit(0, "aiModel", new JsonObject { ["tag"] = "b" }), token);
        var firstTask = Server.State.FindProject(id)!.BackendTaskId;
        await PostAsync($"editor/project/{id}", Edit(0, "aiModel", new JsonObject { ["tag"] = "c" }), token);
        Assert.NotEqual(firstTask, Server.State.FindProject(id)!.BackendTaskId);
        Assert.Equal(2, Server.State.ExportsStarted);
    }

    [Theory]
    [InlineData(5, "aiModel", "INVALID_UPDATE")]
    [InlineData(0, "textImage", "INVALID_UPDATE")]
    public async Task Updates_that_do_not_apply_are_400_INVALID_UPDATE(int sceneIdx, string type, string code)
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        var response = await PostAsync($"editor/project/{id}", Edit(sceneIdx, type, new JsonObject { ["tag"] = "x" }), token);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.ErrorCode);
        Assert.NotEmpty(response.ErrorDetails!);
    }

    [Fact]
    public async Task An_edit_that_breaks_the_schema_is_refused_and_changes_nothing()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        var response = await PostAsync($"editor/project/{id}", Edit(0, "aiModel", new JsonObject { ["width"] = -5, ["tag"] = "never" }), token);

        Assert.Equal("INVALID_PROJECT", response.ErrorCode);
        Assert.Contains(response.ErrorDetails!, d => d!["path"]!.GetValue<string>() == "/scenes/0/clips/0/width");
        var clip = (await GetProjectAsync(token, id))["scenes"]![0]!["clips"]![0]!;
        Assert.Equal(679, clip["width"]!.GetValue<double>());
        Assert.Null(clip["tag"]);
        Assert.Equal(0, Server.State.ExportsStarted);
    }

    [Fact]
    public async Task Edit_checks_the_body_and_the_project()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        Assert.Equal("INVALID_REQUEST", (await PostAsync($"editor/project/{id}", new JsonObject { ["updates"] = new JsonObject() }, token)).ErrorCode);
        Assert.Equal("INVALID_UPDATE", (await PostAsync($"editor/project/{id}", new JsonObject { ["updates"] = new JsonObject { ["value"] = new JsonArray("x") } }, token)).ErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("editor/project/000000000000000000000000", Edit(0, "aiModel", new JsonObject()), token)).Status);
    }

    private static JsonObject Edit(int sceneIdx, string type, JsonObject values) => new()
    {
        ["updates"] = new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject { ["sceneIdx"] = sceneIdx, ["type"] = type, ["values"] = values }),
        },
    };
}
