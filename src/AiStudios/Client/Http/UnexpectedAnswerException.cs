using System;

namespace AiStudios.Client.Http
{
    /// <summary>Thrown by the readers of <c>data</c> when a field the client needs is missing, of the wrong type or unusable.</summary>
    internal sealed class UnexpectedAnswerException : Exception
    {
        public UnexpectedAnswerException(string message)
            : base(message)
        {
        }
    }
}
