using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Orleans.Hosting;
using AiStudios.Batch.Orleans.Items;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace AiStudios.Batch.Orleans.Coordination
{
    /// <summary>
    /// A batch's coordinator: keeps a window of rows started, starts the next rows as items close, and asks every
    /// started row where it stands at each sweep, which also wakes an item whose silo died on another silo (an item only
    /// runs when it is called or activated). It never sends anything itself: items do, each under the ledger rules.
    /// </summary>
    internal sealed class BatchGrain : Grain, IBatchGrain
    {
        private const int MaxUnresolvedListed = 1000;

        private readonly IPersistentState<BatchRecord> _record;
        private readonly BatchFleetOptions _options;
        private readonly TimeProvider _time;
        private readonly ILogger<BatchGrain> _logger;
        private readonly SortedSet<long> _open = new SortedSet<long>();
        private readonly HashSet<long> _resume = new HashSet<long>();
        private IGrainTimer? _timer;
        private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;
        private bool _dirty;

        public BatchGrain(
            [PersistentState("batch", FleetNames.StorageName)] IPersistentState<BatchRecord> record,
            IOptions<BatchFleetOptions> options,
            ILogger<BatchGrain> logger)
        {
            _record = record;
            _options = options.Value;
            _time = _options.TimeProvider;
            _logger = logger;
        }

        private BatchRecord Batch => _record.State;

        private string BatchId => this.GetPrimaryKeyString();

        public override Task OnActivateAsync(CancellationToken cancellationToken)
        {
            if (_record.RecordExists && Batch.Running)
            {
                // Came back (its silo died or it was collected) in the middle of a run: every row the feed reached that
                // is not known to be closed may be at work, or waiting for a wake-up call.
                for (long row = 1; row <= Batch.Cursor; row++)
                {
                    if (!IsClosed(row))
                    {
                        _open.Add(row);
                    }
                }

                StartTimer();
            }

            return Task.CompletedTask;
        }

        public async Task<BatchOpened> Open(BatchOpening opening)
        {
            if (opening is null)
            {
                throw new ArgumentNullException(nameof(opening));
            }

            if (!Reconciliation.CorrelationMarker.IsValidBatchId(BatchId))
            {
                return new BatchOpened(false, $"The batch id '{Short(BatchId)}' must be 1 to 16 lowercase letters or digits (it is written into project names).", false, false, default);
            }

            if (_record.RecordExists)
            {
                return Batch.Fingerprint == opening.Fingerprint && Batch.Total == opening.Total
                    ? new BatchOpened(true, null, true, Batch.Seeded, Batch.CreatedAt)
                    : new BatchOpened(false, $"The batch '{BatchId}' was planned from other data or another template ({Batch.Total} rows, fingerprint {Short(Batch.Fingerprint)}; now {opening.Total} rows, {Short(opening.Fingerprint)}). Run it with the files it was started with, or use another batch id.", true, Batch.Seeded, Batch.CreatedAt);
            }

            if (opening.Total < 0 || opening.Skipped.Any(row => row < 1 || row > opening.Total))
            {
                throw new ArgumentException($"A batch of {opening.Total} rows cannot skip rows outside 1..{opening.Total}.", nameof(opening));
            }

            Batch.Fingerprint = opening.Fingerprint;
            Batch.Source = opening.Source;
            Batch.Total = opening.Total;
            Batch.CreatedAt = _time.GetUtcNow();
            Batch.States = new byte[opening.Total];
            foreach (long row in opening.Skipped)
            {
                Batch.States[row - 1] = Encode(BatchItemState.Skipped);
            }

            await _record.WriteStateAsync();
            return new BatchOpened(true, null, false, false, Batch.CreatedAt);
        }

        public async Task Run()
        {
            if (!_record.RecordExists)
            {
                throw new InvalidOperationException($"The batch '{BatchId}' was never opened.");
            }

            if (Batch.Running)
            {
                StartTimer();
                return;
            }

            // A new run: every row that is not final is started again; those left unknown or unfinished are looked up or
            // followed once more (Resume), as a new local run does.
            _resume.Clear();
            for (long row = 1; row <= Batch.Total; row++)
            {
                if (Decode(Batch.States[row - 1]) == BatchItemState.OutcomeUnknown || Batch.Unfinished.Contains(row))
                {
                    _resume.Add(row);
                }
            }

            Batch.Seeded = true;
            Batch.Running = true;
            Batch.Cursor = 0;
            Batch.Unfinished.Clear();
            Batch.StopReason = null;
            Batch.RunStartedAt = _time.GetUtcNow();
            Batch.CreatesThisRun = 0;
            Batch.FinishedThisRun = 0;
            _open.Clear();
            await _record.WriteStateAsync();
            StartTimer();
        }

        public Task<FleetProgress> GetProgress()
        {
            if (!_record.RecordExists)
            {
                throw new InvalidOperationException($"The batch '{BatchId}' was never opened.");
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var unresolved = new List<long>();
            for (long row = 1; row <= Batch.Total; row++)
            {
                BatchItemState state = Decode(Batch.States[row - 1]);
                counts[state.ToString()] = counts.TryGetValue(state.ToString(), out int n) ? n + 1 : 1;
                if (unresolved.Count < MaxUnresolvedListed && (state == BatchItemState.OutcomeUnknown || Batch.Unfinished.Contains(row)))
                {
                    unresolved.Add(row);
                }
            }

            bool completed = !Batch.Running && Batch.Seeded && Batch.StopReason is null && Batch.Cursor >= Batch.Total;
            return Task.FromResult(new FleetProgress(
                BatchId,
                Batch.Total,
                counts,
                Batch.CreatesThisRun,
                Batch.FinishedThisRun,
                Batch.RunStartedAt == default ? TimeSpan.Zero : _time.GetUtcNow() - Batch.RunStartedAt,
                Batch.Running,
                completed,
                Batch.StopReason,
                unresolved,
                _open.Count));
        }

        public Task Closed(ItemSnapshot snapshot)
        {
            if (snapshot?.Item is { } item && item.BatchId == BatchId && item.Number >= 1 && item.Number <= Batch.Total)
            {
                Apply(item.Number, snapshot);
            }

            return Task.CompletedTask;
        }

        private void StartTimer()
        {
            _timer ??= this.RegisterGrainTimer(
                static (self, _) => self.TickAsync(),
                this,
                new GrainTimerCreationOptions(TimeSpan.Zero, _options.FeedInterval) { Interleave = false, KeepAlive = true });
        }

        private async Task TickAsync()
        {
            if (!Batch.Running)
            {
                return;
            }

            // Persist how far the feed goes before the rows are started: a coordinator that comes back asks them all.
            var starting = new List<long>();
            int window = _options.EffectiveWindow;
            while (_open.Count < window && Batch.Cursor < Batch.Total && Batch.StopReason is null)
            {
                long row = ++Batch.Cursor;
                if (IsFinal(Batch.States[row - 1]))
                {
                    continue;
                }

                _open.Add(row);
                starting.Add(row);
                _dirty = true;
            }

            if (_dirty)
            {
                await WriteAsync();
            }

            DateTimeOffset now = _time.GetUtcNow();
            IReadOnlyCollection<long> calling = starting;
            if (now - _lastSweep >= _options.SweepInterval)
            {
                _lastSweep = now;
                calling = _open.ToList();
            }

            if (calling.Count > 0)
            {
                await CallAsync(calling);
            }

            if (_open.Count == 0 && (Batch.Cursor >= Batch.Total || Batch.StopReason is not null))
            {
                Batch.Running = false;
                _dirty = true;
                _timer?.Dispose();
                _timer = null;
                _logger.LogInformation("Batch {Batch} run ended: {Progress}", BatchId, (await GetProgress()).ToBatchProgress());
            }

            if (_dirty)
            {
                await WriteAsync();
            }
        }

        private async Task CallAsync(IReadOnlyCollection<long> rows)
        {
            TimeSpan timeout = _options.ItemCallTimeout;
            var calls = rows.Select(async row =>
            {
                IBatchItemGrain item = GrainFactory.GetGrain<IBatchItemGrain>(BatchItemKey.For(BatchId, row));
                try
                {
                    Task<ItemSnapshot> call = _resume.Remove(row) ? item.Resume() : item.Start();
                    return (row, (ItemSnapshot?)await call.WaitAsync(timeout));
                }
                catch (Exception e) when (e is OrleansException or TimeoutException or OperationCanceledException)
                {
                    // Its silo is gone and the cluster has not noticed yet, or it is busy: the next sweep asks again.
                    _logger.LogDebug(e, "Item {Row} of batch {Batch} did not answer; asking again at the next sweep.", row, BatchId);
                    return (row, (ItemSnapshot?)null);
                }
            }).ToList();

            foreach ((long row, ItemSnapshot? snapshot) in await Task.WhenAll(calls))
            {
                if (snapshot is not null)
                {
                    Apply(row, snapshot);
                }
            }
        }

        private void Apply(long row, ItemSnapshot snapshot)
        {
            if (snapshot.Item is not { } item)
            {
                _logger.LogWarning("Item {Row} of batch {Batch} was never seeded; run the batch through FleetBatchRunner, which seeds every row first.", row, BatchId);
                return;
            }

            byte before = Batch.States[row - 1];
            byte after = Encode(item.State);
            if (before != after)
            {
                if ((before == 0 || Decode(before) == BatchItemState.Pending) && item.State is not (BatchItemState.Pending or BatchItemState.Skipped))
                {
                    Batch.CreatesThisRun++;
                }

                if (!IsFinal(before) && item.IsFinal)
                {
                    Batch.FinishedThisRun++;
                }

                Batch.States[row - 1] = after;
                _dirty = true;
            }

            if (snapshot.Stopped is { } stopped && Batch.StopReason is null)
            {
                Batch.StopReason = stopped;
                _dirty = true;
                _logger.LogError("Batch {Batch} stops: {Reason}", BatchId, stopped);
            }

            bool closed = item.IsFinal || item.State == BatchItemState.OutcomeUnknown || snapshot.Unfinished || snapshot.Stopped is not null;
            if (closed && !snapshot.Working && _open.Remove(row))
            {
                if (snapshot.Unfinished && !Batch.Unfinished.Contains(row))
                {
                    Batch.Unfinished.Add(row);
                }

                _dirty = true;
            }
        }

        private async Task WriteAsync()
        {
            try
            {
                await _record.WriteStateAsync();
                _dirty = false;
            }
            catch (Exception e) when (e is not global::Orleans.Storage.InconsistentStateException)
            {
                // The store failed for a moment: the record stays dirty and the next tick writes it.
                _logger.LogWarning(e, "Batch {Batch} could not persist its progress; trying again.", BatchId);
            }
        }

        private bool IsClosed(long row)
        {
            byte state = Batch.States[row - 1];
            return IsFinal(state) || Decode(state) == BatchItemState.OutcomeUnknown || Batch.Unfinished.Contains(row);
        }

        private static bool IsFinal(byte state) =>
            state != 0 && Decode(state) is BatchItemState.Done or BatchItemState.Failed or BatchItemState.Skipped;

        private static byte Encode(BatchItemState state) => (byte)(1 + (int)state);

        private static BatchItemState Decode(byte state) => state == 0 ? BatchItemState.Pending : (BatchItemState)(state - 1);

        private static string Short(string text) => text.Length <= 16 ? text : text.Substring(0, 16) + "...";
    }
}
