using System.Globalization;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// A .NET string may hold half of a surrogate pair; Unicode text, and so UTF-8 and JSON text,
    /// cannot. Reading, writing and validation find them here, to refuse them by name instead of
    /// letting an encoder turn them into U+FFFD.
    /// </summary>
    internal static class LoneSurrogates
    {
        /// <summary>The index of the first surrogate char that is not half of a pair, or -1.</summary>
        public static int FirstIndex(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '\uD800' || c > '\uDFFF')
                {
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            return -1;
        }

        /// <summary>Whether <paramref name="text"/> holds one; a vectorised search first on .NET 8, so text without surrogates costs next to nothing.</summary>
        public static bool Any(string text)
        {
#if NET8_0_OR_GREATER
            return System.MemoryExtensions.IndexOfAnyInRange(System.MemoryExtensions.AsSpan(text), '\uD800', '\uDFFF') >= 0 && FirstIndex(text) >= 0;
#else
            return FirstIndex(text) >= 0;
#endif
        }

        /// <summary>How messages name one: <c>a lone surrogate (U+D83D at index 5)</c>.</summary>
        public static string Describe(string text, int index) =>
            "a lone surrogate (U+" + ((int)text[index]).ToString("X4", CultureInfo.InvariantCulture) + " at index " + index.ToString(CultureInfo.InvariantCulture) + ")";
    }
}
