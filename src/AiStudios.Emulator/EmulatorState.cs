using System;
using System.Collections.Generic;
using System.Linq;
using AiStudios.Emulator.Hosting;
using AiStudios.Emulator.Storage;

namespace AiStudios.Emulator;

/// <summary>
/// What a running emulator has seen and holds: counters and projects, for tests to assert on (how many tokens a
/// client requested, whether it retried, what it created). Every member is a live, thread-safe read.
/// </summary>
public sealed class EmulatorState
{
    private readonly Counters counters;
    private readonly ProjectStore store;
    private readonly CreateCounter creates;

    internal EmulatorState(Counters counters, ProjectStore store, CreateCounter creates)
    {
        this.counters = counters;
        this.store = store;
        this.creates = creates;
    }

    /// <summary>Every HTTP request received, faulted or not.</summary>
    public int TotalRequests => counters.TotalRequests;

    /// <summary><c>POST /auth/token</c> requests received, including refused and faulted ones.</summary>
    public int TokenRequests => counters.TokenRequests;

    /// <summary>Tokens actually issued.</summary>
    public int TokensIssued => counters.TokensIssued;

    /// <summary>Projects created by <c>POST /editor/project</c> (valid bodies only).</summary>
    public int ProjectsCreated => counters.ProjectsCreated;

    /// <summary>Projects created by <c>POST /simple/video</c>.</summary>
    public int SimpleVideosCreated => counters.SimpleVideosCreated;

    /// <summary>Projects created by <c>POST /simple/custom</c>.</summary>
    public int CustomVideosCreated => counters.CustomVideosCreated;

    /// <summary>Audio files made by <c>POST /simple/audio</c>.</summary>
    public int AudiosCreated => counters.AudiosCreated;

    /// <summary>Renders started (by create, edit, export, modify, simple video or custom video).</summary>
    public int ExportsStarted => counters.ExportsStarted;

    /// <summary>Webhook calls answered with a 2xx status.</summary>
    public int WebhooksSent => counters.WebhooksSent;

    /// <summary>Webhook calls that failed (error status, timeout, connection refused).</summary>
    public int WebhooksFailed => counters.WebhooksFailed;

    /// <summary>Renders whose webhook URL was not loopback, so the emulator never called it.</summary>
    public int WebhooksRefused => counters.WebhooksRefused;

    /// <summary>
    /// Requests per endpoint, keyed <c>"METHOD /route"</c> with the route as mapped and relative to
    /// <c>/api/odin/v3</c>, e.g. <c>"GET /editor/progress/{projectId}"</c>, <c>"GET /files/{file}"</c>;
    /// requests that matched no route count under <c>"METHOD (unmatched)"</c>.
    /// </summary>
    public IReadOnlyDictionary<string, int> RequestsByEndpoint => counters.RequestsByEndpoint;

    /// <summary>All projects of every app, oldest first.</summary>
    public IReadOnlyList<EmulatorProjectSnapshot> Projects => store.ReadAll(null, Snapshot);

    /// <summary>Requests received by one endpoint.</summary>
    /// <param name="method">The HTTP method, e.g. <c>POST</c>.</param>
    /// <param name="route">The route relative to <c>/api/odin/v3</c>, as mapped: <c>/editor/project/{id}</c>.</param>
    /// <returns>The count; 0 when none came.</returns>
    public int RequestCount(string method, string route) =>
        counters.RequestCount($"{method.ToUpperInvariant()} {route}");

    /// <summary>One project, or null when it does not exist (or was deleted).</summary>
    /// <param name="projectId">The project id.</param>
    /// <returns>A snapshot of it.</returns>
    public EmulatorProjectSnapshot? FindProject(string projectId) =>
        store.TryRead(null, projectId, Snapshot, out var snapshot) ? snapshot : null;

    /// <summary>
    /// Projects created by <c>POST /editor/project</c>, counted by name (deleted ones included): totals, distinct names
    /// and names created more than once. The same numbers as <c>GET /emulator/admin/counts</c>.
    /// </summary>
    /// <param name="nameContains">Only names containing this text (a batch's marker prefix, <c>[b:k3f9a2qd:</c>); null for all.</param>
    /// <param name="maxDuplicatesListed">How many duplicated names to list at most.</param>
    /// <returns>The counts.</returns>
    public CreateCounts CreateCounts(string? nameContains = null, int maxDuplicatesListed = 100) => creates.Read(nameContains, maxDuplicatesListed);

    /// <summary>Sets every counter back to 0 (the creates by name too); projects stay.</summary>
    public void ResetCounters()
    {
        counters.Reset();
        creates.Reset();
    }

    private static EmulatorProjectSnapshot Snapshot(StoredProject project) => new(
        project.Id,
        project.AppId,
        project.Name,
        project.State,
        project.Progress,
        project.Job?.TaskId,
        project.Job?.Settings.Resolution,
        project.Job?.Settings.WorkspaceId,
        project.Job?.WebhookUrl,
        project.DownloadUrl,
        project.Payload.ToNode(),
        project.CreatedAt,
        project.UpdatedAt);
}
