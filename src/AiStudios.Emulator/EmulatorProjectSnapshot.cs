using System;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator;

/// <summary>A copy of one stored project at the time it was read, for assertions in tests.</summary>
/// <param name="Id">The project id (<c>_id</c>).</param>
/// <param name="AppId">The app whose token created it.</param>
/// <param name="Name">Its name.</param>
/// <param name="State"><c>draft</c>, <c>exporting</c>, <c>exported</c> or <c>failed</c>.</param>
/// <param name="Progress">Render progress 0..100 as <c>GET /editor/progress</c> reports it.</param>
/// <param name="BackendTaskId">The latest render's task id, or null before the first export.</param>
/// <param name="Resolution">The latest render's resolution, or null before the first export.</param>
/// <param name="WorkspaceId">The latest render's workspace, or null.</param>
/// <param name="WebhookUrl">The webhook of the latest render, or null (also when refused as not loopback).</param>
/// <param name="DownloadUrl">The absolute download URL once exported.</param>
/// <param name="Payload">The stored payload: the JSON the client sent (after any edits), unknown fields included.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record EmulatorProjectSnapshot(
    string Id,
    string AppId,
    string Name,
    string State,
    double Progress,
    string? BackendTaskId,
    string? Resolution,
    string? WorkspaceId,
    Uri? WebhookUrl,
    string? DownloadUrl,
    JsonObject Payload,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
