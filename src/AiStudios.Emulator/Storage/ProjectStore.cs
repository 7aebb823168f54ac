using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AiStudios.Emulator.Rendering;
using AiStudios.Emulator.Webhooks;

namespace AiStudios.Emulator.Storage;

/// <summary>
/// The in-memory projects, scoped per app (a token only sees its own app's projects). One lock guards everything:
/// the emulator serves tests, not traffic, and a single lock keeps render state and reads trivially consistent.
/// Every read first brings the project's render up to the current time.
/// </summary>
internal sealed class ProjectStore(RenderSimulator renderer, EmulatorOptions options)
{
    private readonly object gate = new();
    private readonly Dictionary<string, StoredProject> projects = new(StringComparer.Ordinal);
    private readonly TimeProvider time = options.TimeProvider;

    public StoredProject Add(string appId, JsonObject payload, Action<StoredProject>? initialize = null)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var project = new StoredProject(ProjectIds.New(now), appId, payload, now);
            initialize?.Invoke(project);
            projects.Add(project.Id, project);
            return project;
        }
    }

    /// <summary>Runs <paramref name="read"/> on the caller's project, up to date; false when it does not exist.</summary>
    public bool TryRead<T>(string? appId, string id, Func<StoredProject, T> read, out T result)
    {
        lock (gate)
        {
            result = default!;
            if (!TryFind(appId, id, out var project))
            {
                return false;
            }

            renderer.Advance(project, time.GetUtcNow());
            result = read(project);
            return true;
        }
    }

    /// <summary>Like <see cref="TryRead{T}"/>, but the callback may change the project (and receives the time).</summary>
    public bool TryUpdate<T>(string appId, string id, Func<StoredProject, DateTimeOffset, T> update, out T result) =>
        TryRead(appId, id, project => update(project, time.GetUtcNow()), out result);

    /// <summary>Every project of <paramref name="appId"/> (of every app when null), oldest first.</summary>
    public List<T> ReadAll<T>(string? appId, Func<StoredProject, T> read)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var result = new List<T>();
            foreach (var project in projects.Values.Where(p => appId is null || p.AppId == appId).OrderBy(p => p.CreatedAt))
            {
                renderer.Advance(project, now);
                result.Add(read(project));
            }

            return result;
        }
    }

    /// <summary>Deletes the caller's projects among <paramref name="ids"/>; unknown and foreign ids are skipped.</summary>
    public int Delete(string appId, IEnumerable<string> ids)
    {
        lock (gate)
        {
            var deleted = 0;
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (TryFind(appId, id, out _) && projects.Remove(id))
                {
                    deleted++;
                }
            }

            return deleted;
        }
    }

    /// <summary>Advances every running render and returns the webhooks that became due.</summary>
    public List<WebhookNotice> AdvanceAll()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var notices = new List<WebhookNotice>();
            foreach (var project in projects.Values)
            {
                renderer.Advance(project, now);
                if (renderer.TakeNotice(project) is { } notice)
                {
                    notices.Add(notice);
                }
            }

            return notices;
        }
    }

    private bool TryFind(string? appId, string id, out StoredProject project)
    {
        if (projects.TryGetValue(id, out project!) && (appId is null || project.AppId == appId))
        {
            return true;
        }

        project = null!;
        return false;
    }
}
