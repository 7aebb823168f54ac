using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace AiStudios.Batch.Input
{
    /// <summary>
    /// JSON lines (one JSON object per line, blank lines skipped): each property is a column. Strings are taken as
    /// they are, numbers as written (<c>1.50</c> stays <c>1.50</c>), booleans as <c>true</c>/<c>false</c>, and a null
    /// is a missing value. Arrays, objects, repeated names and anything that is not one object per line are errors at
    /// their line and column.
    /// </summary>
    internal static class JsonLinesRowReader
    {
        /// <summary>Longer lines are refused before they are parsed.</summary>
        internal const int MaxLineLength = 1_000_000;

        private static readonly JsonDocumentOptions Options = new JsonDocumentOptions { MaxDepth = 8 };

        public static async IAsyncEnumerable<BatchRow> ReadAsync(TextReader reader, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            int line = 0;
            long number = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string? text = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (text is null)
                {
                    yield break;
                }

                line++;
                if (line == 1)
                {
                    text = text.TrimStart('\uFEFF');
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                if (text.Length > MaxLineLength)
                {
                    throw new BatchInputException(source, line, 1, string.Format(CultureInfo.InvariantCulture, "The line is longer than {0:N0} characters.", MaxLineLength));
                }

                yield return new BatchRow(++number, line, ReadObject(text, source, line));
            }
        }

        private static Dictionary<string, string> ReadObject(string text, string source, int line)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text, Options);
            }
            catch (JsonException e)
            {
                throw new BatchInputException(source, line, ColumnOf(text, e.BytePositionInLine), "Invalid JSON: " + FirstSentence(e.Message));
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new BatchInputException(source, line, FirstNonBlank(text), "Each line must be one JSON object ({\"column\": \"value\", ...}); this one is " + Describe(root.ValueKind) + ".");
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (JsonProperty property in root.EnumerateObject())
                {
                    if (values.ContainsKey(property.Name))
                    {
                        throw new BatchInputException(source, line, Find(text, property.Name), $"The name '{Echo(property.Name)}' appears twice in this object.");
                    }

                    switch (property.Value.ValueKind)
                    {
                        case JsonValueKind.String:
                            values[property.Name] = property.Value.GetString()!;
                            break;
                        case JsonValueKind.Number:
                            values[property.Name] = property.Value.GetRawText();
                            break;
                        case JsonValueKind.True:
                            values[property.Name] = "true";
                            break;
                        case JsonValueKind.False:
                            values[property.Name] = "false";
                            break;
                        case JsonValueKind.Null:
                            break;
                        default:
                            throw new BatchInputException(
                                source,
                                line,
                                Find(text, property.Name),
                                $"'{Echo(property.Name)}' is {Describe(property.Value.ValueKind)}; a column's value must be a string, number, boolean or null.");
                    }
                }

                return values;
            }
        }

        /// <summary>The UTF-16 column of a UTF-8 byte offset into <paramref name="text"/>, from 1.</summary>
        private static int ColumnOf(string text, long? bytePosition)
        {
            if (bytePosition is not long bytes || bytes <= 0)
            {
                return 1;
            }

            int chars = 0;
            long seen = 0;
            while (chars < text.Length && seen < bytes)
            {
                int width = char.IsHighSurrogate(text[chars]) && chars + 1 < text.Length ? 2 : 1;
                seen += Encoding.UTF8.GetByteCount(text.ToCharArray(chars, width));
                chars += width;
            }

            return chars + 1;
        }

        /// <summary>The column of a property's name in the line (its first occurrence as a JSON string), from 1.</summary>
        private static int Find(string text, string name)
        {
            int at = text.IndexOf("\"" + name + "\"", StringComparison.Ordinal);
            return at < 0 ? 1 : at + 1;
        }

        private static int FirstNonBlank(string text)
        {
            int i = 0;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return i + 1;
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Null => "null",
            _ => "not a value",
        };

        private static string FirstSentence(string message)
        {
            // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 7." - the place is in our own prefix already.
            int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return at > 0 ? message.Substring(0, at) : message;
        }

        private static string Echo(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "...";
    }
}
