using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Batch.Ledger
{
    /// <summary>
    /// A ledger in memory: nothing survives the process, so a crash loses which creates were sent. For tests and for
    /// measuring what the durable ledger costs; never for real batches.
    /// </summary>
    public sealed class InMemoryBatchLedger : IBatchLedger
    {
        private readonly object _lock = new object();
        private readonly Dictionary<string, (LedgerBatch Batch, string Fingerprint)> _batches = new Dictionary<string, (LedgerBatch, string)>(StringComparer.Ordinal);
        private readonly Dictionary<(string, long), BatchItem> _items = new Dictionary<(string, long), BatchItem>();
        private readonly Dictionary<(string, long), byte[]> _payloads = new Dictionary<(string, long), byte[]>();
        private readonly TimeProvider _time;

        /// <summary>Creates an empty ledger.</summary>
        /// <param name="time">The clock; default: the system's.</param>
        public InMemoryBatchLedger(TimeProvider? time = null)
        {
            _time = time ?? TimeProvider.System;
        }

        /// <summary>How many saves were made (for tests).</summary>
        public int Saves { get; private set; }

        /// <inheritdoc />
        public Task<LedgerBatch> OpenBatchAsync(BatchDefinition definition, CancellationToken cancellationToken = default)
        {
            lock (_lock)
            {
                var existing = definition.BatchId is { } id
                    ? (_batches.TryGetValue(id, out var byId) ? byId : ((LedgerBatch, string)?)null)
                    : _batches.Values.Where(b => b.Fingerprint == definition.Fingerprint).Select(b => ((LedgerBatch, string)?)b).FirstOrDefault();
                if (existing is { } found)
                {
                    LedgerRules.CheckSameBatch(found.Item1.BatchId, found.Item2, definition);
                    return Task.FromResult(found.Item1 with { Resumed = true });
                }

                LedgerRules.CheckNewBatch(definition, _batches.Count);
                string batchId = definition.BatchId ?? Reconciliation.CorrelationMarker.NewBatchId();
                DateTimeOffset now = _time.GetUtcNow();
                var batch = new LedgerBatch(batchId, false, definition.Items.Count, now);
                foreach (BatchItem item in LedgerRules.NewItems(batchId, definition, now))
                {
                    _items[(batchId, item.Number)] = item;
                }

                foreach (BatchItemSeed seed in definition.Items.Where(s => s.Payload is not null))
                {
                    _payloads[(batchId, seed.Number)] = seed.Payload!;
                }

                _batches[batchId] = (batch, definition.Fingerprint);
                return Task.FromResult(batch);
            }
        }

        /// <inheritdoc />
        public Task<IReadOnlyList<BatchItem>> GetItemsAsync(string batchId, IReadOnlyCollection<BatchItemState> states, long afterNumber, int limit, CancellationToken cancellationToken = default)
        {
            lock (_lock)
            {
                IReadOnlyList<BatchItem> items = _items.Values
                    .Where(i => i.BatchId == batchId && i.Number > afterNumber && states.Contains(i.State))
                    .OrderBy(i => i.Number)
                    .Take(limit)
                    .ToList();
                return Task.FromResult(items);
            }
        }

        /// <inheritdoc />
        public Task<byte[]> GetPayloadAsync(string batchId, long number, CancellationToken cancellationToken = default)
        {
            lock (_lock)
            {
                return _payloads.TryGetValue((batchId, number), out byte[]? payload)
                    ? Task.FromResult(payload)
                    : throw new BatchLedgerException($"Item {number} of batch {batchId} has no project in the ledger.");
            }
        }

        /// <inheritdoc />
        public Task SaveAsync(BatchItem item, CancellationToken cancellationToken = default)
        {
            lock (_lock)
            {
                if (!_items.ContainsKey((item.BatchId, item.Number)))
                {
                    throw new BatchLedgerException($"Item {item.Number} of batch {item.BatchId} is not in the ledger.");
                }

                _items[(item.BatchId, item.Number)] = item;
                Saves++;
            }

            return Task.CompletedTask;
        }

        /// <inheritdoc />
        public Task<IReadOnlyDictionary<BatchItemState, int>> CountAsync(string batchId, CancellationToken cancellationToken = default)
        {
            lock (_lock)
            {
                IReadOnlyDictionary<BatchItemState, int> counts = _items.Values.Where(i => i.BatchId == batchId)
                    .GroupBy(i => i.State)
                    .ToDictionary(g => g.Key, g => g.Count());
                return Task.FromResult(counts);
            }
        }

        /// <inheritdoc />
        public ValueTask DisposeAsync() => default;
    }
}
