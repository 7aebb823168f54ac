using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary><c>POST /simple/audio</c> (synchronous) and <c>POST /simple/custom</c> (renders by default).</summary>
public sealed class SimpleAudioAndCustomTests : EmulatorTest
{
    [Fact]
    public async Task Audio_answers_at_once_with_a_wav_file_and_one_meta_entry_per_sentence()
    {
        var token = await TokenAsync();

        var response = await PostAsync("simple/audio", new JsonObject { ["language"] = "en", ["text"] = "Hello there. How are you?", ["model"] = "M000320746" }, token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var fileName = response.Data["fileName"]!.GetValue<string>();
        Assert.EndsWith(".wav", fileName);
        Assert.Equal(2, response.Data["metaList"]!.AsArray().Count);
        Assert.Equal("Hello there.", response.Data["metaList"]![0]!["text"]!.GetValue<string>());
        Assert.Null(response.Data["projectId"]);
        Assert.Empty(Server.State.Projects);
        Assert.Equal(1, Server.State.AudiosCreated);

        using var file = await Http.GetAsync(response.Data["downloadUrl"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("audio/wav", file.Content.Headers.ContentType!.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(bytes, 8, 4));
    }

    [Fact]
    public async Task Audio_checks_its_fields_and_the_avatar_and_unknown_files_are_404()
    {
        var token = await TokenAsync();

        Assert.Equal("INVALID_REQUEST", (await PostAsync("simple/audio", new JsonObject { ["language"] = "en", ["text"] = "Hi" }, token)).ErrorCode);
        Assert.Equal("INVALID_MODEL", (await PostAsync("simple/audio", new JsonObject { ["language"] = "en", ["text"] = "Hi", ["model"] = "M000000001" }, token)).ErrorCode);
        using var missing = await Http.GetAsync(new System.Uri(Server.RootAddress, "files/audio/000000000000000000000000.wav"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_custom_video_renders_by_default_and_answers_its_task_id()
    {
        var token = await TokenAsync();

        var response = await PostAsync("simple/custom", new JsonObject { ["language"] = "en", ["text"] = "I am custom.", ["model"] = "M000900001" }, token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var id = response.Data["projectId"]!.GetValue<string>();
        var taskId = response.Data["taskId"]!.GetValue<string>();
        Assert.Equal(taskId, Server.State.FindProject(id)!.BackendTaskId);
        await PollProgressAsync(token, id, IsDone);
        var project = await GetProjectAsync(token, id);
        Assert.Equal("BG00900001", project["scenes"]![0]!["clips"]![0]!["model"]!["emotion"]!.GetValue<string>());
        Assert.Equal("I am custom.", project["scenes"]![0]!["scripts"]![0]!["org"]!.GetValue<string>());
        Assert.Equal(1, Server.State.CustomVideosCreated);
    }

    [Fact]
    public async Task A_custom_video_with_isExport_false_is_a_draft_with_a_task_id_of_its_own()
    {
        var token = await TokenAsync();

        var response = await PostAsync("simple/custom", new JsonObject { ["language"] = "en", ["text"] = "Later.", ["model"] = "M000900001", ["isExport"] = false }, token);

        Assert.StartsWith("task-", response.Data["taskId"]!.GetValue<string>());
        Assert.Equal("draft", Server.State.FindProject(response.Data["projectId"]!.GetValue<string>())!.State);
        Assert.Equal(0, Server.State.ExportsStarted);
        Assert.Equal("INVALID_MODEL", (await PostAsync("simple/custom", new JsonObject { ["language"] = "en", ["text"] = "x", ["model"] = "nobody" }, token)).ErrorCode);
    }
}
