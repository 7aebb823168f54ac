using System;
using System.Globalization;
using AiStudios.Batch.Ledger;
using Orleans;

namespace AiStudios.Batch.Orleans.Items
{
    /// <summary>A row as planned, for <see cref="IBatchItemGrain.Seed"/>.</summary>
    /// <param name="Number">The row number, from 1.</param>
    /// <param name="Key">The row key.</param>
    /// <param name="Payload">The project JSON (without the correlation marker); null for a skipped row.</param>
    /// <param name="SkipReason">Why the row is skipped; null for a row to send.</param>
    [GenerateSerializer]
    [Alias("aistudios.batch.ItemSeed")]
    public sealed record ItemSeed(
        [property: Id(0)] long Number,
        [property: Id(1)] string Key,
        [property: Id(2)] byte[]? Payload,
        [property: Id(3)] string? SkipReason)
    {
        /// <summary>A seed from the ledger's seed of the same row.</summary>
        /// <param name="seed">The ledger seed (<c>BatchPlan.ToItemSeeds()</c>).</param>
        /// <returns>The grain seed.</returns>
        public static ItemSeed From(BatchItemSeed seed) => new ItemSeed(seed.Number, seed.Key, seed.Payload, seed.SkipReason);
    }

    /// <summary>An item as its grain has it.</summary>
    /// <param name="Item">The ledger item; null when the grain was never seeded.</param>
    /// <param name="Working">Whether the grain is working it now.</param>
    /// <param name="Unfinished">Whether its last work ended with the render not followed to its end (timed out, stalled).</param>
    /// <param name="Stopped">Why the batch must stop (the service refused the credentials); null otherwise.</param>
    /// <param name="Silo">The silo the grain is active on.</param>
    [GenerateSerializer]
    [Alias("aistudios.batch.ItemSnapshot")]
    public sealed record ItemSnapshot(
        [property: Id(0)] BatchItem? Item,
        [property: Id(1)] bool Working,
        [property: Id(2)] bool Unfinished,
        [property: Id(3)] string? Stopped,
        [property: Id(4)] string Silo);

    /// <summary>A render webhook reduced to what an item needs.</summary>
    /// <param name="Progress">The payload's progress, 0 to 100.</param>
    /// <param name="DownloadUrl">The video, with a completed notice.</param>
    /// <param name="Failure">What failed, with a failure notice.</param>
    [GenerateSerializer]
    [Alias("aistudios.batch.WebhookNotice")]
    public sealed record WebhookNotice(
        [property: Id(0)] double Progress,
        [property: Id(1)] string? DownloadUrl,
        [property: Id(2)] string? Failure)
    {
        /// <summary>Whether the notice ends the render (completed or failed).</summary>
        public bool IsFinal => Failure is not null || (Progress >= 100 && DownloadUrl is not null);
    }

    /// <summary>Item grain keys: <c>{batch}/{row}</c>.</summary>
    public static class BatchItemKey
    {
        /// <summary>The key of a row.</summary>
        /// <param name="batchId">The batch.</param>
        /// <param name="number">The row number.</param>
        /// <returns>The key.</returns>
        public static string For(string batchId, long number) => batchId + "/" + number.ToString(CultureInfo.InvariantCulture);

        /// <summary>Reads a key.</summary>
        /// <param name="key">The key.</param>
        /// <param name="batchId">The batch.</param>
        /// <param name="number">The row number.</param>
        /// <returns>Whether it is an item key (a valid batch id, a slash, a positive row number).</returns>
        public static bool TryParse(string? key, out string batchId, out long number)
        {
            batchId = string.Empty;
            number = 0;
            int slash = key?.IndexOf('/', StringComparison.Ordinal) ?? -1;
            if (slash <= 0)
            {
                return false;
            }

            string batch = key!.Substring(0, slash);
            if (!Reconciliation.CorrelationMarker.IsValidBatchId(batch)
                || !long.TryParse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out long row)
                || row < 1)
            {
                return false;
            }

            batchId = batch;
            number = row;
            return true;
        }
    }
}
