using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Completion;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Reconciliation;
using AiStudios.Batch.Throughput;

namespace AiStudios.Batch.Execution
{
    /// <summary>
    /// "Process one item": moves an item from where the ledger has it towards a final state, committing every step
    /// through <see cref="BatchItemTransitions"/> and the ledger before acting on it. The local runner calls it for
    /// each item; any other worker (a grain per item) can call it the same way with its own ledger, throttle,
    /// completion source and lookup.
    /// </summary>
    /// <remarks>
    /// The rules it keeps: <c>Sending</c> is committed before the create leaves and the project id right after the
    /// answer; a create is never cancelled once it may have left; a create whose outcome is unknown (timeout, 5xx,
    /// unreadable answer, a crash) is reconciled by its marker and never resent blindly; a create the service provably
    /// did not take (429, no connection) goes back to <c>Pending</c> and is tried again after the throttle's pause.
    /// </remarks>
    public sealed class BatchItemProcessor
    {
        private static readonly TimeSpan ConnectionBackoff = TimeSpan.FromSeconds(2);

        private readonly AiStudiosClient _client;
        private readonly IBatchLedger _ledger;
        private readonly IBatchThrottle _throttle;
        private readonly IRenderCompletionSource _completion;
        private readonly IProjectLookup _lookup;
        private readonly BatchOptions _options;
        private readonly TimeProvider _time;

        /// <summary>Creates a processor.</summary>
        /// <param name="client">The client that creates projects.</param>
        /// <param name="ledger">Where item states are committed.</param>
        /// <param name="throttle">The create rate and the 429 pause.</param>
        /// <param name="completion">How renders are followed.</param>
        /// <param name="lookup">How projects are listed for reconciliation.</param>
        /// <param name="options">The batch's options (attempts, the opt-in window, the webhook base URL).</param>
        public BatchItemProcessor(AiStudiosClient client, IBatchLedger ledger, IBatchThrottle throttle, IRenderCompletionSource completion, IProjectLookup lookup, BatchOptions options)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
            _throttle = throttle ?? throw new ArgumentNullException(nameof(throttle));
            _completion = completion ?? throw new ArgumentNullException(nameof(completion));
            _lookup = lookup ?? throw new ArgumentNullException(nameof(lookup));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _time = options.TimeProvider;
        }

        /// <summary>Told after each committed change: (before, after).</summary>
        public event Action<BatchItem, BatchItem>? Changed;

        /// <summary>What this processor did.</summary>
        public BatchRunStatistics Statistics { get; } = new BatchRunStatistics();

        /// <summary>
        /// Takes an item as far as it can go: sends a pending one (again after provable refusals), reconciles one left in
        /// <c>Sending</c>, follows a created one to the end of its render.
        /// </summary>
        /// <param name="item">The item as the ledger has it.</param>
        /// <param name="cancellationToken">Stops waiting; a create already on its way is let finish and recorded.</param>
        /// <returns>The item as it ended: final, <c>OutcomeUnknown</c>, <c>Sending</c> (waiting for the opt-in window) or <c>Rendering</c> (not followed to its end).</returns>
        public async Task<BatchItem> ProcessAsync(BatchItem item, CancellationToken cancellationToken)
        {
            while (true)
            {
                switch (item.State)
                {
                    case BatchItemState.Pending:
                        if (item.Attempts >= _options.MaxCreateAttempts)
                        {
                            // Refused every time: stop knocking (nothing was created; the attempts stay in the ledger).
                            return await CommitAsync(item, BatchItemTransitions.GiveUp(item, $"The service refused the create {item.Attempts} time(s) (last: {item.Error}); giving up.", Now)).ConfigureAwait(false);
                        }

                        item = await SendAsync(item, cancellationToken).ConfigureAwait(false);
                        break;
                    case BatchItemState.Sending:
                        BatchItem reconciled = await ReconcileAsync(item, cancellationToken).ConfigureAwait(false);
                        if (reconciled.State == BatchItemState.Sending)
                        {
                            return reconciled;
                        }

                        item = reconciled;
                        break;
                    case BatchItemState.Sent:
                    case BatchItemState.Rendering:
                        return await FollowAsync(item, cancellationToken).ConfigureAwait(false);
                    default:
                        return item;
                }
            }
        }

