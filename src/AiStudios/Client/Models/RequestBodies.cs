using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiStudios.Client.Models
{
    /// <summary>Writes the small request bodies the client sends besides the project itself.</summary>
    internal static class RequestBodies
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static byte[] Token(string appId, string userKey) => Write(writer =>
        {
            writer.WriteString("appId", appId);
            writer.WriteString("userKey", userKey);
        });

        public static byte[] Delete(IReadOnlyList<string> ids) => Write(writer =>
        {
            writer.WriteStartArray("ids");
            foreach (string id in ids)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        });

        public static byte[] Export(string projectId, ExportOptions? options) => Write(writer =>
        {
            writer.WriteString("projectId", projectId);
            WriteExport(writer, options);
        });

        public static byte[] Edit(IReadOnlyList<ProjectUpdate> updates, bool isExport, ExportOptions? options) => Write(writer =>
        {
            writer.WriteStartObject("updates");
            writer.WriteStartArray("value");
            foreach (ProjectUpdate update in updates)
            {
                update.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteBoolean("isExport", isExport);
            WriteExport(writer, options);
        });

        public static byte[] SimpleVideo(SimpleVideoRequest request) => Write(writer =>
        {
            writer.WriteString("language", request.Language);
            writer.WriteString("text", request.Text);
            writer.WriteString("model", request.Model);
            writer.WriteString("clothes", request.Clothes);

            // Sent always: the defaults of the calls differ, and 1.4.x rendered every simple video.
            writer.WriteBoolean("isExport", request.IsExport ?? false);
            WriteExport(writer, request.Export);
        });

        public static byte[] SimpleCustom(CustomVideoRequest request) => Write(writer =>
        {
            writer.WriteString("language", request.Language);
            writer.WriteString("text", request.Text);
            writer.WriteString("model", request.Model);
            writer.WriteBoolean("isExport", request.IsExport ?? true);
            WriteExport(writer, request.Export);
        });

        public static byte[] SimpleAudio(SimpleAudioRequest request) => Write(writer =>
        {
            writer.WriteString("language", request.Language);
            writer.WriteString("text", request.Text);
            writer.WriteString("model", request.Model);
        });

        /// <summary>The table's field names in the body (see <see cref="TemplateProjectOptions"/>; the samples' go in the query).</summary>
        public static byte[] TemplateProject(TemplateProjectOptions? options) => Write(writer =>
        {
            WriteIfSet(writer, "aiName", options?.AvatarId);
            WriteIfSet(writer, "clothId", options?.ClothesId);
            WriteIfSet(writer, "name", options?.Name);
            WriteIfSet(writer, "workspaceId", options?.WorkspaceId);
        });

        /// <summary>The samples' field names as a query string (<c>model</c>, <c>clothes</c>, <c>name</c>), or null when none is set.</summary>
        public static string? TemplateProjectQuery(TemplateProjectOptions? options)
        {
            var parts = new List<string>(3);
            AddQuery(parts, "model", options?.AvatarId);
            AddQuery(parts, "clothes", options?.ClothesId);
            AddQuery(parts, "name", options?.Name);
            return parts.Count == 0 ? null : string.Join("&", parts);
        }

        /// <summary>The automation template filters as a JSON body (the reference does not say where they go).</summary>
        public static byte[] AutomationTemplates(string category, AutomationTemplateOptions? options) => Write(writer =>
        {
            writer.WriteString("category", category);
            WriteIfSet(writer, "orientation", options?.Orientation);
            WriteIfSet(writer, "fileBackground", FileBackground(options));
        });

        /// <summary>The same filters as a query string, as every sample sends them.</summary>
        public static string AutomationTemplatesQuery(string category, AutomationTemplateOptions? options)
        {
            var parts = new List<string>(3);
            AddQuery(parts, "category", category);
            AddQuery(parts, "orientation", options?.Orientation);
            AddQuery(parts, "fileBackground", FileBackground(options));
            return string.Join("&", parts);
        }

        // The reference types it as the string "true" or "false".
        private static string? FileBackground(AutomationTemplateOptions? options) =>
            options?.FileBackground is bool set ? (set ? "true" : "false") : null;

        public static byte[] ProjectModify(string projectId, TagUpdates updates, TagModifyOptions? options) => Write(writer =>
        {
            writer.WriteString("projectId", projectId);
            WriteModify(writer, updates, options);
        });

        public static byte[] TemplateModify(string templateId, string? name, TagUpdates updates, TagModifyOptions? options) => Write(writer =>
        {
            writer.WriteString("templateId", templateId);
            WriteIfSet(writer, "name", name);
            WriteModify(writer, updates, options);
        });

        private static void WriteModify(Utf8JsonWriter writer, TagUpdates updates, TagModifyOptions? options)
        {
            writer.WriteStartObject("updates");
            foreach (KeyValuePair<string, string> entry in updates)
            {
                writer.WriteString(entry.Key, entry.Value);
            }

            writer.WriteEndObject();
            writer.WriteBoolean("isExport", options?.IsExport ?? false);
            WriteIfSet(writer, "webhookUrl", options?.WebhookUrl);
        }

        private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
        {
            if (value is not null)
            {
                writer.WriteString(name, value);
            }
        }

        private static void AddQuery(List<string> parts, string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        private static void WriteExport(Utf8JsonWriter writer, ExportOptions? options)
        {
            if (options is null)
            {
                return;
            }

            if (options.WorkspaceId is not null)
            {
                writer.WriteString("workspaceId", options.WorkspaceId);
            }

            if (options.Resolution is Resolution resolution)
            {
                writer.WriteString("resolution", resolution.ToWireValue());
            }

            if (options.WebhookUrl is not null)
            {
                writer.WriteString("webhookUrl", options.WebhookUrl);
            }
        }

        private static byte[] Write(Action<Utf8JsonWriter> writeProperties)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                writer.WriteStartObject();
                writeProperties(writer);
                writer.WriteEndObject();
            }

            return buffer.ToArray();
        }
    }
}
