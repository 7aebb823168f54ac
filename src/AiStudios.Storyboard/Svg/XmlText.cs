using System.Text;

namespace AiStudios.Storyboards.Svg
{
    /// <summary>Text made safe for XML and HTML: escaped, without characters XML 1.0 forbids, capped in length.</summary>
    internal static class XmlText
    {
        /// <summary>Escapes text for element content and for attribute values in double quotes (the only quotes this library writes).</summary>
        public static string Escape(string? text, int maxLength = int.MaxValue)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            string value = Cap(text!, maxLength);
            var result = new StringBuilder(value.Length + 16);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '&': result.Append("&amp;"); break;
                    case '<': result.Append("&lt;"); break;
                    case '>': result.Append("&gt;"); break;
                    case '"': result.Append("&quot;"); break;
                    case '\t':
                    case '\n':
                    case '\r':
                        result.Append(' ');
                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            result.Append(c).Append(value[++i]);
                        }
                        else if (c < 0x20 || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                        {
                            // Not allowed in XML 1.0: shown as the replacement character, never dropped silently.
                            result.Append('\uFFFD');
                        }
                        else
                        {
                            result.Append(c);
                        }

                        break;
                }
            }

            return result.ToString();
        }

        /// <summary>At most <paramref name="maxLength"/> characters, the last of them an ellipsis when cut; never splits a surrogate pair.</summary>
        public static string Cap(string text, int maxLength)
        {
            if (text.Length <= maxLength || maxLength < 2)
            {
                return text;
            }

            int cut = maxLength - 1;
            if (char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            return text.Substring(0, cut) + "\u2026";
        }
    }
}
