using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Avatars;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Emulator;

namespace AiStudios.Client.Tests;

/// <summary>
/// Avatars of the account: an id no compiled catalog knows is looked up in the account before the project is sent;
/// the account's ids pass, the others are refused with the closest ids named, before anything billable is sent.
/// </summary>
public sealed class AccountAvatarTests : ClientTest
{
    [Fact]
    public async Task A_project_with_an_avatar_only_the_account_has_is_sent_and_rendered()
    {
        Assert.False(AvatarCatalog.Default.TryGet("M000320746", out _));

        RenderResult result = await Client.CreateAndRenderAsync(WithAvatar("M000320746", "BG00007030"), FastWait());

        var clip = Emulator.State.FindProject(result.ProjectId)!.Payload["scenes"]![0]!["clips"]![0]!;
        Assert.Equal("M000320746", clip["model"]!["ai_name"]!.GetValue<string>());
        Assert.Equal(1, Emulator.State.RequestCount("GET", "/dropdown/models"));
        Assert.Contains(Log.Lines, line => line.Contains("AIS0011", StringComparison.Ordinal) && line.StartsWith("Warning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_id_the_account_lacks_is_refused_before_sending_with_the_closest_ids_named()
    {
        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateAndRenderAsync(WithAvatar("M000320764", "BG00007030"), FastWait()));

        Assert.Equal(AiStudiosErrorCodes.UnknownAvatar, error.ErrorCode);
        Assert.Equal("POST /editor/project", error.Endpoint);
        Assert.False(error.IsOutcomeUnknown);
        Assert.Contains("avatar 'M000320764'", error.Message, StringComparison.Ordinal);
        Assert.Contains("scenes[0].clips[0].model.ai_name", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'M000320746'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("closest first: M000320746, ", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Emulator.State.RequestCount("POST", "/editor/project"));
        Assert.Empty(Emulator.State.Projects);
    }

    [Fact]
    public async Task Several_missing_ids_are_listed_one_per_line()
    {
        Project project = WithAvatar("M000000001", "BG1");
        var second = (AvatarClip)Project.FromJson(WithAvatar("M000371071", "BG00010101").ToJson()).Scenes[0].Clips[0];
        second.Id = "second";
        second.Layer = 9;
        project.Scenes[0].Clips.Add(second);

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(project));

        Assert.Equal(2, error.Details.Count);
        Assert.Contains("Did you mean 'M000371017'?", error.Details[1], StringComparison.Ordinal);
        Assert.Contains("scenes[0].clips[1]", error.Details[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_the_compiled_catalogs_know_costs_no_lookup()
    {
        await Client.CreateProjectAsync(Projects.Hello());

        Assert.Equal(0, Emulator.State.RequestCount("GET", "/dropdown/models"));
    }

    [Fact]
    public async Task Concurrent_creates_share_one_lookup_and_later_ones_use_the_cached_list()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Client.CreateProjectAsync(WithAvatar("M000371017", "BG00010101", isExport: false))));
        await Client.CreateProjectAsync(WithAvatar("M000900001", "BG00900001", isExport: false));

        Assert.Equal(1, Emulator.State.RequestCount("GET", "/dropdown/models"));
        Assert.Equal(21, Emulator.State.ProjectsCreated);
    }

    [Fact]
    public async Task Other_validation_errors_still_refuse_without_any_request()
    {
        Project project = WithAvatar("M000320746", "BG00007030");
        project.Scenes[0].Clips[0].Opacity = 0;

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(project));

        Assert.Equal(AiStudiosErrorCodes.InvalidProject, error.ErrorCode);
        Assert.Equal(0, Emulator.State.TotalRequests);
    }

    [Fact]
    public async Task When_the_account_cannot_be_listed_the_project_is_sent_with_a_warning()
    {
        Emulator.Faults.Enqueue("/dropdown/models", "500", count: 10, method: "GET");

        CreatedProject created = await Client.CreateProjectAsync(WithAvatar("M000320746", "BG00007030", isExport: false));

        Assert.NotNull(Emulator.State.FindProject(created.ProjectId));
        Assert.Contains(Log.Lines, line => line.Contains("AccountAvatarsUnavailable", StringComparison.Ordinal) && line.Contains("M000320746", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Clothes_no_catalog_lists_that_the_accounts_avatar_lacks_are_refused_with_its_closest_clothes()
    {
        // The catalog lists M000045058 in BG00002320 only; the emulator's account has it in BG00002320 only too.
        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(WithAvatar("M000045058", "BG00002321", isExport: false)));

        Assert.Equal(AiStudiosErrorCodes.UnknownAvatar, error.ErrorCode);
        Assert.Contains("The project was not sent: scenes[0].clips[0].model.emotion: clothes 'BG00002321' of avatar 'M000045058' are in no avatar catalog of this build and not among the account's clothes of that avatar. Did you mean 'BG00002320'? Its clothes in the account, closest first: BG00002320.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Emulator.State.RequestCount("POST", "/editor/project"));
        Assert.Equal(1, Emulator.State.RequestCount("GET", "/model"));
    }

    [Fact]
    public async Task Clothes_of_an_avatar_only_the_account_has_are_checked_too()
    {
        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateProjectAsync(WithAvatar("M000320746", "BG00007032", isExport: false)));
        CreatedProject created = await Client.CreateProjectAsync(WithAvatar("M000320746", "BG00007031", isExport: false));

        Assert.Contains("clothes 'BG00007032' of avatar 'M000320746'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Its clothes in the account, closest first: BG00007030, BG00007031.", error.Message, StringComparison.Ordinal);
        Assert.NotNull(Emulator.State.FindProject(created.ProjectId));
    }

    [Fact]
    public async Task When_the_legacy_model_list_fails_clothes_are_sent_unchecked_with_a_warning()
    {
        Emulator.Faults.Enqueue("/model", "500", count: 10, method: "GET");

        CreatedProject created = await Client.CreateProjectAsync(WithAvatar("M000045058", "BG00002321", isExport: false));

        Assert.NotNull(Emulator.State.FindProject(created.ProjectId));
        Assert.Contains(Log.Lines, line => line.Contains("AccountClothesUnavailable", StringComparison.Ordinal));
        Assert.Contains(Log.Lines, line => line.Contains("AIS0012", StringComparison.Ordinal) && line.StartsWith("Warning", StringComparison.Ordinal));
    }

    internal static Project WithAvatar(string avatarId, string clothesId, bool isExport = true)
    {
        Project project = Projects.Seed();
        var avatar = (AvatarClip)project.Scenes[0].Clips[0];
        avatar.Model.AvatarId = avatarId;
        avatar.Model.ClothesId = clothesId;
        project.IsExport = isExport ? null : false;
        return project;
    }
}

/// <summary>An account whose avatar of the compiled catalog has clothes the catalog does not list.</summary>
public sealed class AccountClothesTests : ClientTest
{
    protected override EmulatorOptions CreateEmulatorOptions()
    {
        EmulatorOptions options = base.CreateEmulatorOptions();
        options.Avatars = new List<EmulatorAvatar>
        {
            new("M000045058", "Avatar M000045058", EmulatorAvatar.Stock, new EmulatorClothes[] { new("BG00002320", "Outfit"), new("BG00005555", "Another outfit") }),
        };
        return options;
    }

    [Fact]
    public async Task A_listed_avatar_in_clothes_only_the_account_lists_is_built_sent_and_rendered()
    {
        Project project = Video.Landscape().Scene(s => s.Avatar("M000045058", "BG00005555").Script("Hello")).Build();

        RenderResult result = await Client.CreateAndRenderAsync(project, FastWait());

        var clip = Emulator.State.FindProject(result.ProjectId)!.Payload["scenes"]![0]!["clips"]![0]!;
        Assert.Equal("BG00005555", clip["model"]!["emotion"]!.GetValue<string>());
        Assert.Contains(Log.Lines, line => line.Contains("AIS0012", StringComparison.Ordinal) && line.StartsWith("Warning", StringComparison.Ordinal));
    }
}

/// <summary>The account lookup against a stub service: the <c>GET /model</c> fallback.</summary>
public sealed class AccountAvatarFallbackTests
{
    [Fact]
    public async Task Where_the_service_lacks_dropdown_models_the_legacy_model_list_decides()
    {
        var handler = StubHandler.Answering(request =>
        {
            string path = request.RequestUri!.AbsolutePath;
            return StubHandler.IsTokenRequest(request) ? StubHandler.TokenAnswer()
                : path.EndsWith("/dropdown/models", StringComparison.Ordinal) ? StubHandler.Json(HttpStatusCode.NotFound, "{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"msg\":\"no\"}}")
                : path.EndsWith("/model", StringComparison.Ordinal) ? StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"models\":[{\"id\":\"M000777777\",\"clothes\":[]}]}}")
                : StubHandler.Json(HttpStatusCode.OK, "{\"success\":true,\"data\":{\"projectId\":\"0123456789abcdef01234567\"}}");
        });
        using var client = handler.CreateClient();

        CreatedProject created = await client.CreateProjectAsync(AccountAvatarTests.WithAvatar("M000777777", "BG1", isExport: false));
        var refused = await Assert.ThrowsAsync<AiStudiosException>(() => client.CreateProjectAsync(AccountAvatarTests.WithAvatar("M000777778", "BG1", isExport: false)));

        Assert.Equal("0123456789abcdef01234567", created.ProjectId);
        Assert.Equal(AiStudiosErrorCodes.UnknownAvatar, refused.ErrorCode);
        Assert.Contains("Did you mean 'M000777777'?", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cache_fetches_once_for_concurrent_callers_keeps_no_failure_and_refetches_when_asked()
    {
        // Each fetch waits for its gate, so the test decides when it ends: no thread may finish a fetch before a caller
        // has been seen waiting for it (a fetch already done is handed even to a cancelled caller).
        int fetches = 0;
        var gates = new ConcurrentDictionary<int, TaskCompletionSource<bool>>();
        TaskCompletionSource<bool> Gate(int call) => gates.GetOrAdd(call, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        var cache = new AccountAvatarCache(
            async _ =>
            {
                int call = Interlocked.Increment(ref fetches);
                await Gate(call).Task;
                return call == 2 ? throw new AiStudiosException(503, "down") : new AccountAvatarList(new[] { "A" + call });
            },
            CancellationToken.None);
        Gate(2).SetResult(true);
        Gate(3).SetResult(true);

        var first = Enumerable.Range(0, 10).Select(_ => cache.GetAsync(null, CancellationToken.None)).ToList();
        Gate(1).SetResult(true);
        var snapshots = await Task.WhenAll(first);

        Assert.Equal(1, fetches);
        Assert.All(snapshots, s => Assert.True(s.Contains("A1")));
        Assert.Same(snapshots[0], await cache.GetAsync(null, CancellationToken.None));
        await Assert.ThrowsAsync<AiStudiosException>(() => cache.GetAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.True((await cache.GetAsync(null, CancellationToken.None)).Contains("A3"));
        Assert.Equal(3, fetches);

        // A caller cancelled before it asks is told so at once, whatever the cache holds, and starts no fetch.
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cache.GetAsync(TimeSpan.Zero, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cache.GetAsync(null, cancelled.Token));
        Assert.Equal(3, fetches);

        // A caller that gives up while the fetch runs stops waiting; the fetch goes on for the others.
        using var givingUp = new CancellationTokenSource();
        Task<AccountAvatarCache.Snapshot> waiting = cache.GetAsync(TimeSpan.Zero, givingUp.Token);
        Task<AccountAvatarCache.Snapshot> other = cache.GetAsync(TimeSpan.Zero, CancellationToken.None);
        givingUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.False(other.IsCompleted);
        Gate(4).SetResult(true);
        Assert.True((await other).Contains("A4"));
        Assert.True((await cache.GetAsync(null, CancellationToken.None)).Contains("A4"));
        Assert.Equal(4, fetches);
    }
}
