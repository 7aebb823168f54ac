using System;
using System.Text;

namespace AiStudios.Validation.Rules
{
    /// <summary>What the rules need to know of speech markup: <c>&lt;p&gt;</c> and <c>&lt;span&gt;</c> are the only tags the service documents.</summary>
    internal static class SpeechMarkup
    {
        /// <summary>The first tag other than p or span (<c>b</c>, <c>br</c>, ...), or null when there is none.</summary>
        public static string? FindUnsupportedTag(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] != '<')
                {
                    continue;
                }

                int start = i + 1;
                if (start < text.Length && text[start] == '/')
                {
                    start++;
                }

                int end = start;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-' || text[end] == ':'))
                {
                    end++;
                }

                // "a < b" is text, not a tag: a tag name starts with a letter right after '<' or '</'.
                if (end == start || !char.IsLetter(text[start]))
                {
                    continue;
                }

                string name = text.Substring(start, end - start);
                if (!name.Equals("p", StringComparison.OrdinalIgnoreCase) && !name.Equals("span", StringComparison.OrdinalIgnoreCase))
                {
                    return name;
                }
            }

            return null;
        }

        /// <summary>Whether nothing would be spoken: no text left once tags, <c>&amp;nbsp;</c> and white space are taken away.</summary>
        public static bool IsEmpty(string text)
        {
            var visible = new StringBuilder(text.Length);
            bool inTag = false;
            foreach (char c in text)
            {
                if (c == '<')
                {
                    inTag = true;
                }
                else if (c == '>' && inTag)
                {
                    inTag = false;
                }
                else if (!inTag)
                {
                    visible.Append(c);
                }
            }

            string rest = visible.Replace("&nbsp;", " ").Replace("&#160;", " ").ToString();
            foreach (char c in rest)
            {
                if (!char.IsWhiteSpace(c) && c != '\u00A0')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
