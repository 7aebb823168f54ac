using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AiStudios.Client.Checks;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// Reads the service's envelope: <c>{"success": true, "data": ...}</c> or
    /// <c>{"success": false, "error": {"code", "msg"}}</c>. Anything else (an empty body, an HTML page from a proxy,
    /// JSON cut short by a dropped connection, JSON that is no envelope, <c>success: false</c> sent with status 200)
    /// becomes an <see cref="AiStudiosException"/> that says which of these it was.
    /// </summary>
    internal static class EnvelopeReader
    {
        private static readonly JsonDocumentOptions ParseOptions = new JsonDocumentOptions { MaxDepth = 128 };

        /// <summary>Parses a success envelope. The caller owns (and disposes) the document; <paramref name="data"/> is <c>data</c>, or undefined when absent.</summary>
        /// <exception cref="AiStudiosException">The answer is an error or cannot be read.</exception>
        public static JsonDocument ReadSuccess(RawResponse response, ApiRequest request, SecretMasker masker, out JsonElement data)
        {
            var failure = new AiStudiosException.Builder
            {
                Status = response.Status,
                Endpoint = request.Endpoint,
                RequestId = response.RequestId,
                RetryAfter = response.RetryAfter,
                Kind = request.Kind,

                // A 5xx (often from a gateway) or an unreadable 2xx says nothing reliable about what the service did.
                OutcomeUnknown = response.Status >= 500,
            };

            ReadOnlySpan<byte> body = response.Content.Span;
            int start = SkipWhitespaceAndBom(body);
            if (start == body.Length)
            {
                failure.ErrorCode = AiStudiosErrorCodes.InvalidResponse;
                failure.OutcomeUnknown |= response.IsSuccessStatus;
                failure.Summary = response.IsSuccessStatus
                    ? "The service answered with an empty body instead of a JSON envelope."
                    : $"The service answered HTTP {response.Status.ToString(CultureInfo.InvariantCulture)} with an empty body.";
                throw failure.Build();
            }

            if (body[start] == (byte)'<' || IsHtml(response.ContentType))
            {
                failure.ErrorCode = AiStudiosErrorCodes.InvalidResponse;
                failure.OutcomeUnknown |= response.IsSuccessStatus;
                string? title = HtmlTitle(body);
                failure.Summary = $"The service answered HTTP {response.Status.ToString(CultureInfo.InvariantCulture)} with an HTML page"
                    + (title is null ? string.Empty : $" (\"{EchoText.Cap(masker.Apply(title), 100)}\")")
                    + " instead of JSON: a proxy or gateway in front of the service probably failed.";
                throw failure.Build();
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(response.Content, ParseOptions);
            }
            catch (JsonException e)
            {
                failure.ErrorCode = AiStudiosErrorCodes.InvalidResponse;
                failure.OutcomeUnknown |= response.IsSuccessStatus;
                failure.Summary = IsTruncated(body)
                    ? $"The service's answer ends before its JSON does ({response.Length.ToString(CultureInfo.InvariantCulture)} bytes): it was cut short, probably by a dropped connection."
                    : $"The service's answer is not valid JSON ({response.Length.ToString(CultureInfo.InvariantCulture)} bytes, {ContentTypeText(response.ContentType)}).";
                throw failure.Build(e);
            }

            try
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("success", out JsonElement success)
                    || (success.ValueKind != JsonValueKind.True && success.ValueKind != JsonValueKind.False))
                {
                    failure.ErrorCode = AiStudiosErrorCodes.InvalidResponse;
                    failure.OutcomeUnknown |= response.IsSuccessStatus;
                    failure.ServiceMessage = masker.Apply(LooseMessage(root));
                    failure.Summary = response.IsSuccessStatus
                        ? "The service's answer is JSON but not the expected envelope {\"success\": ..., \"data\": ...}."
                        : $"The service answered HTTP {response.Status.ToString(CultureInfo.InvariantCulture)} with JSON that is not its error envelope.";
                    throw failure.Build();
                }

                if (success.ValueKind == JsonValueKind.True && response.IsSuccessStatus)
                {
                    data = root.TryGetProperty("data", out JsonElement found) ? found : default;
                    JsonDocument result = document;
                    document = null!;
                    return result;
                }

                ReadError(root, failure, masker);
                failure.Summary = success.ValueKind == JsonValueKind.False
                    ? (response.IsSuccessStatus
                        ? $"The service reported a failure (success: false) with HTTP {response.Status.ToString(CultureInfo.InvariantCulture)}."
                        : "The service refused the request.")
                    : $"The service answered HTTP {response.Status.ToString(CultureInfo.InvariantCulture)} although its envelope says success.";
                throw failure.Build();
            }
            finally
            {
                document?.Dispose();
            }
        }

        /// <summary>The error code and message of an error answer, for answers that are not read as success (downloads).</summary>
        public static void TryReadError(RawResponse response, AiStudiosException.Builder failure, SecretMasker masker)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(response.Content, ParseOptions);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    ReadError(document.RootElement, failure, masker);
                }
            }
            catch (JsonException)
            {
                // Not JSON: the status says enough.
            }
            catch (InvalidOperationException)
            {
                // Undecodable text: the status says enough.
            }
        }

        private static void ReadError(JsonElement root, AiStudiosException.Builder failure, SecretMasker masker)
        {
            if (root.TryGetProperty("error", out JsonElement error))
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    if (ScalarText(error, "code") is string code)
                    {
                        failure.ErrorCode = masker.Apply(code);
                        failure.CodeFromService = true;
                    }

                    failure.ServiceMessage = masker.Apply(ScalarText(error, "msg") ?? ScalarText(error, "message"));
                    if (error.TryGetProperty("details", out JsonElement details))
                    {
                        failure.Details = DetailLines(details, masker);
                    }
                }
                else if (error.ValueKind == JsonValueKind.String)
                {
                    failure.ServiceMessage = masker.Apply(StringText(error));
                }
            }

            failure.ServiceMessage ??= masker.Apply(LooseMessage(root));
        }

        private static List<string> DetailLines(JsonElement details, SecretMasker masker)
        {
            var lines = new List<string>();
            if (details.ValueKind != JsonValueKind.Array)
            {
                lines.Add(masker.Apply(details.GetRawText())!);
                return lines;
            }

            foreach (JsonElement item in details.EnumerateArray())
            {
                string? line = null;
                if (item.ValueKind == JsonValueKind.Object)
                {
                    string? where = ScalarText(item, "path") ?? ScalarText(item, "field");
                    string? what = ScalarText(item, "message") ?? ScalarText(item, "msg");
                    if (what is not null)
                    {
                        line = string.IsNullOrEmpty(where) ? what : where + ": " + what;
                    }
                }
                else if (item.ValueKind == JsonValueKind.String)
                {
                    line = StringText(item);
                }

                lines.Add(masker.Apply(line ?? item.GetRawText())!);
            }

            return lines;
        }

        /// <summary>A message in a JSON error of another shape: <c>message</c>, <c>msg</c> or <c>error</c> at the top.</summary>
        private static string? LooseMessage(JsonElement root) =>
            root.ValueKind != JsonValueKind.Object
                ? null
                : ScalarText(root, "message") ?? ScalarText(root, "msg") ?? (root.TryGetProperty("error", out JsonElement e) && e.ValueKind == JsonValueKind.String ? StringText(e) : null);

        /// <summary>A string or number property as text; null when absent or of another kind.</summary>
        internal static string? ScalarText(JsonElement obj, string name)
        {
            if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out JsonElement value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => StringText(value),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
        }

        /// <summary>
        /// A string value's text; when it cannot be decoded (an escaped lone surrogate such as <c>"\ud83d"</c>, what a
        /// message cut in the middle of an emoji looks like) its raw JSON text without the quotes.
        /// </summary>
        internal static string StringText(JsonElement value)
        {
            try
            {
                return value.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException)
            {
                string raw = value.GetRawText();
                return raw.Length >= 2 && raw[0] == '"' && raw[raw.Length - 1] == '"' ? raw.Substring(1, raw.Length - 2) : raw;
            }
        }

        /// <summary>
        /// Whether the bytes are the start of a JSON document (no syntax error so far, just not finished): what a
        /// truncated answer looks like, as opposed to one that is not JSON at all.
        /// </summary>
        internal static bool IsTruncated(ReadOnlySpan<byte> body)
        {
            var reader = new Utf8JsonReader(body, isFinalBlock: false, state: default);
            try
            {
                while (reader.Read())
                {
                }

                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static bool IsHtml(string? contentType) =>
            contentType is not null && contentType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0;

        private static string ContentTypeText(string? contentType) => contentType is null ? "no content type" : EchoText.Cap(contentType, 100);

        private static int SkipWhitespaceAndBom(ReadOnlySpan<byte> body)
        {
            int i = body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF ? 3 : 0;
            while (i < body.Length && (body[i] == (byte)' ' || body[i] == (byte)'\t' || body[i] == (byte)'\r' || body[i] == (byte)'\n'))
            {
                i++;
            }

            return i;
        }

        /// <summary>The text of an HTML page's <c>&lt;title&gt;</c> (within its first 4 KB); null when there is none.</summary>
        private static string? HtmlTitle(ReadOnlySpan<byte> body)
        {
            const int MaxScan = 4096;
            string head = Encoding.UTF8.GetString(body.Slice(0, Math.Min(body.Length, MaxScan)).ToArray());
            int open = head.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
            if (open < 0)
            {
                return null;
            }

            open += "<title>".Length;
            int close = head.IndexOf("</title>", open, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return null;
            }

            string title = head.Substring(open, close - open).Trim();
            return title.Length == 0 ? null : title;
        }
    }
}
