using System;
using System.Collections.Generic;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Execution
{
    /// <summary>How a run of a batch ended.</summary>
    public sealed class BatchResult
    {
        internal BatchResult(string batchId, bool resumed, BatchProgress progress, BatchRunStatistics statistics, IReadOnlyList<BatchItem> unresolved)
        {
            BatchId = batchId;
            Resumed = resumed;
            Progress = progress;
            Statistics = statistics;
            Unresolved = unresolved;
        }

        /// <summary>The batch.</summary>
        public string BatchId { get; }

        /// <summary>Whether the run continued a batch the ledger already held.</summary>
        public bool Resumed { get; }

        /// <summary>The final counts.</summary>
        public BatchProgress Progress { get; }

        /// <summary>What this run did.</summary>
        public BatchRunStatistics Statistics { get; }

        /// <summary>Items that did not finish: outcome unknown, or renders not followed to their end (at most 1,000 listed).</summary>
        public IReadOnlyList<BatchItem> Unresolved { get; }

        /// <summary>Whether every item is done or skipped.</summary>
        public bool IsComplete => Progress.Done + Progress.Count(BatchItemState.Skipped) == Progress.Total;
    }

    /// <summary>Counts of what one run did.</summary>
    public sealed class BatchRunStatistics
    {
        private int _creates;
        private int _reconciledByMarker;
        private int _resentAfterWindow;
        private int _outcomeUnknown;
        private int _refusedAndRetried;
        private int _duplicatesSeen;

        /// <summary>Creates sent (each committed as Sending first).</summary>
        public int Creates => _creates;

        /// <summary>Items whose create had no recorded answer and whose project was found by its marker.</summary>
        public int ReconciledByMarker => _reconciledByMarker;

        /// <summary>Items absent from a listing after the opt-in window, sent again.</summary>
        public int ResentAfterWindow => _resentAfterWindow;

        /// <summary>Items left with an unknown outcome by this run.</summary>
        public int OutcomeUnknown => _outcomeUnknown;

        /// <summary>Creates the service provably refused (429, no connection) and that were sent again.</summary>
        public int RefusedAndRetried => _refusedAndRetried;

        /// <summary>Further projects found under an item's marker while reconciling (should stay 0).</summary>
        public int DuplicatesSeen => _duplicatesSeen;

        internal void Created() => System.Threading.Interlocked.Increment(ref _creates);

        internal void Reconciled(int duplicates)
        {
            System.Threading.Interlocked.Increment(ref _reconciledByMarker);
            System.Threading.Interlocked.Add(ref _duplicatesSeen, duplicates);
        }

        internal void Resent() => System.Threading.Interlocked.Increment(ref _resentAfterWindow);

        internal void Unknown() => System.Threading.Interlocked.Increment(ref _outcomeUnknown);

        internal void Retried() => System.Threading.Interlocked.Increment(ref _refusedAndRetried);

        /// <summary>The counts.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            $"{Creates} create(s), {ReconciledByMarker} reconciled by marker, {ResentAfterWindow} resent after the window, {OutcomeUnknown} outcome unknown, {RefusedAndRetried} refused and retried";
    }
}
