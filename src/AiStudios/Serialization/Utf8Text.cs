using System;
using System.Buffers;
using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Text;
using System.Text.Unicode;
#endif

namespace AiStudios.Serialization
{
    /// <summary>
    /// UTF-8 text for the reader: checks that bytes are UTF-8 before they are read
    /// (Utf8JsonReader does not: invalid bytes inside a value it skips or keeps raw would surface
    /// only when the value is decoded, in ToJson or Validate, far from the input), and decodes
    /// the common case, ASCII, on a shorter path than the general decoder's.
    /// </summary>
    internal static class Utf8Text
    {
        /// <summary>The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1.</summary>
        public static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
        {
#if NET8_0_OR_GREATER
            // Vectorised; the loop below runs only once something is wrong, to say where.
            if (Utf8.IsValid(utf8))
            {
                return -1;
            }

            for (int i = 0; i < utf8.Length;)
            {
                if (Rune.DecodeFromUtf8(utf8.Slice(i), out _, out int consumed) != OperationStatus.Done)
                {
                    return i;
                }

                i += consumed;
            }

            return -1;
#else
            return Scan(utf8);
#endif
        }

        /// <summary>
        /// The text of unescaped UTF-8 that is all ASCII, checked and widened; null for any other
        /// (the caller decodes it the general way, which also checks it).
        /// </summary>
        /// <remarks>
        /// Most strings in a project are ASCII (ids, colours, URLs, font names). For them the general
        /// decoder counts, checks and transcodes in separate steps behind an Encoding; ASCII needs
        /// none of that (every byte is one char), and is valid UTF-8 whoever produced it.
        /// </remarks>
        public static string? Decode(ReadOnlySpan<byte> utf8)
        {
#if NET8_0_OR_GREATER
            if (utf8.IsEmpty)
            {
                return string.Empty;
            }

            if (!Ascii.IsValid(utf8))
            {
                return null;
            }

            // Latin-1 maps each byte to the char of the same value: for ASCII, exactly UTF-8's
            // text, made in one widening copy with no counting pass.
            return Encoding.Latin1.GetString(utf8);
#else
            return null;
#endif
        }

        /// <summary>
        /// The portable check (netstandard2.0, where Utf8.IsValid does not exist): well-formed
        /// sequences as Unicode table 3-7 defines them, so no overlong forms, no encoded
        /// surrogates, nothing above U+10FFFF. ASCII is skipped eight bytes at a time.
        /// </summary>
        internal static int Scan(ReadOnlySpan<byte> utf8)
        {
            int i = 0;
            while (i < utf8.Length)
            {
                if (i + 8 <= utf8.Length && (MemoryMarshal.Read<ulong>(utf8.Slice(i)) & 0x8080808080808080UL) == 0)
                {
                    i += 8;
                    continue;
                }

                byte lead = utf8[i];
                if (lead < 0x80)
                {
                    i++;
                    continue;
                }

                int length;
                byte low = 0x80, high = 0xBF;
                if (lead >= 0xC2 && lead <= 0xDF)
                {
                    length = 2;
                }
                else if (lead >= 0xE0 && lead <= 0xEF)
                {
                    length = 3;
                    low = lead == 0xE0 ? (byte)0xA0 : (byte)0x80;
                    high = lead == 0xED ? (byte)0x9F : (byte)0xBF;
                }
                else if (lead >= 0xF0 && lead <= 0xF4)
                {
                    length = 4;
                    low = lead == 0xF0 ? (byte)0x90 : (byte)0x80;
                    high = lead == 0xF4 ? (byte)0x8F : (byte)0xBF;
                }
                else
                {
                    return i;
                }

                if (i + length > utf8.Length || utf8[i + 1] < low || utf8[i + 1] > high)
                {
                    return i;
                }

                for (int k = 2; k < length; k++)
                {
                    if ((utf8[i + k] & 0xC0) != 0x80)
                    {
                        return i;
                    }
                }

                i += length;
            }

            return -1;
        }
    }
}
