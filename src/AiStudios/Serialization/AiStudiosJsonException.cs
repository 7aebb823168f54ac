using System;
using System.Text.Json;

namespace AiStudios.Serialization
{
    /// <summary>
    /// JSON that is not a valid project (or part of one). The message says what is wrong and
    /// where: line and byte position in that line (both 1-based in the message; the byte position
    /// equals the column for ASCII text) and the JSON path, e.g.
    /// <c>$.scenes[0].clips[2].width</c>. <see cref="JsonException.LineNumber"/> and
    /// <see cref="JsonException.BytePositionInLine"/> are 0-based, as in System.Text.Json.
    /// </summary>
    public sealed class AiStudiosJsonException : JsonException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="problem">What is wrong, without the position.</param>
        /// <param name="path">The JSON path of the value at fault.</param>
        /// <param name="lineNumber">0-based line.</param>
        /// <param name="bytePositionInLine">0-based byte offset within the line.</param>
        /// <param name="innerException">The System.Text.Json error, if any.</param>
        public AiStudiosJsonException(string problem, string path, long lineNumber, long bytePositionInLine, Exception? innerException = null)
            : base(Format(problem, path, lineNumber, bytePositionInLine), path, lineNumber, bytePositionInLine, innerException)
        {
            Problem = problem;
        }

        /// <summary>What is wrong, without the position.</summary>
        public string Problem { get; }

        private static string Format(string problem, string path, long line, long bytePosition) =>
            $"{problem} (line {line + 1}, byte position {bytePosition + 1}, path {path})";
    }
}
