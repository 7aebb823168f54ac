using System;

namespace AiStudios.Client.Http
{
    /// <summary>An answer read to its end: status, the few headers the client uses, and the body.</summary>
    internal sealed class RawResponse
    {
        public RawResponse(int status, string? contentType, byte[] body, int length, string? requestId, TimeSpan? retryAfter)
        {
            Status = status;
            ContentType = contentType;
            Body = body;
            Length = length;
            RequestId = requestId;
            RetryAfter = retryAfter;
        }

        public int Status { get; }

        public string? ContentType { get; }

        /// <summary>The buffer holding the body; only the first <see cref="Length"/> bytes are the body.</summary>
        public byte[] Body { get; }

        public int Length { get; }

        public ReadOnlyMemory<byte> Content => new ReadOnlyMemory<byte>(Body, 0, Length);

        public string? RequestId { get; }

        public TimeSpan? RetryAfter { get; }

        public bool IsSuccessStatus => Status >= 200 && Status <= 299;
    }
}
