using System;

namespace AiStudios.Testing
{
    /// <summary>
    /// A snapshot did not match its verified file, or there is no verified file yet. The message is
    /// what the test runner shows: the file to look at, how many values differ, the first of them
    /// with their JSON paths and both values, the changed lines, and how to accept the change.
    /// </summary>
    public sealed class SnapshotMismatchException : Exception
    {
        internal SnapshotMismatchException(string message, string verifiedFilePath, string receivedFilePath, int differenceCount, bool verifiedFileExists)
            : base(message)
        {
            VerifiedFilePath = verifiedFilePath;
            ReceivedFilePath = receivedFilePath;
            DifferenceCount = differenceCount;
            VerifiedFileExists = verifiedFileExists;
        }

        /// <summary>The checked-in snapshot: <c>{TestFile}.{TestMethod}.verified.json</c>.</summary>
        public string VerifiedFilePath { get; }

        /// <summary>The snapshot this run produced, written beside the verified one.</summary>
        public string ReceivedFilePath { get; }

        /// <summary>How many values differ (0 when there is no verified file, or only the text's form differs).</summary>
        public int DifferenceCount { get; }

        /// <summary>False on a first run: there is no verified file to compare with yet.</summary>
        public bool VerifiedFileExists { get; }
    }
}
