using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

public sealed class RenderTests : EmulatorTest
{
    [Fact]
    public async Task Progress_rises_in_steps_to_100_and_the_video_downloads()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token);

        var seen = new List<double>();
        var done = await PollProgressAsync(token, id, p =>
        {
            seen.Add(p.Data["progress"]!.GetValue<double>());
            return IsDone(p);
        });

        // Intermediate values depend on timing here; RenderClockTests checks them exactly.
        Assert.Equal(seen.OrderBy(p => p), seen);
        Assert.All(seen, p => Assert.Equal(0, p % 10));
        Assert.Equal("exported", done.Data["state"]!.GetValue<string>());
        var downloadUrl = done.Data["downloadUrl"]!.GetValue<string>();
        Assert.StartsWith(Server.RootAddress.ToString(), downloadUrl);

        var project = await GetProjectAsync(token, id);
        Assert.Equal("exported", project["state"]!.GetValue<string>());
        Assert.Equal(100, project["progress"]!.GetValue<int>());
        Assert.True(project["creditSubstracted"]!.GetValue<bool>());
        Assert.Equal(downloadUrl, project["download_url"]!.GetValue<string>());

        // The download is a plain GET without a token, like a CDN link.
        using var plain = new HttpClient();
        using var video = await plain.GetAsync(downloadUrl);
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal("video/mp4", video.Content.Headers.ContentType!.MediaType);
        var bytes = await video.Content.ReadAsByteArrayAsync();
        Assert.InRange(bytes.Length, 1024, 64 * 1024);
        Assert.Equal("ftyp", Encoding.ASCII.GetString(bytes, 4, 4));
        Assert.Equal(bytes, await plain.GetByteArrayAsync(downloadUrl));

        using var thumbnail = await plain.GetAsync(project["thumbnailUrl"]!.GetValue<string>());
        Assert.Equal("image/png", thumbnail.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Different_projects_download_different_files_and_unfinished_ones_none()
    {
        await using var slow = await EmulatorServer.StartAsync(TestOptions.Fast(TimeSpan.FromMinutes(5)));
        using var plain = new HttpClient();
        var token = slow.IssueToken();
        var running = await CreateOn(slow, plain, token);

        var notYet = await plain.GetAsync(new Uri(slow.RootAddress, $"files/{running}.mp4"));
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await plain.GetAsync(new Uri(slow.RootAddress, "files/nothing.mp4"))).StatusCode);

        var mine = await TokenAsync();
        var a = await CreateSeedAsync(mine);
        var b = await CreateSeedAsync(mine);
        var urlA = (await PollProgressAsync(mine, a, IsDone)).Data["downloadUrl"]!.GetValue<string>();
        var urlB = (await PollProgressAsync(mine, b, IsDone)).Data["downloadUrl"]!.GetValue<string>();
        Assert.NotEqual(await plain.GetByteArrayAsync(urlA), await plain.GetByteArrayAsync(urlB));
    }

    [Fact]
    public async Task Export_renders_a_draft_and_a_second_export_while_running_changes_nothing()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        var export = await PostAsync("editor/project/export", new JsonObject { ["projectId"] = id, ["resolution"] = "4k" }, token);
        Assert.Equal(HttpStatusCode.OK, export.Status);
        Assert.Equal(id, export.Data["projectId"]!.GetValue<string>());
        var task = Server.State.FindProject(id)!.BackendTaskId;
        Assert.NotNull(task);

        await PostAsync("editor/project/export", new JsonObject { ["projectId"] = id }, token);
        Assert.Equal(task, Server.State.FindProject(id)!.BackendTaskId);
        Assert.Equal(1, Server.State.ExportsStarted);
        Assert.Equal("4k", Server.State.FindProject(id)!.Resolution);

        await PollProgressAsync(token, id, IsDone);

        // After a finished render, export renders again with a new task.
        await PostAsync("editor/project/export", new JsonObject { ["projectId"] = id }, token);
        Assert.NotEqual(task, Server.State.FindProject(id)!.BackendTaskId);
        Assert.Equal(2, Server.State.ExportsStarted);
    }

    [Fact]
    public async Task Export_checks_its_body()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token, p => p["isExport"] = false);

        Assert.Equal("INVALID_REQUEST", (await PostAsync("editor/project/export", new JsonObject(), token)).ErrorCode);
        Assert.Equal("INVALID_REQUEST", (await PostAsync("editor/project/export", new JsonObject { ["projectId"] = id, ["resolution"] = "8k" }, token)).ErrorCode);
        Assert.Equal("INVALID_WORKSPACE", (await PostAsync("editor/project/export", new JsonObject { ["projectId"] = id, ["workspaceId"] = "none" }, token)).ErrorCode);
        var missing = await PostAsync("editor/project/export", new JsonObject { ["projectId"] = "000000000000000000000000" }, token);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(0, Server.State.ExportsStarted);
    }

    private static async Task<string> CreateOn(EmulatorServer server, HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseAddress, "editor/project"))
        {
            Content = new StringContent(RepoPaths.SeedProject().ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", token);
        using var response = await http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["projectId"]!.GetValue<string>();
    }
}

/// <summary>Render progress on a manual clock: exact values, no waiting.</summary>
public sealed class RenderClockTests : EmulatorTest
{
    private readonly ManualClock clock = new();

    protected override EmulatorOptions CreateOptions() => TestOptions.Fast(TimeSpan.FromSeconds(10), clock);

    [Fact]
    public async Task Progress_follows_the_clock_and_is_rounded_down_to_the_step()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token);

        Assert.Equal(0, await ProgressAsync(token, id));
        clock.Advance(TimeSpan.FromSeconds(3.5));
        Assert.Equal(30, await ProgressAsync(token, id));
        Assert.Equal(30, (await GetProjectAsync(token, id))["progress"]!.GetValue<int>());
        clock.Advance(TimeSpan.FromSeconds(6.4));
        Assert.Equal(90, await ProgressAsync(token, id));
        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(100, await ProgressAsync(token, id));
        Assert.Equal("exported", Server.State.FindProject(id)!.State);
    }

    private async Task<double> ProgressAsync(string token, string id) =>
        (await GetAsync($"editor/progress/{id}", token)).Data["progress"]!.GetValue<double>();
}
