using System;
using System.Text;
using AiStudios.Validation.Rules;

namespace AiStudios.Serialization
{
    /// <summary>
    /// <see cref="Echo"/> for UTF-8 straight from the input: only the first bytes are decoded, so
    /// quoting a 100 MB number or name costs what quoting 200 characters does.
    /// </summary>
    internal static class EchoUtf8
    {
        // Enough bytes for Echo.MaxLength characters of any script.
        private const int Decoded = 4 * Echo.MaxLength;

        public static string Of(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length <= Decoded)
            {
                return Echo.Of(Decode(utf8));
            }

            // Decoded leniently: the cut may split a character, and the failure being described
            // may be a bad byte in this very value.
            string start = Decode(utf8.Slice(0, Decoded));
            int keep = char.IsHighSurrogate(start[Echo.MaxLength - 1]) ? Echo.MaxLength - 1 : Echo.MaxLength;
            return start.Substring(0, keep) + "... (" + Echo.Length(CharCount(utf8)) + ")";
        }

        private static string Decode(ReadOnlySpan<byte> utf8)
        {
#if NETSTANDARD2_0
            return Encoding.UTF8.GetString(utf8.ToArray());
#else
            return Encoding.UTF8.GetString(utf8);
#endif
        }

        private static long CharCount(ReadOnlySpan<byte> utf8)
        {
#if NETSTANDARD2_0
            // Counted in slices: no copy of the whole value.
            long count = 0;
            byte[] buffer = new byte[4096];
            Decoder decoder = Encoding.UTF8.GetDecoder();
            for (int i = 0; i < utf8.Length; i += buffer.Length)
            {
                int length = Math.Min(buffer.Length, utf8.Length - i);
                utf8.Slice(i, length).CopyTo(buffer);
                count += decoder.GetCharCount(buffer, 0, length, flush: i + length == utf8.Length);
            }

            return count;
#else
            return Encoding.UTF8.GetCharCount(utf8);
#endif
        }
    }
}
