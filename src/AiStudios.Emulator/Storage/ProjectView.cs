using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Storage;

/// <summary>Builds the JSON the endpoints answer with from a <see cref="StoredProject"/>.</summary>
internal static class ProjectView
{
    /// <summary>The fields the server writes over the payload, in the order they are added when the payload lacks them.</summary>
    private static readonly string[] ServerFields =
    [
        "name", "orientation", "_id", "userId", "templateId", "state", "thumbnailUrl", "baseInfoId", "dictionary",
        "backendTaskId", "exportType", "progress", "creditSubstracted", "createdAt", "updatedAt", "download_url",
    ];

    /// <summary>
    /// <c>GET /editor/project/{id}</c>: the stored payload as sent (so unknown fields round-trip), with the server's
    /// fields written over it, in place where the payload has them and after it where not. A client that re-posts a
    /// fetched project therefore sends these back; create ignores them and a new project gets fresh ones. Copied from
    /// the stored bytes value by value: no tree of the project is built.
    /// </summary>
    public static void WriteFull(Utf8JsonWriter writer, StoredProject project)
    {
        var payload = project.Payload.Utf8;
        var written = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(payload);
        reader.Read();
        writer.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (Array.IndexOf(ServerFields, name) >= 0)
            {
                written.Add(name);

                // "orientation" is only filled in when missing or null: a payload's own value is kept.
                if (name != "orientation" || payload[start] == (byte)'n')
                {
                    WriteServerField(writer, project, name);
                    continue;
                }
            }

            writer.WritePropertyName(name);
            writer.WriteRawValue(payload.AsSpan(start, (int)reader.BytesConsumed - start), skipInputValidation: true);
        }

        foreach (var field in ServerFields)
        {
            if (!written.Contains(field))
            {
                WriteServerField(writer, project, field);
            }
        }

        writer.WriteEndObject();
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

    private static void WriteServerField(Utf8JsonWriter writer, StoredProject project, string field)
    {
        writer.WritePropertyName(field);
        switch (field)
        {
            case "name": writer.WriteStringValue(project.Name); break;
            case "orientation": writer.WriteStringValue("landscape"); break;
            case "_id": writer.WriteStringValue(project.Id); break;
            case "userId": writer.WriteStringValue(project.AppId); break;
            case "state": writer.WriteStringValue(project.State); break;
            case "thumbnailUrl": WriteStringOrNull(writer, project.ThumbnailUrl); break;
            case "dictionary": writer.WriteStartObject(); writer.WriteEndObject(); break; // the reference: an object
            case "backendTaskId": WriteStringOrNull(writer, project.Job?.TaskId); break;
            case "exportType": WriteStringOrNull(writer, project.Job is null ? null : "video"); break;
            case "progress": writer.WriteNumberValue((int)Math.Floor(project.Progress)); break;
            case "creditSubstracted": writer.WriteBooleanValue(project.CreditSubtracted); break;
            case "createdAt": writer.WriteStringValue(Timestamp(project.CreatedAt)); break;
            case "updatedAt": writer.WriteStringValue(Timestamp(project.UpdatedAt)); break;
            case "download_url": WriteStringOrNull(writer, project.DownloadUrl); break;
            default: writer.WriteNullValue(); break; // templateId, baseInfoId
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
