using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;

namespace AiStudios.Client.Tests;

/// <summary>The happy path of every call, over loopback HTTP against the emulator.</summary>
public sealed class EndToEndTests : ClientTest
{
    [Fact]
    public async Task Create_wait_with_progress_and_download_yields_the_rendered_video()
    {
        var seen = new ConcurrentQueue<RenderProgress>();
        var progress = new SynchronousProgress<RenderProgress>(seen.Enqueue);

        RenderResult result = await Client.CreateAndRenderAsync(Projects.Seed(), FastWait(), progress);

        Assert.Equal(Emulator.RootAddress.Authority, result.DownloadUrl.Authority);
        Assert.NotEmpty(seen);
        Assert.Equal(100, seen.Last().Percent);
        Assert.True(seen.Select(p => p.Percent).SequenceEqual(seen.Select(p => p.Percent).Order()), "progress never goes back");
        Assert.True(seen.Count >= 2, $"progress was reported along the way, not only at the end ({seen.Count} reports)");

        using var video = new MemoryStream();
        long bytes = await result.DownloadToAsync(video);
        Assert.Equal(video.Length, bytes);
        Assert.Equal(4096, bytes);
        Assert.Equal("ftyp", Encoding.ASCII.GetString(video.ToArray(), 4, 4));
        Assert.Contains(result.ProjectId, Encoding.ASCII.GetString(video.ToArray()));

        Assert.Equal(1, Emulator.State.TokenRequests);
        Assert.Equal(1, Emulator.State.ProjectsCreated);
    }

