using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using AiStudios.Validation.Rules;

namespace AiStudios.Serialization
{
    /// <summary>Works out line, column and JSON path of a byte offset, after a read has failed.</summary>
    internal static class JsonPathFinder
    {
        /// <summary>0-based line and byte-in-line of <paramref name="offset"/>.</summary>
        public static (long Line, long Column) LineAndColumn(ReadOnlySpan<byte> json, long offset)
        {
            long line = 0;
            long lineStart = 0;
            long end = Math.Min(offset, json.Length);
            for (int i = 0; i < end; i++)
            {
                if (json[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, offset - lineStart);
        }

        /// <summary>The byte offset of a 0-based line and byte-in-line, as System.Text.Json reports them.</summary>
        public static long Offset(ReadOnlySpan<byte> json, long line, long bytePositionInLine)
        {
            long currentLine = 0;
            int i = 0;
            while (currentLine < line && i < json.Length)
            {
                if (json[i++] == (byte)'\n')
                {
                    currentLine++;
                }
            }

            return Math.Min(i + bytePositionInLine, json.Length);
        }

        /// <summary>
        /// The start of the property name before the value at <paramref name="valueOffset"/>
        /// (<c>"name" : value</c>), found by stepping back over the colon and the quoted name; the
        /// value's own offset when what precedes it is not a name.
        /// </summary>
        public static long NameBefore(ReadOnlySpan<byte> json, long valueOffset)
        {
            long i = Math.Min(valueOffset, json.Length) - 1;
            while (i >= 0 && IsWhiteSpace(json[(int)i]))
            {
                i--;
            }

            if (i < 0 || json[(int)i] != (byte)':')
            {
                return valueOffset;
            }

            do
            {
                i--;
            }
            while (i >= 0 && IsWhiteSpace(json[(int)i]));

            if (i < 0 || json[(int)i] != (byte)'"')
            {
                return valueOffset;
            }

            // Back to the opening quote: a quote preceded by an odd number of backslashes is escaped.
            for (i--; i >= 0; i--)
            {
                if (json[(int)i] != (byte)'"')
                {
                    continue;
                }

                long backslashes = 0;
                while (i - backslashes - 1 >= 0 && json[(int)(i - backslashes - 1)] == (byte)'\\')
                {
                    backslashes++;
                }

                if (backslashes % 2 == 0)
                {
                    return i;
                }
            }

            return valueOffset;
        }

        private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

        /// <summary>
        /// The path of the value that starts at, holds or encloses <paramref name="offset"/>, found
        /// by reading the document again up to there. Text after the offset may be broken; that is fine.
        /// </summary>
        public static string PathAt(ReadOnlySpan<byte> json, long offset)
        {
            var stack = new List<Segment>();
            string? pendingName = null;
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Allow, AllowTrailingCommas = true });
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.Comment)
                    {
                        // Comments are not JSON; a failure at one belongs to where it stands.
                        if (reader.TokenStartIndex >= offset)
                        {
                            return Format(stack, pendingName);
                        }

                        continue;
                    }

                    // A token that starts at the offset, or holds it (a bad byte inside a string).
                    bool reached = reader.TokenStartIndex >= offset || reader.BytesConsumed > offset;
                    if (reached && reader.TokenType != JsonTokenType.EndObject && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType == JsonTokenType.PropertyName)
                        {
                            pendingName = NameOf(ref reader);
                        }
                        else
                        {
                            Advance(stack);
                        }

                        return Format(stack, pendingName);
                    }

                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            pendingName = NameOf(ref reader);
                            break;
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            Advance(stack);
                            stack.Add(new Segment(pendingName, reader.TokenType == JsonTokenType.StartArray));
                            pendingName = null;
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            if (reader.TokenStartIndex >= offset)
                            {
                                // A failure at a closing bracket (a trailing comma, a missing value) belongs to the container.
                                return Format(stack, null, omitLastIndex: true);
                            }

                            if (stack.Count > 0)
                            {
                                stack.RemoveAt(stack.Count - 1);
                            }

