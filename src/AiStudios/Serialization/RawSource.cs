using System;

namespace AiStudios.Serialization
{
    /// <summary>
    /// The UTF-8 document the current thread is reading, so a value kept raw can be copied as the
    /// exact bytes it came as (a <see cref="System.Text.Json.Utf8JsonReader"/> gives its positions,
    /// not its buffer). Set only by <see cref="JsonDocumentReader"/> around a read, while the bytes
    /// are pinned; with none set, callers fall back to <see cref="System.Text.Json.JsonElement.ParseValue"/>.
    /// </summary>
    internal static unsafe class RawSource
    {
        [ThreadStatic]
        private static byte* t_start;

        [ThreadStatic]
        private static int t_length;

        /// <summary>Makes <paramref name="start"/> the current document until <see cref="Exit"/>; returns the one before.</summary>
        public static Scope Enter(byte* start, int length)
        {
            var previous = new Scope((IntPtr)t_start, t_length);
            t_start = start;
            t_length = length;
            return previous;
        }

        public static void Exit(Scope previous)
        {
            t_start = (byte*)previous.Start;
            t_length = previous.Length;
        }

        /// <summary>Whether a document is being read on this thread.</summary>
        public static bool Active => t_start != null;

        /// <summary>A copy of the bytes from <paramref name="start"/> to <paramref name="end"/> of the current document; null when there is none or the range is not in it.</summary>
        public static byte[]? Copy(long start, long end)
        {
            if (t_start == null || start < 0 || end < start || end > t_length)
            {
                return null;
            }

            return new ReadOnlySpan<byte>(t_start + start, (int)(end - start)).ToArray();
        }

        /// <summary>The document current before <see cref="Enter"/>, restored by <see cref="Exit"/>.</summary>
        public readonly struct Scope
        {
            public Scope(IntPtr start, int length)
            {
                Start = start;
                Length = length;
            }

            public IntPtr Start { get; }

            public int Length { get; }
        }
    }
}
