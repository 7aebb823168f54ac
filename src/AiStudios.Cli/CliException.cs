using System;

namespace AiStudios.Cli
{
    /// <summary>A failure a command reports as one line on standard error with its exit code: never a stack trace.</summary>
    internal sealed class CliException : Exception
    {
        public CliException(int exitCode, string message)
            : base(message)
        {
            ExitCode = exitCode;
        }

        public int ExitCode { get; }
    }
}
