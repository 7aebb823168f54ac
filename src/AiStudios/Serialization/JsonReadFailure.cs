using System;

namespace AiStudios.Serialization
{
    /// <summary>
    /// Raised inside generated readers with only a byte offset; <see cref="JsonDocumentReader"/>
    /// turns it into an <see cref="AiStudiosJsonException"/> with line, column and path, which
    /// costs nothing on the happy path because paths are worked out only after a failure.
    /// </summary>
    internal sealed class JsonReadFailure : Exception
    {
        public JsonReadFailure(string message, long offset)
            : base(message)
        {
            Offset = offset;
        }

        public long Offset { get; }

        /// <summary>Whether the failure belongs to the property name before the value at <see cref="Offset"/>.</summary>
        public bool AtNameBefore { get; init; }
    }
}
