using System;

namespace AiStudios.Emulator.Rendering;

/// <summary>What an export request asked for: the fields shared by create, edit, export and simple video.</summary>
/// <param name="Resolution">One of <c>4k</c>, <c>1080</c>, <c>720</c>, <c>480</c>.</param>
/// <param name="WorkspaceId">The workspace, or null for the default.</param>
/// <param name="WebhookUrl">Where to POST progress, or null.</param>
internal sealed record ExportSettings(string Resolution, string? WorkspaceId, Uri? WebhookUrl)
{
    public const string DefaultResolution = "1080";

    public static readonly string[] Resolutions = ["4k", "1080", "720", "480"];
}
