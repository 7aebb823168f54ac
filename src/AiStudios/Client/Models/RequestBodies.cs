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
            if (request.IsExport is bool isExport)
            {
                writer.WriteBoolean("isExport", isExport);
            }

            WriteExport(writer, request.Export);
        });

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