                            pendingName = null;
                            break;
                        default:
                            Advance(stack);
                            pendingName = null;
                            break;
                    }
                }
            }
            catch (JsonException)
            {
                // The failure itself: the path up to it is what we have.
            }

            return Format(stack, pendingName);
        }

        /// <summary>
        /// A property name for a path: decoded leniently (the failure may be a bad byte or an escaped
        /// lone surrogate in this very name) and cut when long, so the path stays readable and short.
        /// </summary>
        private static string NameOf(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped && reader.ValueSpan.Length <= 4 * Echo.MaxLength)
            {
                try
                {
                    return Echo.Of(reader.GetString()!);
                }
                catch (InvalidOperationException)
                {
                    // An escaped lone surrogate: shown as written.
                }
            }

            return EchoUtf8.Of(reader.ValueSpan);
        }

        /// <summary>A value inside an array moves its index on.</summary>
        private static void Advance(List<Segment> stack)
        {
            if (stack.Count > 0 && stack[stack.Count - 1].IsArray)
            {
                stack[stack.Count - 1].Index++;
            }
        }

        /// <summary>
        /// The longest path a message shows. Each name in it is cut at <see cref="Echo.MaxLength"/>
        /// characters already, but 64 levels of long names would still make a path of thousands; past
        /// this, the levels in the middle give way to a count of them (the first and the last, where
        /// the failure is, stay).
        /// </summary>
        internal const int MaxPathLength = 600;

        private static string Format(List<Segment> stack, string? pendingName, bool omitLastIndex = false)
        {
            var parts = new List<string>(stack.Count + 1);
            var builder = new StringBuilder();
            for (int i = 0; i < stack.Count; i++)
            {
                Segment segment = stack[i];
                builder.Clear();
                if (segment.Name is not null)
                {
                    AppendName(builder, segment.Name);
                }

                bool last = i == stack.Count - 1;
                if (segment.IsArray && segment.Index >= 0 && !(last && omitLastIndex))
                {
                    builder.Append('[').Append(segment.Index).Append(']');
                }

                parts.Add(builder.ToString());
            }

            if (pendingName is not null)
            {
                builder.Clear();
                AppendName(builder, pendingName);
                parts.Add(builder.ToString());
            }

            return Join(parts);
        }

        /// <summary>"$" and the parts; over <see cref="MaxPathLength"/>, the middle parts as "…(n levels)…".</summary>
        private static string Join(List<string> parts)
        {
            int total = 1;
            foreach (string part in parts)
            {
                total += part.Length;
            }

            if (total <= MaxPathLength)
            {
                return "$" + string.Concat(parts);
            }

            // Keep the last part and as many as fit from the front, then from the back.
            int budget = MaxPathLength - 1 - 24; // "$" and the marker
            int head = 0;
            int tail = 1;
            budget -= parts[parts.Count - 1].Length;
            while (head < parts.Count - tail && parts[head].Length <= budget / 2)
            {
                budget -= parts[head].Length;
                head++;
            }

            while (head < parts.Count - tail && parts[parts.Count - 1 - tail].Length <= budget)
            {
                budget -= parts[parts.Count - 1 - tail].Length;
                tail++;
            }

            int skipped = parts.Count - head - tail;
            var path = new StringBuilder("$");
            for (int i = 0; i < head; i++)
            {
                path.Append(parts[i]);
            }

            if (skipped > 0)
            {
                path.Append(".…(").Append(skipped).Append(skipped == 1 ? " level)…" : " levels)…");
            }

            for (int i = parts.Count - tail; i < parts.Count; i++)
            {
                path.Append(parts[i]);
            }

            return path.ToString();
        }

        private static void AppendName(StringBuilder builder, string name)
        {
            bool plain = name.Length > 0;
            foreach (char c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == '$'))
                {
                    plain = false;
                    break;
                }
            }

            if (plain)
            {
                builder.Append('.').Append(name);
            }
            else
            {
                builder.Append("['").Append(name.Replace("'", "\\'")).Append("']");
            }
        }

        private sealed class Segment
        {
            public Segment(string? name, bool isArray)
            {
                Name = name;
                IsArray = isArray;
            }

            public string? Name { get; }

            public bool IsArray { get; }

            public int Index { get; set; } = -1;
        }
    }
}
