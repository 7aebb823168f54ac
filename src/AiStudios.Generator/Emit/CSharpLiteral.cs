using System.Globalization;
using System.Text;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// The one way emitted code spells a value from a schema or catalog: every string literal
    /// goes through here, so a name holding <c>"</c>, <c>\</c>, a control character or a line
    /// separator (U+2028, which ends a C# line) cannot break the generated file.
    /// </summary>
    internal static class CSharpLiteral
    {
        /// <summary>A C# string literal, or <c>null</c>.</summary>
        public static string String(string? value) => value is null ? "null" : Quote(value);

        /// <summary>A C# UTF-8 string literal: <c>"type"u8</c>.</summary>
        public static string Utf8(string value) => Quote(value) + "u8";

        private static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
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
                            break;
                        }

                        // Control characters, C#'s other line breaks (U+0085, U+2028, U+2029) and a
                        // lone surrogate (which would not survive the file's UTF-8) as escapes.
                        if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
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

            return builder.Append('"').ToString();
        }
    }
}
