using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Completion;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Orleans.Coordination;
using AiStudios.Batch.Orleans.Hosting;
using AiStudios.Batch.Orleans.Limits;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace AiStudios.Batch.Orleans.Items
{
    /// <summary>
    /// One row's worker. Work runs in the grain, off any call (a call only starts it, so no grain call waits for a
    /// render): take a render slot, then <see cref="BatchItemProcessor.ProcessAsync"/> with a ledger that is this grain's
    /// persisted state. So the rule of the local runner holds unchanged: <c>Sending</c> is persisted (with the attempt's
    /// marker) before the create leaves, <c>Sent</c> right after the answer, and an item found in <c>Sending</c> (its silo
    /// died) is reconciled by its marker before anything is sent again.
    /// </summary>
    internal sealed class BatchItemGrain : Grain, IBatchItemGrain, IItemCommitter
    {
        private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(20);

        private readonly IPersistentState<BatchItemRecord> _record;
        private readonly FleetServices _fleet;
        private readonly ILogger<BatchItemGrain> _logger;
        private readonly SemaphoreSlim _commits = new SemaphoreSlim(1, 1);
        private TaskScheduler _scheduler = TaskScheduler.Default;
        private BatchItem? _item;
        private Task? _work;
        private CancellationTokenSource? _stop;
        private BufferedWebhookCompletion? _webhooks;
        private bool _unfinished;
        private bool _unknownRechecked;
        private string? _stopped;

        public BatchItemGrain(
            [PersistentState("item", FleetNames.StorageName)] IPersistentState<BatchItemRecord> record,
            FleetServices fleet,
            ILogger<BatchItemGrain> logger)
        {
            _record = record;
            _fleet = fleet;
            _logger = logger;
        }

        public BatchItem? Current => _item;

        public byte[]? Payload => _record.RecordExists ? _payload : null;

        public TaskScheduler Scheduler => _scheduler;

        private byte[]? _payload;

        private string Key => this.GetPrimaryKeyString();

        public override Task OnActivateAsync(CancellationToken cancellationToken)
        {
            _scheduler = TaskScheduler.Current;
            if (_record.RecordExists)
            {
                _item = _record.State.ToItem();
                _payload = _record.State.Payload;

                // Its silo died (or it was collected) in the middle: carry on from what was persisted.
                if (_item.State is BatchItemState.Sending or BatchItemState.Sent or BatchItemState.Rendering)
                {
                    StartWork();
                }
            }

            return Task.CompletedTask;
        }

        public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
        {
            if (_work is { IsCompleted: false } work)
            {
                // Stop waiting; a create already on its way is let finish and recorded before the grain goes.
                _stop?.Cancel();
                await Task.WhenAny(work, Task.Delay(StopWait, cancellationToken));
            }
        }

        public async Task<ItemSnapshot> Seed(ItemSeed seed)
        {
            if (seed is null)
            {
                throw new ArgumentNullException(nameof(seed));
            }

            if (!BatchItemKey.TryParse(Key, out string batchId, out long number) || number != seed.Number)
            {
                throw new ArgumentException($"Row {seed.Number} cannot be seeded into item grain '{Key}' (keys are {{batch}}/{{row}}).", nameof(seed));
            }

            if (_item is not null)
            {
                if (!string.Equals(_item.Key, seed.Key, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Item {Key} holds the row keyed '{_item.Key}', not '{seed.Key}': the batch's rows changed since it was seeded.");
                }

                return Snapshot();
            }

            DateTimeOffset now = _fleet.Time.GetUtcNow();
            var item = new BatchItem { BatchId = batchId, Number = number, Key = seed.Key, State = BatchItemState.Pending, UpdatedAt = now };
            if (seed.SkipReason is { } reason)
            {
                item = BatchItemTransitions.Skip(item, reason, now);
            }
            else if (seed.Payload is not { Length: > 0 })
            {
                throw new ArgumentException($"Row {number} has neither a project nor a reason to skip it.", nameof(seed));
            }

            _record.State.Payload = seed.SkipReason is null ? seed.Payload : null;
            _record.State.Apply(item);
            await _record.WriteStateAsync();
            _item = item;
            _payload = _record.State.Payload;

            // Thousands are seeded before a few are started: keep memory for the ones at work.
            DeactivateOnIdle();
            return Snapshot();
        }

        public Task<ItemSnapshot> Start()
        {
            if (_item is null)
            {
                throw new InvalidOperationException($"Item {Key} was never seeded.");
            }

            StartWork();
            ItemSnapshot snapshot = Snapshot();
            if (_item.IsFinal && !snapshot.Working)
            {
                DeactivateOnIdle();
            }

            return Task.FromResult(snapshot);
        }

        public Task<ItemSnapshot> Resume()
        {
            if (_work is not { IsCompleted: false })
            {
                _unfinished = false;
                _unknownRechecked = false;
                _stopped = null;
            }

            return Start();
        }

        public Task<ItemSnapshot> Get() => Task.FromResult(Snapshot());

        public Task<bool> Deliver(WebhookNotice notice)
        {
            if (notice is null || _item is null || _item.IsFinal || _fleet.Options.WebhookBaseUrl is null)
            {
                return Task.FromResult(false);
            }

            _webhooks ??= _fleet.NewWebhookCompletion();
            bool delivered = _webhooks.Deliver(_item.BatchId, _item.Number, notice);
            if (!delivered && notice.IsFinal && _item.State is BatchItemState.Sent or BatchItemState.Rendering)
            {
                // The render ended while nobody followed it here: follow it now, the notice is waiting.
                _unfinished = false;
                StartWork();
            }

            return Task.FromResult(delivered);
        }

        /// <summary>Called on the grain's scheduler (see <see cref="GrainItemLedger.SaveAsync"/>).</summary>
        public async Task CommitAsync(BatchItem item)
        {
            await _commits.WaitAsync();
            try
            {
                _record.State.Apply(item);
                try
                {
                    await _record.WriteStateAsync();
                }
                catch (Exception e) when (e is not InconsistentStateException)
                {
                    // The write may have landed with its answer lost: read back what the store has, so the next write
                    // carries the right ETag and the grain's view matches the store.
                    await ResyncAsync(e);
                    throw;
                }

                _item = item;
            }
            finally
            {
                _commits.Release();
            }
        }

        private void StartWork()
        {
            if (_item is null || _work is { IsCompleted: false } || _item.IsFinal || _stopped is not null || _unfinished)
            {
                return;
            }

            if (_item.State == BatchItemState.OutcomeUnknown && _unknownRechecked)
            {
                return;
            }

            _stop?.Dispose();
            _stop = new CancellationTokenSource();
            _work = WorkAsync(_stop.Token);
        }

        private async Task WorkAsync(CancellationToken cancellationToken)
        {
            var slot = new FleetRenderSlots(GrainFactory.GetGrain<IFleetLimiterGrain>(FleetNames.LimiterKey), Key, _fleet.Time, _logger);
            try
            {
                await slot.AcquireAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            TimeSpan renew = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond * 100, _fleet.Options.SlotLease.Ticks / 3));
            IGrainTimer renewal = this.RegisterGrainTimer(
                static (state, _) => state.RenewAsync(),
                slot,
                new GrainTimerCreationOptions(renew, renew) { Interleave = true, KeepAlive = true });
            try
            {
                IRenderCompletionSource completion = _fleet.Options.WebhookBaseUrl is null ? _fleet.Polling : (_webhooks ??= _fleet.NewWebhookCompletion());
                var processor = new BatchItemProcessor(_fleet.Client, new GrainItemLedger(this), _fleet.Throttle, completion, _fleet.Lookup, _fleet.ItemOptions);
                BatchItem item = _item!;
                if (item.State == BatchItemState.OutcomeUnknown)
                {
                    // As a new local run does: look once more, with a listing taken now.
                    _unknownRechecked = true;
                    item = await processor.ReconcileAsync(item, cancellationToken);
                }

                item = await processor.ProcessAsync(item, cancellationToken);

                // A render not followed to its end because the grain is going away (its silo stops) is not "unfinished":
                // the activation that replaces it follows it on.
                _unfinished = !cancellationToken.IsCancellationRequested && item.State is BatchItemState.Sent or BatchItemState.Rendering;
                _unknownRechecked |= item.State == BatchItemState.OutcomeUnknown;
            }
            catch (InconsistentStateException e)
            {
                // Another activation of this item wrote first (a moment of split membership): it owns the item now.
                _logger.LogWarning(e, "Item {Key} was written by another activation; this one stops without sending.", Key);
                DeactivateOnIdle();
                return;
            }
            catch (BatchStoppedException e)
            {
                _stopped = e.Message;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A store or limiter that failed for a moment: what was persisted stands, the next Start carries on.
                _logger.LogWarning(e, "Item {Key} stopped at {State}; it carries on at the next start.", Key, _item?.State);
                return;
            }
            finally
            {
                renewal.Dispose();
                slot.Release();
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            if (_item is { } ended && (ended.IsFinal || ended.State == BatchItemState.OutcomeUnknown || _unfinished || _stopped is not null))
            {
                // Tell the coordinator at once, so it starts the next row into this place without waiting for a sweep.
                ItemSnapshot closed = Snapshot(working: false);
                _ = TellAsync(ended.BatchId, closed);
                if (ended.IsFinal)
                {
                    DeactivateOnIdle();
                }
            }
        }

        private async Task TellAsync(string batchId, ItemSnapshot snapshot)
        {
            try
            {
                await GrainFactory.GetGrain<IBatchGrain>(batchId).Closed(snapshot);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                // The coordinator's next sweep asks this item anyway.
                _logger.LogDebug(e, "Item {Key} could not tell its coordinator it closed.", Key);
            }
        }

        private async Task ResyncAsync(Exception cause)
        {
            try
            {
                await _record.ReadStateAsync();
                if (_record.RecordExists)
                {
                    _item = _record.State.ToItem();
                }
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                _logger.LogWarning(e, "Item {Key} could not read its state back after a failed write ({Cause}).", Key, cause.Message);
            }
        }

        private ItemSnapshot Snapshot(bool? working = null) =>
            new ItemSnapshot(_item, working ?? _work is { IsCompleted: false }, _unfinished, _stopped, GrainContext.Address.SiloAddress?.ToString() ?? "?");
    }
}
