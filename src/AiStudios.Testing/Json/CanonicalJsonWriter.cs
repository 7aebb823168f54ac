using System.Text;

namespace AiStudios.Testing.Json
{
    /// <summary>
    /// Writes the snapshot's canonical text: two-space indentation, <c>\n</c> line ends, a trailing
    /// newline, numbers as their raw text, properties in their order. No culture, runtime or
    /// platform setting reaches the output, so every machine writes the same bytes.
    /// </summary>
    internal static class CanonicalJsonWriter
    {
        public static string Write(JsonTree root)
        {
            var text = new StringBuilder();
            WriteValue(text, root, indent: 0, indented: true);
            text.Append('\n');
            return text.ToString();
        }

        /// <summary>The value on one line, for messages and for telling equal values apart.</summary>
        public static string WriteCompact(JsonTree value)
        {
            var text = new StringBuilder();
            WriteValue(text, value, indent: 0, indented: false);
            return text.ToString();
        }

        private static void WriteValue(StringBuilder text, JsonTree value, int indent, bool indented)
        {
            switch (value.Kind)
            {
                case NodeKind.Object:
                    if (value.Properties!.Count == 0)
                    {
                        text.Append("{}");
                        return;
                    }

                    text.Append('{');
                    for (int i = 0; i < value.Properties.Count; i++)
                    {
                        text.Append(i == 0 ? "" : ",");
                        NewLine(text, indent + 1, indented);
                        WriteString(text, value.Properties[i].Name);
                        text.Append(indented ? ": " : ":");
                        WriteValue(text, value.Properties[i].Value, indent + 1, indented);
                    }

                    NewLine(text, indent, indented);
                    text.Append('}');
                    return;
                case NodeKind.Array:
                    if (value.Items!.Count == 0)
                    {
                        text.Append("[]");
                        return;
                    }

                    text.Append('[');
                    for (int i = 0; i < value.Items.Count; i++)
                    {
                        text.Append(i == 0 ? "" : ",");
                        NewLine(text, indent + 1, indented);
                        WriteValue(text, value.Items[i], indent + 1, indented);
                    }

                    NewLine(text, indent, indented);
                    text.Append(']');
                    return;
                case NodeKind.String:
                    WriteString(text, value.Text!);
                    return;
                case NodeKind.Number:
                    text.Append(value.Text);
                    return;
                case NodeKind.True:
                    text.Append("true");
                    return;
                case NodeKind.False:
                    text.Append("false");
                    return;
                default:
                    text.Append("null");
                    return;
            }
        }

        private static void NewLine(StringBuilder text, int indent, bool indented)
        {
            if (indented)
            {
                text.Append('\n').Append(' ', indent * 2);
            }
        }

        /// <summary>
        /// Writes a JSON string readable as it is: only quotes, backslashes, control characters,
        /// invisible or direction-changing characters and unpaired surrogates are escaped (a fixed
        /// list, not the runtime's Unicode tables, which differ between .NET versions).
        /// </summary>
        public static void WriteString(StringBuilder text, string value)
        {
            text.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': text.Append("\\\""); continue;
                    case '\\': text.Append("\\\\"); continue;
                    case '\n': text.Append("\\n"); continue;
                    case '\r': text.Append("\\r"); continue;
                    case '\t': text.Append("\\t"); continue;
                    case '\b': text.Append("\\b"); continue;
                    case '\f': text.Append("\\f"); continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    text.Append(c).Append(value[i + 1]);
                    i++;
                }
                else if (char.IsSurrogate(c) || MustEscape(c))
                {
                    text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    text.Append(c);
                }
            }

            text.Append('"');
        }

        private static bool MustEscape(char c) =>
            c < 0x20 || (c >= 0x7F && c <= 0x9F)         // control characters
            || c == 0x00AD                                // soft hyphen
            || (c >= 0x0600 && c <= 0x0605) || c == 0x061C || c == 0x06DD || c == 0x070F || c == 0x180E
            || (c >= 0x200B && c <= 0x200F)               // zero-width characters, direction marks
            || (c >= 0x2028 && c <= 0x202E)               // line/paragraph separators, embeddings, overrides
            || (c >= 0x2060 && c <= 0x206F)               // word joiner, invisible operators, isolates
            || c == 0xFEFF                                // byte order mark
            || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF;
    }
}
