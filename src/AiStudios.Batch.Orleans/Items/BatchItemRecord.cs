using System;
using AiStudios.Batch.Ledger;
using Orleans;

namespace AiStudios.Batch.Orleans.Items
{
    /// <summary>
    /// An item grain's persisted state: the <see cref="BatchItem"/> fields and the planned project. Written before
    /// every step (the grain's ledger commit), ETag-checked by the storage provider, so a second activation of the same
    /// item (a moment of split membership) fails its first write instead of sending.
    /// </summary>
    /// <remarks>The property names are the storage contract (JSON through Orleans' grain storage serializer): never rename one.</remarks>
    [GenerateSerializer]
    [Alias("aistudios.batch.BatchItemRecord")]
    public sealed class BatchItemRecord
    {
        /// <summary>The batch.</summary>
        [Id(0)]
        public string BatchId { get; set; } = string.Empty;

        /// <summary>The row number.</summary>
        [Id(1)]
        public long Number { get; set; }

        /// <summary>The row key.</summary>
        [Id(2)]
        public string Key { get; set; } = string.Empty;

        /// <summary>The state, by its name (readable in the store).</summary>
        [Id(3)]
        public string State { get; set; } = nameof(BatchItemState.Pending);

        /// <summary>The created project.</summary>
        [Id(4)]
        public string? ProjectId { get; set; }

        /// <summary>The last progress.</summary>
        [Id(5)]
        public double? Progress { get; set; }

        /// <summary>The video.</summary>
        [Id(6)]
        public string? DownloadUrl { get; set; }

        /// <summary>Why it failed or is unknown.</summary>
        [Id(7)]
        public string? Error { get; set; }

        /// <summary>Creates started.</summary>
        [Id(8)]
        public int Attempts { get; set; }

        /// <summary>When the last create started.</summary>
        [Id(9)]
        public DateTimeOffset? SendingSince { get; set; }

        /// <summary>When this version was made.</summary>
        [Id(10)]
        public DateTimeOffset UpdatedAt { get; set; }

        /// <summary>The planned project's JSON (without the marker); null for a skipped row.</summary>
        [Id(11)]
        public byte[]? Payload { get; set; }

        /// <summary>The ledger item this record holds.</summary>
        /// <returns>The item.</returns>
        public BatchItem ToItem() => new BatchItem
        {
            BatchId = BatchId,
            Number = Number,
            Key = Key,
            State = Enum.TryParse(State, out BatchItemState state) ? state : throw new FormatException($"The stored state '{State}' of item {Number} of batch {BatchId} is not a batch item state."),
            ProjectId = ProjectId,
            Progress = Progress,
            DownloadUrl = DownloadUrl,
            Error = Error,
            Attempts = Attempts,
            SendingSince = SendingSince,
            UpdatedAt = UpdatedAt,
        };

        /// <summary>Takes a new version of the item (the payload stays).</summary>
        /// <param name="item">The item.</param>
        public void Apply(BatchItem item)
        {
            BatchId = item.BatchId;
            Number = item.Number;
            Key = item.Key;
            State = item.State.ToString();
            ProjectId = item.ProjectId;
            Progress = item.Progress;
            DownloadUrl = item.DownloadUrl;
            Error = item.Error;
            Attempts = item.Attempts;
            SendingSince = item.SendingSince;
            UpdatedAt = item.UpdatedAt;
        }
    }
}
