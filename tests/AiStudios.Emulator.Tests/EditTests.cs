using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

public sealed class EditTests : EmulatorTest
{
    [Fact]
    public async Task Values_are_merged_deeply_into_the_first_clip_of_the_type()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        var response = await PostAsync($"editor/project/{id}", Edit(0, "aiModel", new JsonObject
        {
            ["left"] = 12.5,
            ["tag"] = "host",
            ["model"] = new JsonObject { ["language"] = "ko", ["editor"] = new JsonObject { ["scale"] = 0.4 } },
            ["effects"] = new JsonArray(new JsonObject { ["type"] = "head-only" }),
        }), token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(id, response.Data["projectId"]!.GetValue<string>());
        var clip = (await GetProjectAsync(token, id))["scenes"]![0]!["clips"]![0]!.AsObject();
        Assert.Equal(12.5, clip["left"]!.GetValue<double>());
        Assert.Equal("host", clip["tag"]!.GetValue<string>());
        Assert.Equal(679, clip["width"]!.GetValue<double>());

        // Nested objects merge key by key: what the edit did not name is kept.
        Assert.Equal("ko", clip["model"]!["language"]!.GetValue<string>());
        Assert.Equal(0.4, clip["model"]!["editor"]!["scale"]!.GetValue<double>());
        Assert.Equal(182, clip["model"]!["editor"]!["headWidth"]!.GetValue<double>());
        Assert.Equal("M000045058", clip["model"]!["ai_name"]!.GetValue<string>());
        Assert.Single(clip["effects"]!.AsArray());
    }

    [Fact]
    public async Task The_documented_script_string_replaces_the_speech_of_the_published_example()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        var response = await PostAsync($"editor/project/{id}", Edit(0, "aiModel", new JsonObject { ["script"] = "changed script" }), token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var clip = (await GetProjectAsync(token, id))["scenes"]![0]!["clips"]![0]!;
        Assert.Equal("changed script", clip["script"]!["org"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_script_string_replaces_the_matching_scripts_entry_of_a_dialogue_and_keeps_the_other_turns()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p =>
        {
            p["isExport"] = false;
            var scene = p["scenes"]![0]!.AsObject();
            var clip = scene["clips"]![0]!.AsObject();
            clip.Remove("script");
            scene["scripts"] = new JsonArray(
                Turn("Hi, how are you?", "M000320746", "BG00007030"),
                Turn("Fine, thanks.", "M000045058", "BG00002320"),
                Turn("Glad to hear.", "M000320746", "BG00007030"),
                Turn("And you?", "M000045058", "BG00002320"));
        });

        var response = await PostAsync($"editor/project/{id}", Edit(0, "aiModel", new JsonObject { ["script"] = "changed script" }), token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var scripts = (await GetProjectAsync(token, id))["scenes"]![0]!["scripts"]!.AsArray();
        Assert.Equal(new[] { "Hi, how are you?", "changed script", "Glad to hear.", "And you?" }, scripts.Select(s => s!["org"]!.GetValue<string>()));
        Assert.Null((await GetProjectAsync(token, id))["scenes"]![0]!["clips"]![0]!["script"]);
    }

    [Fact]
    public async Task A_script_string_adds_a_scripts_entry_when_the_avatar_has_no_speech_yet()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p =>
        {
            p["isExport"] = false;
            p["scenes"]![0]!["clips"]![0]!.AsObject().Remove("script");
        });

        await PostAsync($"editor/project/{id}", Edit(0, "aiModel", new JsonObject { ["script"] = "New speech." }), token);

        var entry = Assert.Single((await GetProjectAsync(token, id))["scenes"]![0]!["scripts"]!.AsArray())!;
        Assert.Equal("New speech.", entry["org"]!.GetValue<string>());
        Assert.Equal("M000045058", entry["modelId"]!.GetValue<string>());
        Assert.Equal("BG00002320", entry["clothId"]!.GetValue<string>());
        Assert.False(entry["isTTS"]!.GetValue<bool>());
        Assert.Null(entry["tts"]);
        Assert.True(entry.AsObject().ContainsKey("tts"));
    }

    [Fact]
    public async Task An_object_script_merges_into_the_legacy_clip_script()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        await PostAsync($"editor/project/{id}", Edit(0, "aiModel", new JsonObject { ["script"] = new JsonObject { ["org"] = "<p>New words.</p>" } }), token);

        var clip = (await GetProjectAsync(token, id))["scenes"]![0]!["clips"]![0]!;
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["org"] = "<p>New words.</p>" }, clip["script"]));
    }

    private static JsonObject Turn(string text, string model, string clothes) => new()
    {
        ["org"] = text,
        ["isTTS"] = false,
        ["tts"] = null,
        ["modelId"] = model,
        ["clothId"] = clothes,
    };

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
