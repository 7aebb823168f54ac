using System;
using System.Collections.Generic;
using System.Text;

namespace AiStudios.Cli.Checking
{
    /// <summary>
    /// A file's bytes with its line starts, turning byte offsets into the 1-based line and column
    /// editors show (columns in UTF-16 code units, SARIF's default). A UTF-8 byte order mark is not a column.
    /// </summary>
    internal sealed class SourceText
    {
        private readonly List<int> _lineStarts = new List<int>();

        public SourceText(byte[] bytes)
        {
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            Json = new ReadOnlyMemory<byte>(bytes, start, bytes.Length - start);
            ReadOnlySpan<byte> span = Json.Span;
            _lineStarts.Add(0);
            for (int i = 0; i < span.Length; i++)
            {
                if (span[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        /// <summary>The JSON without a byte order mark.</summary>
        public ReadOnlyMemory<byte> Json { get; }

        /// <summary>1-based line and column of a byte offset into <see cref="Json"/>.</summary>
        public (int Line, int Column) Position(long offset)
        {
            int at = (int)Math.Max(0, Math.Min(offset, Json.Length));
            int line = _lineStarts.BinarySearch(at);
            if (line < 0)
            {
                line = ~line - 1;
            }

            int lineStart = _lineStarts[line];
            return (line + 1, Columns(lineStart, at) + 1);
        }

        /// <summary>1-based line and column from System.Text.Json's 0-based line and byte in that line.</summary>
        public (int Line, int Column) Position(long zeroBasedLine, long bytePositionInLine)
        {
            int line = (int)Math.Max(0, Math.Min(zeroBasedLine, _lineStarts.Count - 1));
            int lineStart = _lineStarts[line];
            int at = (int)Math.Min(Json.Length, lineStart + Math.Max(0, bytePositionInLine));
            return (line + 1, Columns(lineStart, at) + 1);
        }

        private int Columns(int from, int to)
        {
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: false).GetCharCount(Json.Span.Slice(from, to - from));
            }
            catch (ArgumentException)
            {
                return to - from;
            }
        }
    }
}
