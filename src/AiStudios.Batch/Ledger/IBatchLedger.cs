using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Batch.Ledger
{
    /// <summary>
    /// Where a batch's items and their states are kept, durably: when <see cref="SaveAsync"/> returns, the new state
    /// survives a crash of the process. The engine commits <see cref="BatchItemState.Sending"/> before a create leaves
    /// and the project id right after the answer, so that a restart knows which creates may have reached the service.
    /// The default is <see cref="SqliteBatchLedger"/>; <see cref="InMemoryBatchLedger"/> keeps nothing across a
    /// restart (tests, measurements). Other stores (a grain's persisted state) implement the same contract.
    /// </summary>
    public interface IBatchLedger : IAsyncDisposable
    {
        /// <summary>
        /// Finds the batch of <paramref name="definition"/> (by its id, else by its fingerprint) or creates it with all its
        /// items, atomically (a crash half-way leaves no batch).
        /// </summary>
        /// <param name="definition">The batch.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The batch, and whether it was already there.</returns>
        /// <exception cref="BatchLedgerException">The id is taken by a batch of other data, or the ledger holds other batches and none is this one while <see cref="BatchDefinition.AllowBesideOthers"/> is false.</exception>
        Task<LedgerBatch> OpenBatchAsync(BatchDefinition definition, CancellationToken cancellationToken = default);

        /// <summary>Items of a batch in the given states, by row number, after <paramref name="afterNumber"/>, at most <paramref name="limit"/>.</summary>
        /// <param name="batchId">The batch.</param>
        /// <param name="states">The states wanted.</param>
        /// <param name="afterNumber">Only items with a larger row number (paging); 0 from the start.</param>
        /// <param name="limit">How many at most.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The items.</returns>
        Task<IReadOnlyList<BatchItem>> GetItemsAsync(string batchId, IReadOnlyCollection<BatchItemState> states, long afterNumber, int limit, CancellationToken cancellationToken = default);

        /// <summary>The project JSON of an item (without its correlation marker), as planned.</summary>
        /// <param name="batchId">The batch.</param>
        /// <param name="number">The item.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The UTF-8 JSON.</returns>
        Task<byte[]> GetPayloadAsync(string batchId, long number, CancellationToken cancellationToken = default);

        /// <summary>Stores a new version of an item; durable when the task completes.</summary>
        /// <param name="item">The item.</param>
        /// <param name="cancellationToken">Stops waiting (the write itself is not torn).</param>
        /// <returns>A task.</returns>
        Task SaveAsync(BatchItem item, CancellationToken cancellationToken = default);

        /// <summary>How many items of a batch are in each state.</summary>
        /// <param name="batchId">The batch.</param>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The counts (states without items are absent).</returns>
        Task<IReadOnlyDictionary<BatchItemState, int>> CountAsync(string batchId, CancellationToken cancellationToken = default);
    }

    /// <summary>A batch to open: its identity and, for a new one, its items.</summary>
    /// <param name="Fingerprint">The plan's fingerprint (same template and rows, same fingerprint).</param>
    /// <param name="BatchId">An id chosen by the caller, or null: the batch with this fingerprint, else a new random id.</param>
    /// <param name="Source">A description for people (the files).</param>
    /// <param name="Items">The items, used only when the batch is created.</param>
    /// <param name="AllowBesideOthers">Whether a new batch may be added to a ledger that holds other batches (a shared ledger); false refuses, so that a changed data file is not taken for a new batch and rendered again.</param>
    public sealed record BatchDefinition(string Fingerprint, string? BatchId, string Source, IReadOnlyList<BatchItemSeed> Items, bool AllowBesideOthers = false);

    /// <summary>An item as planned.</summary>
    /// <param name="Number">The row number.</param>
    /// <param name="Key">The row key.</param>
    /// <param name="Payload">The project JSON; null for a skipped row.</param>
    /// <param name="SkipReason">Why the row is skipped; null for an item to send.</param>
    public sealed record BatchItemSeed(long Number, string Key, byte[]? Payload, string? SkipReason);

    /// <summary>An opened batch.</summary>
    /// <param name="BatchId">Its id.</param>
    /// <param name="Resumed">Whether it was already in the ledger.</param>
    /// <param name="ItemCount">How many items it has.</param>
    /// <param name="CreatedAt">When it was created.</param>
    public sealed record LedgerBatch(string BatchId, bool Resumed, int ItemCount, DateTimeOffset CreatedAt);

    /// <summary>The ledger cannot be used as asked: in use by another process, of another batch, or unreadable.</summary>
    public sealed class BatchLedgerException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What is wrong and what to do.</param>
        /// <param name="innerException">The cause.</param>
        public BatchLedgerException(string message, Exception? innerException = null)
            : base(message, innerException)
        {
        }
    }
}