        /// <summary>
        /// Sends a pending item: waits for the throttle, commits <c>Sending</c> (with the attempt's marker), sends the
        /// create, commits what came back.
        /// </summary>
        /// <param name="item">A pending item.</param>
        /// <param name="cancellationToken">Stops waiting for the throttle; never cancels the create itself.</param>
        /// <returns>The item: <c>Sent</c>, <c>Pending</c> (provably refused; its backoff applied), <c>Failed</c>, <c>OutcomeUnknown</c> or <c>Sending</c>.</returns>
        public async Task<BatchItem> SendAsync(BatchItem item, CancellationToken cancellationToken)
        {
            byte[] payload = await _ledger.GetPayloadAsync(item.BatchId, item.Number, cancellationToken).ConfigureAwait(false);
            await _throttle.WaitForCreateAsync(cancellationToken).ConfigureAwait(false);

            Project project = Project.FromJson(payload);
            BatchItem sending = BatchItemTransitions.BeginSend(item, Now);
            project.Name = CorrelationMarker.Append(project.Name, sending.Marker);
            if (_options.WebhookBaseUrl is { } webhook)
            {
                var url = new Uri(WebhookCompletionSource.WebhookUrlFor(webhook, item.BatchId, item.Number));
                project.WebhookUrl = (_options.WebhookUrlSigner?.Invoke(url) ?? url).AbsoluteUri;
            }

            // Committed before the request leaves: a crash from here on leaves "Sending", which a restart reconciles.
            sending = await CommitAsync(item, sending).ConfigureAwait(false);
            Statistics.Created();
            CreatedProject created;
            try
            {
                created = await _client.CreateProjectAsync(project, CancellationToken.None).ConfigureAwait(false);
            }
            catch (AiStudiosException e) when (!e.IsOutcomeUnknown && IsProvablyNotReceived(e))
            {
                _throttle.Backoff(e.Status == 429 ? e.RetryAfter ?? BatchThrottlingHandler.DefaultRetryAfter : ConnectionBackoff);
                Statistics.Retried();
                return await CommitAsync(sending, BatchItemTransitions.NotReceived(sending, Short(e), Now)).ConfigureAwait(false);
            }
            catch (AiStudiosException e) when (!e.IsOutcomeUnknown && IsAuthentication(e))
            {
                await CommitAsync(sending, BatchItemTransitions.NotReceived(sending, Short(e), Now)).ConfigureAwait(false);
                throw new BatchStoppedException("The service refused the credentials; the batch stopped (nothing else was sent). " + e.Message, e);
            }
            catch (AiStudiosException e) when (!e.IsOutcomeUnknown)
            {
                return await CommitAsync(sending, BatchItemTransitions.Refused(sending, Short(e), Now)).ConfigureAwait(false);
            }
            catch (AiStudiosException)
            {
                // Timeout, 5xx, dropped connection, unreadable answer: the project may exist. Look, in a listing
                // requested now (after the answer was lost), before anything else.
                return await ReconcileAsync(sending, Now, cancellationToken).ConfigureAwait(false);
            }

            return await CommitAsync(sending, BatchItemTransitions.Created(sending, created.ProjectId, Now)).ConfigureAwait(false);
        }

        /// <summary>
        /// Looks for an item left in <c>Sending</c> (or <c>OutcomeUnknown</c>) by its marker and commits what
        /// <see cref="ReconciliationRule"/> decides. The listing used was requested after the create started (after the
        /// opt-in window, once it is over), so items reconciled together share one listing.
        /// </summary>
        /// <param name="item">The item.</param>
        /// <param name="cancellationToken">Stops the listing.</param>
        /// <returns>The item: <c>Sent</c> (found), <c>OutcomeUnknown</c>, <c>Pending</c> (absent after the opt-in window) or unchanged (window not over).</returns>
        public Task<BatchItem> ReconcileAsync(BatchItem item, CancellationToken cancellationToken) =>
            ReconcileAsync(item, null, cancellationToken);

        /// <summary>As <see cref="ReconcileAsync(BatchItem, CancellationToken)"/>, with a listing requested no earlier than <paramref name="notBefore"/>.</summary>
        /// <param name="item">The item.</param>
        /// <param name="notBefore">The earliest acceptable listing; null: the create's start (or the end of its window, once over).</param>
        /// <param name="cancellationToken">Stops the listing.</param>
        /// <returns>The item.</returns>
        public async Task<BatchItem> ReconcileAsync(BatchItem item, DateTimeOffset? notBefore, CancellationToken cancellationToken)
        {
            if (notBefore is null)
            {
                DateTimeOffset since = item.SendingSince ?? Now;
                notBefore = _options.ResendAbsentAfter is TimeSpan window && Now >= since + window ? since + window : since;
            }

            await _throttle.WaitForCallAsync(cancellationToken).ConfigureAwait(false);
            ProjectListing listing = await _lookup.ListAsync(notBefore.Value, cancellationToken).ConfigureAwait(false);
            ReconciliationDecision decision = ReconciliationRule.Decide(item, listing.Find(item.BatchId, item.Number), listing.ListedAt, _options.ResendAbsentAfter);
            switch (decision.Verdict)
            {
                case ReconciliationVerdict.Found:
                    Statistics.Reconciled(decision.Duplicates);
                    return await CommitAsync(item, BatchItemTransitions.Created(item, decision.ProjectId!, Now)).ConfigureAwait(false);
                case ReconciliationVerdict.NotReceived:
                    Statistics.Resent();
                    return await CommitAsync(item, BatchItemTransitions.NotReceived(item, decision.Reason, Now)).ConfigureAwait(false);
                case ReconciliationVerdict.WaitForWindow:
                    return item;
                default:
                    if (item.State == BatchItemState.OutcomeUnknown && item.Error == decision.Reason)
                    {
                        return item;
                    }

                    Statistics.Unknown();
                    return await CommitAsync(item, BatchItemTransitions.Unresolved(item, decision.Reason, Now)).ConfigureAwait(false);
            }
        }

