using System;
using System.Collections.Generic;

namespace AiStudios.Batch.Ledger
{
    /// <summary>What every ledger checks when it opens a batch, written once.</summary>
    internal static class LedgerRules
    {
        public static void CheckSameBatch(string batchId, string storedFingerprint, BatchDefinition definition)
        {
            if (!string.Equals(storedFingerprint, definition.Fingerprint, StringComparison.Ordinal))
            {
                throw new BatchLedgerException(
                    $"The ledger's batch '{batchId}' was planned from other data or another template (fingerprint {Short(storedFingerprint)}, now {Short(definition.Fingerprint)}). "
                    + "Resuming it with changed rows would mix two batches. Run it with the files it was started with, or use a new ledger (or another batch id) for the new data.");
            }
        }

        public static void CheckNewBatch(BatchDefinition definition, int otherBatches)
        {
            if (definition.BatchId is { } id && !Reconciliation.CorrelationMarker.IsValidBatchId(id))
            {
                throw new ArgumentException($"The batch id '{id}' must be 1 to 16 lowercase letters or digits (it is written into project names).", nameof(definition));
            }

            if (otherBatches > 0 && !definition.AllowBesideOthers)
            {
                throw new BatchLedgerException(
                    $"The ledger holds {otherBatches} other batch(es), none planned from these files: the template or the data changed since the batch started. "
                    + "Resuming with changed rows is refused (rows already rendered would be rendered again). Use the original files, a new ledger, or allow a new batch in this ledger explicitly.");
            }
        }

        public static IEnumerable<BatchItem> NewItems(string batchId, BatchDefinition definition, DateTimeOffset now)
        {
            foreach (BatchItemSeed seed in definition.Items)
            {
                var item = new BatchItem { BatchId = batchId, Number = seed.Number, Key = seed.Key, State = BatchItemState.Pending, UpdatedAt = now };
                yield return seed.SkipReason is null ? item : BatchItemTransitions.Skip(item, seed.SkipReason, now);
            }
        }

        private static string Short(string fingerprint) => fingerprint.Length <= 12 ? fingerprint : fingerprint.Substring(0, 12);
    }
}
