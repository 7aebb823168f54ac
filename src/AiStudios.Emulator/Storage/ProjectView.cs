using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Storage;

/// <summary>Builds the JSON the endpoints answer with from a <see cref="StoredProject"/>.</summary>
internal static class ProjectView
{
    /// <summary>
    /// <c>GET /editor/project/{id}</c>: the stored payload as sent (so unknown fields round-trip), with the server's
    /// fields written over it. A client that re-posts a fetched project therefore sends these back; create ignores
    /// them and a new project gets fresh ones.
    /// </summary>
    public static JsonObject Full(StoredProject project)
    {
        var view = (JsonObject)project.Payload.DeepClone();
        view["name"] = project.Name;
        if (view["orientation"] is null)
        {
            view["orientation"] = "landscape";
        }

        view["_id"] = project.Id;
        view["userId"] = project.AppId;
        view["templateId"] = null;
        view["state"] = project.State;
        view["thumbnailUrl"] = project.ThumbnailUrl;
        view["baseInfoId"] = null;
        view["dictionary"] = new JsonArray();
        view["backendTaskId"] = project.Job?.TaskId;
        view["exportType"] = project.Job is null ? null : "video";
        view["progress"] = (int)Math.Floor(project.Progress);
        view["creditSubstracted"] = project.CreditSubtracted;
        view["createdAt"] = Timestamp(project.CreatedAt);
        view["updatedAt"] = Timestamp(project.UpdatedAt);
        view["download_url"] = project.DownloadUrl;
        return view;
    }

    /// <summary>One entry of <c>GET /editor/project</c>.</summary>
    public static JsonObject ListItem(StoredProject project) => new()
    {
        ["id"] = project.Id,
        ["name"] = project.Name,
        ["state"] = project.State,
        ["progress"] = (int)Math.Floor(project.Progress),
        ["download_url"] = project.DownloadUrl,
        ["createdAt"] = Timestamp(project.CreatedAt),
        ["updatedAt"] = Timestamp(project.UpdatedAt),
    };

    /// <summary>ISO 8601 in UTC with milliseconds, as JavaScript's <c>Date.toISOString()</c> writes it.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
