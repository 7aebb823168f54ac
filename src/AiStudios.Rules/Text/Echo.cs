using System.Globalization;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// Values as messages quote them: whole when short, else their first 200 characters and their
    /// length. A message about a 100 MB value must not be 100 MB (nor cost gigabytes to build).
    /// </summary>
    internal static class Echo
    {
        public const int MaxLength = 200;

        /// <summary><paramref name="text"/>, or its first <see cref="MaxLength"/> characters, <c>...</c> and its length.</summary>
        public static string Of(string text)
        {
            string shown = text;
            if (text.Length > MaxLength)
            {
                // Never cut a surrogate pair in two: half of one is not text.
                int keep = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
                shown = text.Substring(0, keep) + "... (" + Length(text.Length) + ")";
            }

            return LoneSurrogates.Any(shown) ? Escaped(shown) : shown;
        }

        /// <summary>A lone surrogate written as <c>\uD800</c>: a message must be text a log can carry.</summary>
        private static string Escaped(string text)
        {
            var builder = new System.Text.StringBuilder(text.Length + 10);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
                if (char.IsSurrogate(c) && !paired)
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>The suffix <see cref="Of"/> writes after a cut value: <c>10000000 characters</c>.</summary>
        public static string Length(long characters) => characters.ToString(CultureInfo.InvariantCulture) + " characters";
    }
}
