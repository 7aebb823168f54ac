using System;
using System.Collections.Generic;
using Orleans;

namespace AiStudios.Batch.Orleans.Coordination
{
    /// <summary>
    /// A coordinator's persisted state: what the batch is, how far the feed got, and the last state seen of each row
    /// (one byte a row, so a 100,000-row batch is 100 kB). Written before new rows are started, so a coordinator that
    /// comes back on another silo knows every row that may be at work and asks each where it stands.
    /// </summary>
    /// <remarks>The property names are the storage contract: never rename one.</remarks>
    [GenerateSerializer]
    [Alias("aistudios.batch.BatchRecord")]
    public sealed class BatchRecord
    {
        /// <summary>The plan's fingerprint (the same id with other rows is refused).</summary>
        [Id(0)]
        public string Fingerprint { get; set; } = string.Empty;

        /// <summary>A description for people.</summary>
        [Id(1)]
        public string Source { get; set; } = string.Empty;

        /// <summary>Rows in the batch.</summary>
        [Id(2)]
        public int Total { get; set; }

        /// <summary>When it was first opened.</summary>
        [Id(3)]
        public DateTimeOffset CreatedAt { get; set; }

        /// <summary>Whether every row was seeded (set by the first <c>Run</c>).</summary>
        [Id(4)]
        public bool Seeded { get; set; }

        /// <summary>Rows 1 to this were started at least once in the current run.</summary>
        [Id(5)]
        public long Cursor { get; set; }

        /// <summary>Per row (index = row - 1): 0 never seen, otherwise 1 + the <c>BatchItemState</c> last seen.</summary>
        [Id(6)]
        public byte[] States { get; set; } = Array.Empty<byte>();

        /// <summary>Rows whose last work ended with the render not followed to its end (followed again by the next run).</summary>
        [Id(7)]
        public List<long> Unfinished { get; set; } = new List<long>();

        /// <summary>Whether a run is going on (a coordinator that comes back picks it up).</summary>
        [Id(8)]
        public bool Running { get; set; }

        /// <summary>Why the last run stopped early (the credentials were refused).</summary>
        [Id(9)]
        public string? StopReason { get; set; }

        /// <summary>When the current run started.</summary>
        [Id(10)]
        public DateTimeOffset RunStartedAt { get; set; }

        /// <summary>Creates started in the current run, as the items reported them.</summary>
        [Id(11)]
        public int CreatesThisRun { get; set; }

        /// <summary>Items that became final in the current run.</summary>
        [Id(12)]
        public int FinishedThisRun { get; set; }
    }
}
