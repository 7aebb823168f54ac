using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

public sealed class SimpleVideoAndCatalogTests : EmulatorTest
{
    protected override EmulatorOptions CreateOptions()
    {
        var options = TestOptions.Fast();
        options.Workspaces.Add(new EmulatorWorkspace("ws-1", "First"));
        options.Workspaces.Add(new EmulatorWorkspace("ws-2", "Second"));
        return options;
    }

    [Fact]
    public async Task Model_lists_the_documented_avatar_and_clothes()
    {
        var token = await TokenAsync();

        var models = (await GetAsync("model", token)).Data["models"]!.AsArray();

        var avatar = models.Single(m => m!["id"]!.GetValue<string>() == "M000045058")!;
        Assert.False(string.IsNullOrEmpty(avatar["label"]!["ko"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(avatar["label"]!["en"]!.GetValue<string>()));
        Assert.StartsWith("https://", avatar["thumbnail"]!.GetValue<string>());
        var clothes = avatar["clothes"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "BG00002320")!;
        Assert.NotNull(clothes["label"]);
        Assert.NotNull(clothes["thumbnail"]);
        Assert.Null(clothes["clip"]);
    }

    [Fact]
    public async Task Workspaces_are_listed_from_the_options()
    {
        var token = await TokenAsync();

        var workspaces = (await GetAsync("dropdown/workspaces", token)).Data["workspaces"]!.AsArray();

        Assert.Equal(new[] { "ws-1:First", "ws-2:Second" }, workspaces.Select(w => w!["workspaceId"]!.GetValue<string>() + ":" + w["workspaceName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_simple_video_is_a_draft_by_default_and_a_valid_project()
    {
        var token = await TokenAsync();

        var response = await PostAsync("simple/video", SimpleVideo(), token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var id = response.Data["projectId"]!.GetValue<string>();
        var project = await GetProjectAsync(token, id);
        Assert.Equal("draft", project["state"]!.GetValue<string>());
        var scene = project["scenes"]![0]!;
        Assert.Equal("Hello from the emulator.", scene["scripts"]![0]!["org"]!.GetValue<string>());
        Assert.Equal("M000045058", scene["scripts"]![0]!["modelId"]!.GetValue<string>());
        var clip = scene["clips"]![0]!;
        Assert.Equal("aiModel", clip["type"]!.GetValue<string>());
        Assert.Equal("M000045058", clip["model"]!["ai_name"]!.GetValue<string>());
        Assert.Equal("BG00002320", clip["model"]!["emotion"]!.GetValue<string>());
        Assert.Equal(1, Server.State.SimpleVideosCreated);
        Assert.Equal(0, Server.State.ExportsStarted);

        // What the emulator generated passes its own project validation.
        project["isExport"] = false;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("editor/project", project, token)).Status);
    }

    [Fact]
    public async Task A_simple_video_with_isExport_true_renders()
    {
        var token = await TokenAsync();
        var body = SimpleVideo();
        body["isExport"] = true;
        body["workspaceId"] = "ws-2";

        var id = (await PostAsync("simple/video", body, token)).Data["projectId"]!.GetValue<string>();

        await PollProgressAsync(token, id, IsDone);
        Assert.Equal("ws-2", Server.State.FindProject(id)!.WorkspaceId);
    }

    [Fact]
    public async Task A_simple_video_needs_known_model_and_clothes_and_every_field()
    {
        var token = await TokenAsync();

        var unknownModel = SimpleVideo();
        unknownModel["model"] = "M999";
        Assert.Equal("INVALID_MODEL", (await PostAsync("simple/video", unknownModel, token)).ErrorCode);

        var unknownClothes = SimpleVideo();
        unknownClothes["clothes"] = "BG0";
        Assert.Equal("INVALID_MODEL", (await PostAsync("simple/video", unknownClothes, token)).ErrorCode);

        var missing = SimpleVideo();
        missing.Remove("text");
        missing["language"] = 5;
        var response = await PostAsync("simple/video", missing, token);
        Assert.Equal("INVALID_REQUEST", response.ErrorCode);
        Assert.Equal(new[] { "/language", "/text" }, response.ErrorDetails!.Select(d => d!["path"]!.GetValue<string>()).Order());
        Assert.Equal(0, Server.State.SimpleVideosCreated);
    }

    private static JsonObject SimpleVideo() => new()
    {
        ["language"] = "en",
        ["text"] = "Hello from the emulator.",
        ["model"] = "M000045058",
        ["clothes"] = "BG00002320",
    };
}
