using System.Globalization;
using System.Text;

namespace AiStudios.Client.Checks
{
    /// <summary>
    /// Makes text from outside (the service's messages, codes, states, URLs) fit to be echoed in an exception message
    /// or a log line: at most a few hundred characters, the full length said when cut, and control characters written
    /// as escapes, so a 20 MB message stays a short exception and a newline in it cannot forge a log line.
    /// </summary>
    internal static class EchoText
    {
        /// <summary>How much of one value from the wire is echoed.</summary>
        public const int MaxValue = 200;

        /// <summary>How much of a line that embeds such values (a summary, a reason) is kept.</summary>
        public const int MaxLine = 1000;

        /// <summary>
        /// <paramref name="text"/> with control characters escaped (<c>\n</c>, <c>\u001b</c>, ...) and, when longer
        /// than <paramref name="max"/> characters, its start followed by <c>... (20,971,536 characters)</c>.
        /// </summary>
        public static string Cap(string? text, int max = MaxValue)
        {
            if (text is null)
            {
                return string.Empty;
            }

            int keep = text.Length <= max ? text.Length : max;
            if (keep < text.Length && keep > 0 && char.IsHighSurrogate(text[keep - 1]))
            {
                // Never cut a surrogate pair in two.
                keep--;
            }

            if (keep == text.Length && !NeedsEscape(text))
            {
                return text;
            }

            var result = new StringBuilder(keep + 40);
            for (int i = 0; i < keep; i++)
            {
                AppendEscaped(result, text[i]);
            }

            if (keep < text.Length)
            {
                result.Append("... (").Append(text.Length.ToString("N0", CultureInfo.InvariantCulture)).Append(" characters)");
            }

            return result.ToString();
        }

        /// <summary>Like <see cref="Cap"/>, but null stays null (for optional properties).</summary>
        public static string? CapOrNull(string? text, int max = MaxValue) => text is null ? null : Cap(text, max);

        /// <summary>Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.</summary>
        public static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';

        private static bool NeedsEscape(string text)
        {
            foreach (char c in text)
            {
                if (IsControl(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AppendEscaped(StringBuilder result, char c)
        {
            switch (c)
            {
                case '\n':
                    result.Append("\\n");
                    break;
                case '\r':
                    result.Append("\\r");
                    break;
                case '\t':
                    result.Append("\\t");
                    break;
                default:
                    if (IsControl(c))
                    {
                        result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }
    }
}
