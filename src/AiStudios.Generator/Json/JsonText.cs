using System.Globalization;
using System.Text;

namespace AiStudios.Generator.Json
{
    /// <summary>Writes a parsed value back as compact JSON, numbers exactly as they were written.</summary>
    internal static class JsonText
    {
        public static string Write(JsonNode node)
        {
            var builder = new StringBuilder();
            Write(node, builder);
            return builder.ToString();
        }

        public static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            AppendString(value, builder);
            return builder.ToString();
        }

        private static void Write(JsonNode node, StringBuilder builder)
        {
            switch (node.Kind)
            {
                case JsonKind.Object:
                    builder.Append('{');
                    for (int i = 0; i < node.Members.Count; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append(',');
                        }

                        AppendString(node.Members[i].Name, builder);
                        builder.Append(':');
                        Write(node.Members[i].Value, builder);
                    }

                    builder.Append('}');
                    break;
                case JsonKind.Array:
                    builder.Append('[');
                    for (int i = 0; i < node.Items.Count; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append(',');
                        }

                        Write(node.Items[i], builder);
                    }

                    builder.Append(']');
                    break;
                case JsonKind.String:
                    AppendString(node.StringValue!, builder);
                    break;
                case JsonKind.Number:
                    builder.Append(node.NumberText);
                    break;
                case JsonKind.True:
                    builder.Append("true");
                    break;
                case JsonKind.False:
                    builder.Append("false");
                    break;
                default:
                    builder.Append("null");
                    break;
            }
        }

        /// <summary>
        /// A quoted string that is valid JSON and a valid C# literal alike, so emitted code can use
        /// it as is: <c>"</c> and <c>\</c> escaped, control characters, C#'s other line breaks (U+0085,
        /// U+2028, U+2029, legal raw in JSON but line ends in C#) and lone surrogates (which would not
        /// survive the file's UTF-8) as <c>\uXXXX</c>; surrogate pairs stay as they are.
        /// </summary>
        private static void AppendString(string value, StringBuilder builder)
        {
            builder.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append(c).Append(value[++i]);
                        }
                        else if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
        }
    }
}
