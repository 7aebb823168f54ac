using System;
using System.Globalization;
using System.Text;

namespace AiStudios.Validation
{
    /// <summary>
    /// Unescapes a JSON string literal as JavaScript would, lone surrogates included, which
    /// System.Text.Json refuses to decode. Only validation uses it, on the rare string that holds one.
    /// </summary>
    internal static class JsonStringText
    {
        /// <param name="literal">The raw JSON text of a string value, quotes included.</param>
        public static string Unescape(string literal)
        {
            var builder = new StringBuilder(literal.Length);
            int end = literal.Length - 1;
            for (int i = 1; i < end; i++)
            {
                char c = literal[i];
                if (c != '\\' || i + 1 >= end)
                {
                    builder.Append(c);
                    continue;
                }

                char escape = literal[++i];
                switch (escape)
                {
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u' when i + 4 < end && ushort.TryParse(literal.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code):
                        builder.Append((char)code);
                        i += 4;
                        break;
                    default: builder.Append(escape); break;
                }
            }

            return builder.ToString();
        }
    }
}
