using System;
using System.Collections.Generic;
using System.Linq;
using AiStudios.Emulator.Rendering;
using AiStudios.Emulator.Webhooks;

namespace AiStudios.Emulator.Storage;

/// <summary>
/// The in-memory projects, scoped per app (a token only sees its own app's projects). One lock guards everything:
/// the emulator serves tests, not traffic, and a single lock keeps render state and reads trivially consistent.
/// Every read first brings the project's render up to the current time. The store is bounded: at most
/// <see cref="EmulatorOptions.MaxStoredProjects"/> projects whose payloads weigh at most
/// <see cref="EmulatorOptions.MaxStoredBytes"/> together; past that, adding is refused (never a silent eviction).
/// </summary>
internal sealed class ProjectStore(RenderSimulator renderer, EmulatorOptions options)
{
    private readonly object gate = new();
    private readonly Dictionary<string, StoredProject> projects = new(StringComparer.Ordinal);
    private readonly TimeProvider time = options.TimeProvider;
    private long storedBytes;

    /// <summary>Why a project of <paramref name="bytes"/> would not fit now, or null (a later add checks again).</summary>
    public string? Refusal(long bytes)
    {
        lock (gate)
        {
            return RefuseCount() ?? RefuseBytes(bytes);
        }
    }

    /// <summary>Adds a project, or says why the store is full.</summary>
    public bool TryAdd(string appId, StoredPayload payload, Action<StoredProject>? initialize, out StoredProject? added, out string? refusal)
    {
        lock (gate)
        {
            added = null;
            refusal = RefuseCount() ?? RefuseBytes(payload.Length);
            if (refusal is not null)
            {
                return false;
            }

            var now = time.GetUtcNow();
            var project = new StoredProject(ProjectIds.New(now), appId, payload, now);
            initialize?.Invoke(project);
            projects.Add(project.Id, project);
            storedBytes += payload.Length;
            added = project;
            return true;
        }
    }

    /// <summary>Replaces a project's payload (inside <see cref="TryUpdate{T}"/>), or says why it does not fit.</summary>
    public bool TryReplacePayload(StoredProject project, StoredPayload payload, out string? refusal)
    {
        lock (gate)
        {
            refusal = RefuseBytes(payload.Length - project.Payload.Length);
            if (refusal is not null)
            {
                return false;
            }

            storedBytes += payload.Length - project.Payload.Length;
            project.Payload = payload;
            return true;
        }
    }

    // Called under the lock.
    private string? RefuseCount() =>
        projects.Count >= options.MaxStoredProjects
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The emulator's store is full: it holds {projects.Count:N0} projects, its limit (EmulatorOptions.MaxStoredProjects, Emulator:MaxStoredProjects). Delete projects (DELETE /editor/project) or raise the limit.")
            : null;

    // Called under the lock.
    private string? RefuseBytes(long added) =>
        added > 0 && storedBytes + added > options.MaxStoredBytes
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The emulator's store is full: its projects take {storedBytes:N0} bytes, and {added:N0} more would pass its limit of {options.MaxStoredBytes:N0} (EmulatorOptions.MaxStoredBytes, Emulator:MaxStoredBytes). Delete projects (DELETE /editor/project) or raise the limit.")
            : null;

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
                if (TryFind(appId, id, out var project) && projects.Remove(id))
                {
                    storedBytes -= project.Payload.Length;
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