        /// <summary>Follows a created item's render to its end, committing progress (each 10 points) and the outcome.</summary>
        /// <param name="item">A sent or rendering item.</param>
        /// <param name="cancellationToken">Stops following (the render goes on; the item stays where it is).</param>
        /// <returns>The item: <c>Done</c>, <c>Failed</c>, or still <c>Rendering</c>/<c>Sent</c> when not followed to the end.</returns>
        public async Task<BatchItem> FollowAsync(BatchItem item, CancellationToken cancellationToken)
        {
            var recorder = new ProgressRecorder(this, item);
            RenderCompletion completion = await _completion.WaitAsync(item, recorder, cancellationToken).ConfigureAwait(false);
            item = await recorder.FlushAsync().ConfigureAwait(false);
            return completion.Kind switch
            {
                RenderCompletionKind.Succeeded => await CommitAsync(item, BatchItemTransitions.Completed(item, completion.DownloadUrl!, Now)).ConfigureAwait(false),
                RenderCompletionKind.Failed => await CommitAsync(item, BatchItemTransitions.RenderFailed(item, completion.Reason ?? "The render failed.", Now)).ConfigureAwait(false),
                _ => item with { Error = completion.Reason },
            };
        }

        /// <summary>The service answered, and what it said proves it took nothing that a resend could double.</summary>
        private static bool IsProvablyNotReceived(AiStudiosException e) =>
            e.Status == 429 || (e.Status == 0 && e.ErrorCode == AiStudiosErrorCodes.ConnectionFailed);

        private static bool IsAuthentication(AiStudiosException e) =>
            e.Status is 401 or 403 || e.ErrorCode == AiStudiosErrorCodes.InvalidToken;

        private static string Short(AiStudiosException e) => e.Message.Length <= 500 ? e.Message : e.Message.Substring(0, 500) + "...";

        private DateTimeOffset Now => _time.GetUtcNow();

        private async Task<BatchItem> CommitAsync(BatchItem before, BatchItem after)
        {
            // Not cancellable: a transition is recorded whole or the process is gone.
            await _ledger.SaveAsync(after, CancellationToken.None).ConfigureAwait(false);
            Changed?.Invoke(before, after);
            return after;
        }

        /// <summary>Commits progress readings one at a time, in order, skipping those that changed less than 10 points.</summary>
        private sealed class ProgressRecorder : IProgress<double>
        {
            private readonly BatchItemProcessor _owner;
            private readonly object _lock = new object();
            private BatchItem _item;
            private double _latest = -1;
            private Task _writing = Task.CompletedTask;

            public ProgressRecorder(BatchItemProcessor owner, BatchItem item)
            {
                _owner = owner;
                _item = item;
            }

            public void Report(double value)
            {
                lock (_lock)
                {
                    double last = _item.Progress ?? -100;
                    if (_item.State == BatchItemState.Rendering && value - last < 10 && value < 100)
                    {
                        return;
                    }

                    _latest = value;
                    if (_writing.IsCompleted)
                    {
                        _writing = WriteAsync();
                    }
                }
            }

            public async Task<BatchItem> FlushAsync()
            {
                Task writing;
                lock (_lock)
                {
                    writing = _writing;
                }

                await writing.ConfigureAwait(false);
                lock (_lock)
                {
                    return _item;
                }
            }

            private async Task WriteAsync()
            {
                while (true)
                {
                    BatchItem before;
                    BatchItem after;
                    lock (_lock)
                    {
                        if (_latest < 0 || (_item.State == BatchItemState.Rendering && _item.Progress == _latest))
                        {
                            return;
                        }

                        before = _item;
                        after = BatchItemTransitions.Progressed(_item, _latest, _owner.Now);
                    }

                    await _owner.CommitAsync(before, after).ConfigureAwait(false);
                    lock (_lock)
                    {
                        _item = after;
                    }
                }
            }
        }
    }

    /// <summary>The batch stopped before its end for a reason no item can get past (the credentials were refused).</summary>
    public sealed class BatchStoppedException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">Why.</param>
        /// <param name="innerException">The cause.</param>
        public BatchStoppedException(string message, Exception? innerException = null)
            : base(message, innerException)
        {
        }
    }
}