    [Fact]
    public async Task Download_to_file_saves_the_video_and_creates_the_folder()
    {
        RenderResult result = await Client.CreateAndRenderAsync(Projects.Hello(), FastWait());
        string folder = Path.Combine(Path.GetTempPath(), "aistudios-client-tests", Guid.NewGuid().ToString("N"));
        string path = Path.Combine(folder, "nested", "hello.mp4");
        try
        {
            long bytes = await result.DownloadToFileAsync(path);

            Assert.Equal(bytes, new FileInfo(path).Length);
            Assert.Equal("ftyp", Encoding.ASCII.GetString(File.ReadAllBytes(path), 4, 4));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_failed_download_deletes_the_partial_file()
    {
        string path = Path.Combine(Path.GetTempPath(), "aistudios-client-tests", Guid.NewGuid().ToString("N") + ".mp4");
        var missing = new Uri(Emulator.RootAddress, "files/no-such-project.mp4");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.DownloadToFileAsync(missing, path));

        Assert.Equal(404, error.Status);
        Assert.Equal("NOT_FOUND", error.ErrorCode);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_failed_cancelled_or_refused_download_leaves_an_existing_file_untouched_and_no_temporary_file()
    {
        string folder = Path.Combine(Path.GetTempPath(), "aistudios-client-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "keep.mp4");
        File.WriteAllText(path, "the previous video");
        try
        {
            var missing = new Uri(Emulator.RootAddress, "files/no-such-project.mp4");
            var notFound = await Assert.ThrowsAsync<AiStudiosException>(() => Client.DownloadToFileAsync(missing, path));
            Assert.Equal(404, notFound.Status);
            Assert.Equal("the previous video", File.ReadAllText(path));

            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.DownloadToFileAsync(missing, path, cancelled.Token));
            Assert.Equal("the previous video", File.ReadAllText(path));

            var disposed = NewClient();
            disposed.Dispose();
            await Assert.ThrowsAsync<ObjectDisposedException>(() => disposed.DownloadToFileAsync(missing, path));
            Assert.Equal("the previous video", File.ReadAllText(path));

            RenderResult result = await Client.CreateAndRenderAsync(Projects.Hello(), FastWait());
            long bytes = await result.DownloadToFileAsync(path);
            Assert.Equal(bytes, new FileInfo(path).Length);
            Assert.Equal(new[] { path }, Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Get_returns_the_generated_project_with_the_server_fields_typed_and_round_tripping()
    {
        Project sent = Projects.Seed();
        CreatedProject created = await Client.CreateProjectAsync(sent);
        await Client.WaitForRenderAsync(created.ProjectId, FastWait());

        FetchedProject fetched = await Client.GetProjectAsync(created.ProjectId);

        Assert.Equal(created.ProjectId, fetched.Id);
        Assert.Equal("exported", fetched.State);
        Assert.Equal(100, fetched.Progress);
        Assert.NotNull(fetched.DownloadUrl);
        Assert.Equal(true, fetched.CreditSubtracted);
        Assert.NotNull(fetched.CreatedAt);
        Assert.NotNull(fetched.BackendTaskId);
        Assert.Equal(sent.Name, fetched.Project.Name);
        Assert.Equal(sent.Scenes.Count, fetched.Project.Scenes.Count);

        // The server's fields live on in AdditionalProperties, so the fetched JSON round-trips whole.
        Assert.True(fetched.Project.AdditionalProperties.ContainsKey("_id"));
        Assert.True(fetched.Project.AdditionalProperties.ContainsKey("download_url"));
        var stored = Emulator.State.FindProject(created.ProjectId)!;
        Assert.Equal(stored.Payload["scenes"]!.ToJsonString(), System.Text.Json.Nodes.JsonNode.Parse(fetched.Project.ToJson())!["scenes"]!.ToJsonString());

        // ToNewProject drops them again, for the fetch-change-create workflow.
        Project copy = fetched.ToNewProject();
        Assert.False(copy.AdditionalProperties.ContainsKey("_id"));
        Assert.False(copy.AdditionalProperties.ContainsKey("state"));
        CreatedProject again = await Client.CreateProjectAsync(copy);
        Assert.NotEqual(created.ProjectId, again.ProjectId);
    }

    [Fact]
    public async Task List_delete_edit_export_simple_video_models_and_workspaces_all_work()
    {
        // A draft is not listed; an exported project is.
        Project draft = Projects.Hello();
        draft.IsExport = false;
        CreatedProject drafted = await Client.CreateProjectAsync(draft);
        Assert.False(drafted.RenderStarted);
        Assert.Equal(0, Emulator.State.ExportsStarted);

        CreatedProject exported = await Client.ExportProjectAsync(drafted.ProjectId, new ExportOptions { Resolution = Resolution.Hd720 });
        Assert.Equal(drafted.ProjectId, exported.ProjectId);
        RenderResult render = await Client.WaitForRenderAsync(drafted.ProjectId, FastWait());
        Assert.Equal("720", Emulator.State.FindProject(drafted.ProjectId)!.Resolution);

        var listed = await Client.ListProjectsAsync();
        var entry = Assert.Single(listed);
        Assert.Equal(drafted.ProjectId, entry.Id);
        Assert.True(entry.IsExported);
        Assert.Equal(render.DownloadUrl, entry.DownloadUrl);

        // Edit without export changes the stored project only; edit-and-export renders it again.
        await Client.EditProjectAsync(drafted.ProjectId, [ProjectUpdate.Background(0).Set("source_color", "rgb(1,2,3)")]);
        Assert.Equal("rgb(1,2,3)", Emulator.State.FindProject(drafted.ProjectId)!.Payload["scenes"]![0]!["background"]!["source_color"]!.GetValue<string>());
        Assert.Equal(1, Emulator.State.ExportsStarted);
        await Client.EditAndExportProjectAsync(drafted.ProjectId, [new ProjectUpdate(0, "aiModel").Set("top", 10.5)]);
        Assert.Equal(2, Emulator.State.ExportsStarted);
        await Client.WaitForRenderAsync(drafted.ProjectId, FastWait());

        var models = await Client.GetAvatarModelsAsync();
        var avatar = Assert.Single(models, m => m.Id == "M000045058");
        Assert.NotEmpty(avatar.Clothes);
        Assert.NotNull(avatar.Label?.En);

        var workspaces = await Client.GetWorkspacesAsync();
        Assert.Equal("emulator-workspace", Assert.Single(workspaces).Id);

        var clothes = avatar.Clothes[0].Id;
        CreatedProject simple = await Client.CreateSimpleVideoAsync(new SimpleVideoRequest("en", "Hi there", avatar.Id, clothes) { IsExport = true });
        Assert.True(simple.RenderStarted);
        await Client.WaitForRenderAsync(simple.ProjectId, FastWait());
        Assert.Equal(1, Emulator.State.SimpleVideosCreated);

        Assert.True(await Client.IsAuthenticatedAsync());

        int deleted = await Client.DeleteProjectsAsync([drafted.ProjectId, simple.ProjectId, "no-such-id"]);
        Assert.Equal(2, deleted);
        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.GetProjectAsync(drafted.ProjectId));
        Assert.Equal(404, error.Status);
        Assert.Equal("NOT_FOUND", error.ErrorCode);
        Assert.Equal("GET /editor/project/" + drafted.ProjectId, error.Endpoint);

        Assert.Equal(1, Emulator.State.TokenRequests);
    }

    [Fact]
    public async Task A_bare_host_gets_the_api_path_appended()
    {
        using var client = NewClient(o => o.BaseAddress = Emulator.RootAddress);

        Assert.Equal(Emulator.BaseAddress, client.BaseAddress);
        Assert.True(await client.IsAuthenticatedAsync());
    }

    [Fact]
    public async Task Wait_by_project_id_works_for_a_render_started_elsewhere()
    {
        CreatedProject created = await Client.CreateProjectAsync(Projects.Hello());
        using var other = NewClient();

        RenderOperation operation = other.GetRenderOperation(created.ProjectId);
        RenderResult result = await operation.WaitForCompletionAsync(FastWait());

        Assert.True(operation.HasCompleted);
        Assert.Equal(created.ProjectId, result.ProjectId);
        Assert.Equal(100, operation.LastProgress!.Percent);
    }
}

/// <summary>An <see cref="IProgress{T}"/> that reports inline, so a test sees every report before the wait returns.</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
