using System.Globalization;
using System.Text;

namespace AiStudios.Cli.Terminal
{
    /// <summary>
    /// Text from the service (labels, ids) made fit for a terminal line: control characters (an escape sequence, a
    /// newline), line separators and bidirectional overrides become U+FFFD, so a value cannot move the cursor, recolour
    /// the terminal, forge a line or reorder what follows it; long values are cut with an ellipsis.
    /// </summary>
    internal static class DisplayText
    {
        public static string Of(string? text, int max)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            int keep = text.Length <= max ? text.Length : max - 1;
            if (keep < text.Length && keep > 0 && char.IsHighSurrogate(text[keep - 1]))
            {
                keep--;
            }

            var result = new StringBuilder(keep + 1);
            for (int i = 0; i < keep; i++)
            {
                char c = text[i];
                result.Append(IsUnsafe(c) ? '\uFFFD' : c);
            }

            if (keep < text.Length)
            {
                result.Append('\u2026');
            }

            return result.ToString();
        }

        private static bool IsUnsafe(char c) =>
            char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

        /// <summary>At most <paramref name="shown"/> of <paramref name="items"/>, comma-separated, then <c>and N more</c>.</summary>
        public static string List(System.Collections.Generic.IReadOnlyList<string> items, int shown = 20)
        {
            var text = new StringBuilder();
            for (int i = 0; i < items.Count && i < shown; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(Of(items[i], 64));
            }

            if (items.Count > shown)
            {
                text.Append(" and ").Append((items.Count - shown).ToString(CultureInfo.InvariantCulture)).Append(" more");
            }

            return text.ToString();
        }
    }
}
