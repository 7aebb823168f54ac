using System;
using System.Collections.Generic;
using System.Globalization;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Execution
{
    /// <summary>Where a running batch stands: counts per state, pace, and an estimate of the time left.</summary>
    public sealed class BatchProgress
    {
        /// <summary>
        /// Creates a reading. The local runner makes these; a distributed runner (whose items live elsewhere) makes them
        /// from the counts it gathers, so that a progress display serves both.
        /// </summary>
        /// <param name="batchId">The batch.</param>
        /// <param name="total">Items in the batch.</param>
        /// <param name="counts">Items per state (states without items may be absent).</param>
        /// <param name="createsThisRun">Creates sent by this run.</param>
        /// <param name="finishedThisRun">Items that reached a final state in this run.</param>
        /// <param name="elapsed">Since this run started.</param>
        public BatchProgress(string batchId, int total, IReadOnlyDictionary<BatchItemState, int> counts, int createsThisRun, int finishedThisRun, TimeSpan elapsed)
        {
            if (total < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(total), total, "The total cannot be negative.");
            }

            BatchId = batchId ?? throw new ArgumentNullException(nameof(batchId));
            Total = total;
            Counts = counts ?? throw new ArgumentNullException(nameof(counts));
            CreatesThisRun = createsThisRun;
            FinishedThisRun = finishedThisRun;
            Elapsed = elapsed;
        }

        /// <summary>The batch.</summary>
        public string BatchId { get; }

        /// <summary>Items in the batch.</summary>
        public int Total { get; }

        /// <summary>Items per state.</summary>
        public IReadOnlyDictionary<BatchItemState, int> Counts { get; }

        /// <summary>Creates sent by this run.</summary>
        public int CreatesThisRun { get; }

        /// <summary>Items that reached a final state in this run.</summary>
        public int FinishedThisRun { get; }

        /// <summary>Since this run started.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>Items done.</summary>
        public int Done => Count(BatchItemState.Done);

        /// <summary>Items failed.</summary>
        public int Failed => Count(BatchItemState.Failed);

        /// <summary>Items whose create's outcome is unknown.</summary>
        public int OutcomeUnknown => Count(BatchItemState.OutcomeUnknown);

        /// <summary>Items created and rendering (sent or rendering).</summary>
        public int InFlight => Count(BatchItemState.Sent) + Count(BatchItemState.Rendering) + Count(BatchItemState.Sending);

        /// <summary>Items not sent yet.</summary>
        public int Pending => Count(BatchItemState.Pending);

        /// <summary>Items finished for good: done, failed or skipped.</summary>
        public int Finished => Done + Failed + Count(BatchItemState.Skipped);

        /// <summary>Items finished per minute in this run.</summary>
        public double FinishedPerMinute => Elapsed.TotalMinutes > 0 ? FinishedThisRun / Elapsed.TotalMinutes : 0;

        /// <summary>Creates per minute in this run.</summary>
        public double CreatesPerMinute => Elapsed.TotalMinutes > 0 ? CreatesThisRun / Elapsed.TotalMinutes : 0;

        /// <summary>Time left at this run's pace; null until something finished.</summary>
        public TimeSpan? EstimatedRemaining
        {
            get
            {
                int left = Total - Finished - OutcomeUnknown;
                if (left <= 0)
                {
                    return TimeSpan.Zero;
                }

                double perMinute = FinishedPerMinute;
                return perMinute > 0 ? TimeSpan.FromMinutes(left / perMinute) : null;
            }
        }

        /// <summary>The count of one state.</summary>
        /// <param name="state">The state.</param>
        /// <returns>The count.</returns>
        public int Count(BatchItemState state) => Counts.TryGetValue(state, out int count) ? count : 0;

        /// <summary>One line: <c>812/10000 done, 40 rendering, 0 failed, 0 unknown; 95.2/min; ETA 1:45:10</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            string eta = EstimatedRemaining is { } remaining ? remaining.ToString(remaining.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "?";
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0}/{1} done, {2} in flight, {3} pending, {4} failed, {5} unknown, {6} skipped; {7:0.#}/min; ETA {8}",
                Done,
                Total,
                InFlight,
                Pending,
                Failed,
                OutcomeUnknown,
                Count(BatchItemState.Skipped),
                FinishedPerMinute,
                eta);
        }
    }
}
