namespace AiStudios.Batch.Planning
{
    /// <summary>One row as it will be sent: its project's JSON (without the correlation marker), or why it cannot be.</summary>
    internal sealed class PlannedItem
    {
        public PlannedItem(long number, int line, string key, byte[]? payload, string? invalidReason)
        {
            Number = number;
            Line = line;
            Key = key;
            Payload = payload;
            InvalidReason = invalidReason;
        }

        public long Number { get; }

        public int Line { get; }

        public string Key { get; }

        /// <summary>The project's JSON; null when the row is invalid.</summary>
        public byte[]? Payload { get; }

        public string? InvalidReason { get; }

        public bool IsValid => Payload is not null;
    }
}
