using System;
using System.Collections.Generic;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Execution
{
    /// <summary>Counts per state kept in memory from the ledger's counts and every committed change; reports at most once per interval.</summary>
    internal sealed class ProgressTracker
    {
        private readonly object _lock = new object();
        private readonly string _batchId;
        private readonly int _total;
        private readonly Dictionary<BatchItemState, int> _counts;
        private readonly TimeProvider _time;
        private readonly TimeSpan _interval;
        private readonly IProgress<BatchProgress>? _progress;
        private readonly long _started;
        private long _lastReport;
        private int _creates;
        private int _finished;

        public ProgressTracker(string batchId, int total, IReadOnlyDictionary<BatchItemState, int> counts, TimeProvider time, TimeSpan interval, IProgress<BatchProgress>? progress)
        {
            _batchId = batchId;
            _total = total;
            _counts = new Dictionary<BatchItemState, int>(counts);
            _time = time;
            _interval = interval;
            _progress = progress;
            _started = time.GetTimestamp();
            _lastReport = long.MinValue;
        }

        public void OnChanged(BatchItem before, BatchItem after)
        {
            BatchProgress? report = null;
            lock (_lock)
            {
                if (before.State != after.State)
                {
                    _counts[before.State] = Get(before.State) - 1;
                    _counts[after.State] = Get(after.State) + 1;
                    if (after.State == BatchItemState.Sending)
                    {
                        _creates++;
                    }

                    if (after.IsFinal)
                    {
                        _finished++;
                    }
                }

                long now = _time.GetTimestamp();
                if (_progress is not null && (_lastReport == long.MinValue || _time.GetElapsedTime(_lastReport, now) >= _interval))
                {
                    _lastReport = now;
                    report = SnapshotLocked();
                }
            }

            if (report is not null)
            {
                _progress!.Report(report);
            }
        }

        public BatchProgress Snapshot()
        {
            lock (_lock)
            {
                return SnapshotLocked();
            }
        }

        public BatchProgress Report()
        {
            BatchProgress snapshot = Snapshot();
            _progress?.Report(snapshot);
            return snapshot;
        }

        /// <summary>Replaces the counts with the ledger's (after a run, the authoritative numbers).</summary>
        public void Reset(IReadOnlyDictionary<BatchItemState, int> counts)
        {
            lock (_lock)
            {
                _counts.Clear();
                foreach (var pair in counts)
                {
                    _counts[pair.Key] = pair.Value;
                }
            }
        }

        private int Get(BatchItemState state) => _counts.TryGetValue(state, out int count) ? count : 0;

        private BatchProgress SnapshotLocked() =>
            new BatchProgress(_batchId, _total, new Dictionary<BatchItemState, int>(_counts), _creates, _finished, _time.GetElapsedTime(_started));
    }
}
