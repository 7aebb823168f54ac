namespace AiStudios.Testing.Diff
{
    /// <summary>One value that differs between the verified and the received snapshot.</summary>
    internal sealed class JsonDifference
    {
        public JsonDifference(string path, string? verified, string? received, string? note = null)
        {
            Path = path;
            Verified = verified;
            Received = received;
            Note = note;
        }

        /// <summary>Where: <c>$.scenes[0].clips[1].left</c>.</summary>
        public string Path { get; }

        /// <summary>The verified value as one line of JSON; null when the verified snapshot has none there.</summary>
        public string? Verified { get; }

        /// <summary>The received value as one line of JSON; null when the received snapshot has none there.</summary>
        public string? Received { get; }

        /// <summary>What differs when it is not the value itself (the order of properties).</summary>
        public string? Note { get; }
    }
}
