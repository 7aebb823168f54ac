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

        private static void AppendString(string value, StringBuilder builder)
        {
            builder.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;

                    // Legal raw in JSON, but line breaks in C#: escaped, the text is also a valid C# literal.
                    case '\u0085': builder.Append("\\u0085"); break;
                    case '\u2028': builder.Append("\\u2028"); break;
                    case '\u2029': builder.Append("\\u2029"); break;
                    default:
                        if (c < ' ')
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
