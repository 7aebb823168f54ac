using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary><c>POST /simple/audio</c>, <c>/simple/custom</c> and <c>/simple/video</c> over loopback HTTP.</summary>
public sealed class SimpleCallTests : ClientTest
{
    [Fact]
    public async Task A_simple_audio_comes_back_at_once_and_downloads_as_wav()
    {
        SimpleAudio audio = await Client.CreateSimpleAudioAsync(new SimpleAudioRequest("en", "One sentence. And another.", "M000320746"));

        Assert.EndsWith(".wav", audio.FileName);
        Assert.Equal(2, audio.MetaList.Count);
        Assert.Equal("One sentence.", audio.MetaList[0].GetProperty("text").GetString());
        using var file = new MemoryStream();
        await Client.DownloadAsync(audio.DownloadUrl, file);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(file.ToArray(), 0, 4));
        Assert.Equal(1, Emulator.State.AudiosCreated);
        Assert.Empty(Emulator.State.Projects);
    }

    [Fact]
    public async Task A_simple_audio_with_an_empty_field_is_refused_before_sending()
    {
        Assert.Throws<ArgumentException>(() => { _ = Client.CreateSimpleAudioAsync(new SimpleAudioRequest("en", " ", "M000045058")); });
        await Task.Yield();
        Assert.Equal(0, Emulator.State.TotalRequests);
    }

    [Fact]
    public async Task A_custom_video_renders_by_default_and_is_waited_for_by_its_project_id()
    {
        CreatedProject created = await Client.CreateCustomVideoAsync(new CustomVideoRequest("en", "Custom hello.", "M000900001"));

        Assert.True(created.RenderStarted);
        Assert.Equal(Emulator.State.FindProject(created.ProjectId)!.BackendTaskId, created.TaskId);
        RenderResult result = await Client.WaitForRenderAsync(created.ProjectId, FastWait());
        Assert.Equal(created.ProjectId, result.ProjectId);
    }

    [Fact]
    public async Task A_custom_video_with_IsExport_false_is_a_draft_and_the_body_says_so()
    {
        var handler = new RecordingHandler();
        using var client = NewClient(http: new System.Net.Http.HttpClient(new BillableRequestGuard(handler)));

        CreatedProject created = await client.CreateCustomVideoAsync(new CustomVideoRequest("en", "Later.", "M000900001") { IsExport = false });
        await client.CreateCustomVideoAsync(new CustomVideoRequest("en", "Now.", "M000900001"));

        var bodies = handler.Sent.Where(s => s.Request.EndsWith("/simple/custom", StringComparison.Ordinal)).Select(s => JsonNode.Parse(s.Body)!).ToList();
        Assert.Equal(new[] { false, true }, bodies.Select(b => b["isExport"]!.GetValue<bool>()));
        Assert.Null(bodies[0]["clothes"]);
        Assert.False(created.RenderStarted);
        Assert.NotNull(created.TaskId);
        Assert.Equal("draft", Emulator.State.FindProject(created.ProjectId)!.State);
    }

    [Fact]
    public async Task A_simple_video_always_sends_isExport_so_the_calls_differing_defaults_never_surprise()
    {
        var handler = new RecordingHandler();
        using var client = NewClient(http: new System.Net.Http.HttpClient(new BillableRequestGuard(handler)));

        CreatedProject created = await client.CreateSimpleVideoAsync(new SimpleVideoRequest("en", "Hi.", "M000045058", "BG00002320"));

        Assert.False(created.RenderStarted);
        var body = JsonNode.Parse(handler.Sent.Single(s => s.Request.EndsWith("/simple/video", StringComparison.Ordinal)).Body)!;
        Assert.False(body["isExport"]!.GetValue<bool>());
        Assert.Equal("draft", Emulator.State.FindProject(created.ProjectId)!.State);
    }
}
