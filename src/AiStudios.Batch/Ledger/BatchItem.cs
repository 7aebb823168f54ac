using System;

namespace AiStudios.Batch.Ledger
{
    /// <summary>
    /// One item of a batch as the ledger holds it. Immutable: <see cref="BatchItemTransitions"/> makes the next
    /// version; a ledger stores it. Ledgers of other kinds (a grain's persisted state) hold the same fields.
    /// </summary>
    public sealed record BatchItem
    {
        /// <summary>The batch, a short id written into each project's name (see <see cref="Reconciliation.CorrelationMarker"/>).</summary>
        public required string BatchId { get; init; }

        /// <summary>The row number, from 1; unique in the batch.</summary>
        public required long Number { get; init; }

        /// <summary>The row key (a column's value, or the row number).</summary>
        public required string Key { get; init; }

        /// <summary>Where the item stands.</summary>
        public BatchItemState State { get; init; }

        /// <summary>The created project, from <see cref="BatchItemState.Sent"/> on.</summary>
        public string? ProjectId { get; init; }

        /// <summary>The last render progress seen (0 to 100).</summary>
        public double? Progress { get; init; }

        /// <summary>The video, once <see cref="BatchItemState.Done"/>.</summary>
        public string? DownloadUrl { get; init; }

        /// <summary>Why it failed, is unknown or was skipped; or the last transient problem.</summary>
        public string? Error { get; init; }

        /// <summary>How many creates were started for it (each with its own marker); 1 in all but rare cases.</summary>
        public int Attempts { get; init; }

        /// <summary>When the last create was started (committed as <see cref="BatchItemState.Sending"/>).</summary>
        public DateTimeOffset? SendingSince { get; init; }

        /// <summary>When this version was made.</summary>
        public DateTimeOffset UpdatedAt { get; init; }

        /// <summary>Whether the item has reached a state it never leaves by itself (done, failed, skipped).</summary>
        public bool IsFinal => State is BatchItemState.Done or BatchItemState.Failed or BatchItemState.Skipped;

        /// <summary>The marker of the current attempt, written into the project's name.</summary>
        public string Marker => Reconciliation.CorrelationMarker.Format(BatchId, Number, Math.Max(1, Attempts));
    }
}
