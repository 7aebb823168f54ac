using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Orleans.Items
{
    /// <summary>
    /// The <see cref="IBatchLedger"/> an item grain hands to <c>BatchItemProcessor</c>: a ledger of one item, whose
    /// commits are the grain's persisted state. The processor's code runs partly off the grain's scheduler (it awaits
    /// with <c>ConfigureAwait(false)</c>), so each commit is sent back to the grain's scheduler before it touches the
    /// grain's state.
    /// </summary>
    internal sealed class GrainItemLedger : IBatchLedger
    {
        private readonly IItemCommitter _owner;

        public GrainItemLedger(IItemCommitter owner)
        {
            _owner = owner;
        }

        public Task<LedgerBatch> OpenBatchAsync(BatchDefinition definition, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("An item grain's ledger holds that one item; a fleet batch is opened by its coordinator grain (IBatchGrain.Open).");

        public Task<IReadOnlyList<BatchItem>> GetItemsAsync(string batchId, IReadOnlyCollection<BatchItemState> states, long afterNumber, int limit, CancellationToken cancellationToken = default)
        {
            BatchItem? item = _owner.Current;
            IReadOnlyList<BatchItem> items = item is not null && item.BatchId == batchId && item.Number > afterNumber && limit > 0 && Contains(states, item.State)
                ? new[] { item }
                : Array.Empty<BatchItem>();
            return Task.FromResult(items);
        }

        public Task<byte[]> GetPayloadAsync(string batchId, long number, CancellationToken cancellationToken = default)
        {
            BatchItem? item = _owner.Current;
            return item is not null && item.BatchId == batchId && item.Number == number && _owner.Payload is { } payload
                ? Task.FromResult(payload)
                : throw new BatchLedgerException($"Item {number} of batch {batchId} has no project in its grain.");
        }

        public Task SaveAsync(BatchItem item, CancellationToken cancellationToken = default)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(item));
            }

            // Not cancellable, as in every ledger: a transition is recorded whole or the process is gone.
            TaskScheduler grain = _owner.Scheduler;
            return TaskScheduler.Current == grain
                ? _owner.CommitAsync(item)
                : Task.Factory.StartNew(() => _owner.CommitAsync(item), CancellationToken.None, TaskCreationOptions.None, grain).Unwrap();
        }

        public Task<IReadOnlyDictionary<BatchItemState, int>> CountAsync(string batchId, CancellationToken cancellationToken = default)
        {
            BatchItem? item = _owner.Current;
            IReadOnlyDictionary<BatchItemState, int> counts = item is not null && item.BatchId == batchId
                ? new Dictionary<BatchItemState, int> { [item.State] = 1 }
                : new Dictionary<BatchItemState, int>();
            return Task.FromResult(counts);
        }

        public ValueTask DisposeAsync() => default;

        private static bool Contains(IReadOnlyCollection<BatchItemState> states, BatchItemState state)
        {
            foreach (BatchItemState wanted in states)
            {
                if (wanted == state)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>What <see cref="GrainItemLedger"/> needs of its grain.</summary>
    internal interface IItemCommitter
    {
        /// <summary>The item as last committed.</summary>
        BatchItem? Current { get; }

        /// <summary>The planned project.</summary>
        byte[]? Payload { get; }

        /// <summary>The grain's scheduler: state is touched only there.</summary>
        TaskScheduler Scheduler { get; }

        /// <summary>Persists a new version of the item (on the grain's scheduler).</summary>
        Task CommitAsync(BatchItem item);
    }
}
