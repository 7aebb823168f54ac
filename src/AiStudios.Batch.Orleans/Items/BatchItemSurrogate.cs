using System;
using AiStudios.Batch.Ledger;
using Orleans;

namespace AiStudios.Batch.Orleans.Items
{
    /// <summary>How a <see cref="BatchItem"/> (a type of AiStudios.Batch, which knows nothing of Orleans) crosses the wire.</summary>
    [GenerateSerializer]
    [Alias("aistudios.batch.BatchItem")]
    internal struct BatchItemSurrogate
    {
        [Id(0)] public string BatchId;
        [Id(1)] public long Number;
        [Id(2)] public string Key;
        [Id(3)] public int State;
        [Id(4)] public string? ProjectId;
        [Id(5)] public double? Progress;
        [Id(6)] public string? DownloadUrl;
        [Id(7)] public string? Error;
        [Id(8)] public int Attempts;
        [Id(9)] public DateTimeOffset? SendingSince;
        [Id(10)] public DateTimeOffset UpdatedAt;
    }

    /// <summary>Converts <see cref="BatchItem"/> to and from its surrogate.</summary>
    [RegisterConverter]
    internal sealed class BatchItemSurrogateConverter : IConverter<BatchItem, BatchItemSurrogate>
    {
        public BatchItem ConvertFromSurrogate(in BatchItemSurrogate surrogate) => new BatchItem
        {
            BatchId = surrogate.BatchId,
            Number = surrogate.Number,
            Key = surrogate.Key,
            State = (BatchItemState)surrogate.State,
            ProjectId = surrogate.ProjectId,
            Progress = surrogate.Progress,
            DownloadUrl = surrogate.DownloadUrl,
            Error = surrogate.Error,
            Attempts = surrogate.Attempts,
            SendingSince = surrogate.SendingSince,
            UpdatedAt = surrogate.UpdatedAt,
        };

        public BatchItemSurrogate ConvertToSurrogate(in BatchItem value) => new BatchItemSurrogate
        {
            BatchId = value.BatchId,
            Number = value.Number,
            Key = value.Key,
            State = (int)value.State,
            ProjectId = value.ProjectId,
            Progress = value.Progress,
            DownloadUrl = value.DownloadUrl,
            Error = value.Error,
            Attempts = value.Attempts,
            SendingSince = value.SendingSince,
            UpdatedAt = value.UpdatedAt,
        };
    }
}
