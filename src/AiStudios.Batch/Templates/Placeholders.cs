using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace AiStudios.Batch.Templates
{
    /// <summary><c>{{column}}</c> (blanks inside allowed) replaced by a row's value; a column the row lacks is reported, and left as written.</summary>
    internal static class Placeholders
    {
        private static readonly Regex Pattern = new Regex(@"\{\{\s*([^{}]+?)\s*\}\}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>Replaces the placeholders of <paramref name="text"/>.</summary>
        /// <param name="text">The text (null passes through).</param>
        /// <param name="values">The row.</param>
        /// <param name="used">Receives every column named.</param>
        /// <param name="missing">Receives every column named that the row lacks.</param>
        /// <param name="htmlEncode">Whether values are HTML-encoded (script markup).</param>
        /// <returns>The text with values in.</returns>
        public static string? Apply(string? text, IReadOnlyDictionary<string, string> values, ISet<string> used, ISet<string> missing, bool htmlEncode = false)
        {
            if (text is null || text.IndexOf("{{", StringComparison.Ordinal) < 0)
            {
                return text;
            }

            return Pattern.Replace(text, match =>
            {
                string column = match.Groups[1].Value;
                used.Add(column);
                if (!values.TryGetValue(column, out string? value))
                {
                    missing.Add(column);
                    return match.Value;
                }

                return htmlEncode ? Encode(value) : value;
            });
        }

        /// <summary>The columns <paramref name="text"/> names.</summary>
        /// <param name="text">The text.</param>
        /// <param name="into">Receives them.</param>
        public static void Collect(string? text, ISet<string> into)
        {
            if (text is null)
            {
                return;
            }

            foreach (Match match in Pattern.Matches(text))
            {
                into.Add(match.Groups[1].Value);
            }
        }

        /// <summary>Plain text as speech markup, as the builder writes it: <c>&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;</c>, a paragraph per line (the builder's <c>Script(text)</c>).</summary>
        /// <param name="text">The text.</param>
        /// <returns>The markup.</returns>
        public static string ToScriptMarkup(string text)
        {
            var markup = new StringBuilder(text.Length + 7);
            foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
            {
                markup.Append("<p>").Append(Encode(line)).Append("</p>");
            }

            return markup.ToString();
        }

        /// <summary>The four characters markup would read, encoded as the SDK's builder does (letters such as é stay as they are).</summary>
        /// <param name="text">The text.</param>
        /// <returns>The encoded text.</returns>
        public static string Encode(string text)
        {
            if (text.IndexOfAny(Special) < 0)
            {
                return text;
            }

            var encoded = new StringBuilder(text.Length + 16);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&': encoded.Append("&amp;"); break;
                    case '<': encoded.Append("&lt;"); break;
                    case '>': encoded.Append("&gt;"); break;
                    case '"': encoded.Append("&quot;"); break;
                    default: encoded.Append(c); break;
                }
            }

            return encoded.ToString();
        }

        private static readonly char[] Special = { '&', '<', '>', '"' };
    }
}
