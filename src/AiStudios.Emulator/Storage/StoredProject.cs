using System;
using AiStudios.Emulator.Rendering;

namespace AiStudios.Emulator.Storage;

/// <summary>
/// One project in memory. <see cref="Payload"/> is the JSON exactly as the client sent it, so fields no table
/// documents survive a create/fetch round trip. Mutable, and only touched under <see cref="ProjectStore"/>'s lock.
/// </summary>
internal sealed class StoredProject(string id, string appId, StoredPayload payload, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string AppId { get; } = appId;

    /// <summary>Replaced through <see cref="ProjectStore.TryReplacePayload"/>, which keeps the store's byte count.</summary>
    public StoredPayload Payload { get; set; } = payload;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public string State { get; set; } = ProjectStates.Draft;

    /// <summary>Render progress, 0 to 100, already rounded to the configured step.</summary>
    public double Progress { get; set; }

    /// <summary>The latest render; null until the first export.</summary>
    public RenderJob? Job { get; set; }

    public string? DownloadUrl { get; set; }

    public string? ThumbnailUrl { get; set; }

    public bool CreditSubtracted { get; set; }

    public string Name => Payload.Name;

    /// <summary>Whether the project was ever exported, which is what <c>GET /editor/project</c> lists.</summary>
    public bool HasExport => Job is not null;
}
