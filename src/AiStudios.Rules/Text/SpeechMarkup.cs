using System;
using System.Text;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// What the rules need to know of speech markup: <c>&lt;p&gt;</c> and <c>&lt;span&gt;</c> are the
    /// only tags the service documents, and the web editor gives them no attributes but
    /// <c>style</c>, <c>class</c> and <c>data-*</c> (an assumption: the API documents none).
    /// </summary>
    internal static class SpeechMarkup
    {
        /// <summary>
        /// The first markup the service does not document, said for a message: <c>&lt;b&gt;</c>, or
        /// <c>the attribute 'onclick' on &lt;p&gt;</c>; null when there is none.
        /// </summary>
        public static string? FindUnsupported(string text)
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
                    return "<" + Echo.Of(name) + ">";
                }

                string? attribute = FindUnsupportedAttribute(text, ref end);
                if (attribute is not null)
                {
                    return "the attribute '" + Echo.Of(attribute) + "' on <" + name + ">";
                }

                i = end;
            }

            return null;
        }

        /// <summary>Reads a tag's attributes from <paramref name="position"/> (just after its name) to its '>'; the first one not allowed.</summary>
        private static string? FindUnsupportedAttribute(string text, ref int position)
        {
            int i = position;
            while (i < text.Length && text[i] != '>')
            {
                if (char.IsWhiteSpace(text[i]) || text[i] == '/')
                {
                    i++;
                    continue;
                }

                int nameStart = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '=' && text[i] != '>' && text[i] != '/')
                {
                    i++;
                }

                string attribute = text.Substring(nameStart, i - nameStart);
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i < text.Length && text[i] == '=')
                {
                    i = SkipValue(text, i + 1);
                }

                if (!IsAllowedAttribute(attribute))
                {
                    position = i;
                    return attribute;
                }
            }

            position = i;
            return null;
        }

        private static int SkipValue(string text, int i)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && (text[i] == '"' || text[i] == '\''))
            {
                int close = text.IndexOf(text[i], i + 1);
                return close < 0 ? text.Length : close + 1;
            }

            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>')
            {
                i++;
            }

            return i;
        }

        private static bool IsAllowedAttribute(string name) =>
            name.Equals("style", StringComparison.OrdinalIgnoreCase)
            || name.Equals("class", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) && name.Length > 5);

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
