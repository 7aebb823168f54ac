using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace AiStudios.Webhooks
{
    /// <summary>
    /// Reads render webhooks with <see cref="Utf8JsonReader"/> (no reflection, trimming- and AOT-safe), remembering
    /// where each value starts so an error can say where it is. Lenient: types the reference does not promise are
    /// kept raw, unknown fields are kept, a body in the API's envelope is read from its <c>data</c>. Never throws.
    /// </summary>
    internal static class RenderWebhookParser
    {
        private const int MaxDepth = 64;
        private const string ProgressName = "progress";
        private const string TaskName = "backendTaskId";
        private const string CreditName = "credit";
        private const string UrlName = "download_url";
        private const string AltUrlName = "downloadUrl";


        public static RenderWebhookParseResult Parse(ReadOnlySpan<byte> utf8)
        {
            try
            {
                if (!TryReadObject(utf8, 0, "$", out List<Field>? fields, out RenderWebhookError? error))
                {
                    return new RenderWebhookParseResult(null, error);
                }

                // Not documented either way: a body in the API's envelope carries the fields in "data".
                bool enveloped = false;
                string path = "$";
                if (Find(fields!, ProgressName) is null && Find(fields!, "data") is { } data && utf8[data.Start] == (byte)'{')
                {
                    if (!TryReadObject(utf8.Slice(0, data.End), data.Start, "$.data", out fields, out error))
                    {
                        return new RenderWebhookParseResult(null, error);
                    }

                    enveloped = true;
                    path = "$.data";
                }

                return Read(utf8, fields!, enveloped, path);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The last line of "never throws": whatever slipped through is reported, not thrown at a receiver.
                return Fail(utf8, 0, "$", "The body could not be read (" + e.GetType().Name + ").");
            }
        }

        private static RenderWebhookParseResult Read(ReadOnlySpan<byte> utf8, List<Field> fields, bool enveloped, string path)
        {
            foreach (string name in new[] { ProgressName, TaskName, CreditName, UrlName })
            {
                if (fields.FindAll(f => f.Name == name).Count > 1)
                {
                    Field second = fields.FindAll(f => f.Name == name)[1];
                    return Fail(utf8, second.Start, Child(path, name), $"\"{name}\" appears twice; which one counts is unclear.");
                }
            }

            if (Find(fields, ProgressName) is not { } progressField)
            {
                return Fail(utf8, 0, path, $"The body has no \"{ProgressName}\"; every render webhook carries one.");
            }

            JsonElement progressValue = Value(utf8, progressField);
            double? progress = progressValue.ValueKind switch
            {
                JsonValueKind.Number when progressValue.TryGetDouble(out double number) => number,
                JsonValueKind.String when double.TryParse(progressValue.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
                _ => null,
            };
            if (progress is not double percent || double.IsNaN(percent) || double.IsInfinity(percent))
            {
                return Fail(utf8, progressField.Start, Child(path, ProgressName), $"\"{ProgressName}\" must be a number (0 to 100), not {Describe(progressValue)}.");
            }

            var others = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            string? task = null;
            int? credit = null;
            Uri? url = null;
            string? state = null;
            JsonElement? error = null;
            foreach (Field field in fields)
            {
                JsonElement value = Value(utf8, field);
                switch (field.Name)
                {
                    case ProgressName:
                        continue;
                    case TaskName when value.ValueKind == JsonValueKind.String:
                        task = value.GetString();
                        continue;
                    case TaskName when value.ValueKind == JsonValueKind.Number:
                        task = value.GetRawText();
                        continue;
                    case TaskName when value.ValueKind == JsonValueKind.Null:
                        continue;
                    case CreditName when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int charged):
                        credit = charged;
                        continue;
                    case UrlName or AltUrlName when url is null && value.ValueKind == JsonValueKind.String && HttpUrl(value.GetString()) is { } link:
                        url = link;
                        if (field.Name == UrlName)
                        {
                            continue;
                        }

                        break;
                    case "state" when value.ValueKind == JsonValueKind.String:
                        state = value.GetString();
                        break;
                    case "error" when value.ValueKind is JsonValueKind.Object or JsonValueKind.String:
                        error = value;
                        break;
                }

                others[field.Name] = value;
            }

            bool failed = error is not null
                || string.Equals(state, "failed", StringComparison.OrdinalIgnoreCase)
                || string.Equals(state, "error", StringComparison.OrdinalIgnoreCase);
            RenderWebhook webhook;
            if (failed)
            {
                string? code = null;
                string? message = null;
                if (error is { ValueKind: JsonValueKind.Object } errorObject)
                {
                    code = Text(errorObject, "code");
                    message = Text(errorObject, "msg") ?? Text(errorObject, "message");
                }
                else if (error is { ValueKind: JsonValueKind.String } errorText)
                {
                    message = errorText.GetString();
                }

                webhook = new RenderFailedWebhook(percent, task, state, code, message, others, enveloped);
            }
            else if (percent >= 100)
            {
                webhook = new RenderCompletedWebhook(percent, task, url, credit, others, enveloped);
            }
            else
            {
                webhook = new RenderProgressWebhook(percent, task, others, enveloped);
            }

            return new RenderWebhookParseResult(webhook, null);
        }

        /// <summary>
        /// Reads the members of the object that <paramref name="utf8"/> holds from <paramref name="start"/> on (to its
        /// end), each as its name and the byte range of its value. Anything after the object is an error.
        /// </summary>
        private static bool TryReadObject(ReadOnlySpan<byte> utf8, int start, string path, out List<Field>? fields, out RenderWebhookError? error)
        {
            fields = null;
            error = null;
            var reader = new Utf8JsonReader(utf8.Slice(start), new JsonReaderOptions { MaxDepth = MaxDepth });
            try
            {
                // The reader calls an empty body invalid JSON; it is worth its own message.
                if (IsBlank(utf8.Slice(start)) || !reader.Read())
                {
                    error = Error(utf8, start, path, "The body is empty; a JSON object was expected.");
                    return false;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    error = Error(utf8, start + (int)reader.TokenStartIndex, path, $"A render webhook is a JSON object, not {Describe(reader.TokenType)}.");
                    return false;
                }

                var list = new List<Field>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name = reader.GetString() ?? string.Empty;
                    reader.Read();
                    int valueStart = start + (int)reader.TokenStartIndex;
                    reader.Skip();
                    list.Add(new Field(name, valueStart, start + (int)reader.BytesConsumed));
                }

                if (reader.Read())
                {
                    error = Error(utf8, start + (int)reader.TokenStartIndex, path, "There is more after the JSON object.");
                    return false;
                }

                fields = list;
                return true;
            }
            catch (JsonException e)
            {
                int at = start + (int)Math.Min(reader.BytesConsumed, utf8.Length - start);
                error = new RenderWebhookError(
                    "The body is not valid JSON: " + ReaderMessage(e),
                    path,
                    at,
                    e.LineNumber is long line ? line + 1 : Line(utf8, at),
                    e.BytePositionInLine is long column ? column + 1 : Column(utf8, at));
                return false;
            }
        }

        private static bool IsBlank(ReadOnlySpan<byte> utf8)
        {
            foreach (byte b in utf8)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }

            return true;
        }

        private static JsonElement Value(ReadOnlySpan<byte> utf8, Field field)
        {
            using JsonDocument document = JsonDocument.Parse(utf8.Slice(field.Start, field.End - field.Start).ToArray());
            return document.RootElement.Clone();
        }

        private static Uri? HttpUrl(string? text) =>
            Uri.TryCreate(text, UriKind.Absolute, out Uri? url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;

        private static string? Text(JsonElement obj, string name) =>
            obj.TryGetProperty(name, out JsonElement value) ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            } : null;

        private static Field? Find(List<Field> fields, string name)
        {
            foreach (Field field in fields)
            {
                if (field.Name == name)
                {
                    return field;
                }
            }

            return null;
        }

        private static string Child(string path, string name) => path + "." + name;

        private static RenderWebhookParseResult Fail(ReadOnlySpan<byte> utf8, int at, string path, string message) =>
            new RenderWebhookParseResult(null, Error(utf8, at, path, message));

        private static RenderWebhookError Error(ReadOnlySpan<byte> utf8, int at, string path, string message) =>
            new RenderWebhookError(message, path, at, Line(utf8, at), Column(utf8, at));

        private static long Line(ReadOnlySpan<byte> utf8, int at)
        {
            long line = 1;
            for (int i = 0; i < at && i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    line++;
                }
            }

            return line;
        }

        private static long Column(ReadOnlySpan<byte> utf8, int at)
        {
            int lineStart = at;
            while (lineStart > 0 && lineStart <= utf8.Length && utf8[lineStart - 1] != (byte)'\n')
            {
                lineStart--;
            }

            return at - lineStart + 1;
        }

        /// <summary>The reader's message without its own position (the error carries one).</summary>
        private static string ReaderMessage(JsonException e)
        {
            string message = e.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (cut > 0 ? message.Substring(0, cut) : message).Trim();
        }

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => "a string that is not a number",
            JsonValueKind.Null => "null",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => "a number out of range",
        };

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => "that",
        };

        private readonly struct Field
        {
            public Field(string name, int start, int end)
            {
                Name = name;
                Start = start;
                End = end;
            }

            public string Name { get; }

            public int Start { get; }

            public int End { get; }
        }
    }
}
