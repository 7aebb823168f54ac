using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Completion;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Reconciliation;
using AiStudios.Batch.Results;
using AiStudios.Batch.Throughput;

namespace AiStudios.Batch.Execution
{
    /// <summary>
    /// Runs a planned batch on this machine: opens (or resumes) it in the ledger, reconciles every create a previous
    /// run left without an answer, then sends the pending items within the render and rate limits and follows each
    /// render to its end, writing results as items finish. Running it again with the same ledger and files resumes
    /// it; nothing that reached the service is created twice.
    /// </summary>
    /// <example>
    /// <code>
    /// BatchPlan plan = await BatchPlanner.PlanAsync(BatchTemplate.FromProject(design), BatchRowSource.FromCsvFile("people.csv"), mapping);
    /// if (plan.HasErrors) { foreach (string line in plan.Describe()) Console.Error.WriteLine(line); return; }
    /// await using var ledger = await SqliteBatchLedger.OpenAsync("batch.db");
    /// var runner = new BatchRunner(client, ledger, new BatchOptions { MaxRendersInFlight = 20, CreatesPerMinute = 60, ResultsFile = "results.csv" });
    /// BatchResult result = await runner.RunAsync(plan, new Progress&lt;BatchProgress&gt;(p => Console.WriteLine(p)));
    /// </code>
    /// </example>
    public sealed class BatchRunner
    {
        private const int PageSize = 500;
        private const int MaxUnresolvedListed = 1000;

        private static readonly BatchItemState[] Unanswered = { BatchItemState.Sending, BatchItemState.OutcomeUnknown };
        private static readonly BatchItemState[] Created = { BatchItemState.Sent, BatchItemState.Rendering };
        private static readonly BatchItemState[] NotSent = { BatchItemState.Pending };
        private static readonly BatchItemState[] Ended = { BatchItemState.Done, BatchItemState.Failed, BatchItemState.Skipped, BatchItemState.OutcomeUnknown };
        private static readonly BatchItemState[] Open = { BatchItemState.OutcomeUnknown, BatchItemState.Sending, BatchItemState.Sent, BatchItemState.Rendering, BatchItemState.Pending };

        private readonly AiStudiosClient _client;
        private readonly IBatchLedger _ledger;
        private readonly BatchOptions _options;

        /// <summary>Creates a runner.</summary>
        /// <param name="client">The client. For the 429 pause to reach the client's own retries, give it an <see cref="System.Net.Http.HttpClient"/> with a <see cref="BatchThrottlingHandler"/> over the same throttle as <see cref="BatchOptions.Throttle"/>.</param>
        /// <param name="ledger">The ledger (<see cref="SqliteBatchLedger"/>).</param>
        /// <param name="options">Limits and choices; null for the defaults.</param>
        public BatchRunner(AiStudiosClient client, IBatchLedger ledger, BatchOptions? options = null)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
            _options = options ?? new BatchOptions();
        }

        /// <summary>Runs (or resumes) a batch until every item is final, or cannot go further in this run.</summary>
        /// <param name="plan">The plan (<see cref="BatchPlanner.PlanAsync"/>).</param>
        /// <param name="progress">Told counts, pace and ETA as items move.</param>
        /// <param name="cancellationToken">Stops sending and waiting; creates already on their way are let finish and recorded, and the batch resumes on the next run.</param>
        /// <returns>The final counts and what did not finish.</returns>
        /// <exception cref="BatchPlanException">The plan has errors (and invalid rows are not to be skipped, or the template itself is wrong). Nothing was sent.</exception>
        /// <exception cref="BatchLedgerException">The ledger cannot hold this batch (another batch's data, in use, unreadable).</exception>
        /// <exception cref="BatchStoppedException">The service refused the credentials.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (after in-flight creates were recorded).</exception>
        public async Task<BatchResult> RunAsync(BatchPlan plan, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            if (plan is null)
            {
                throw new ArgumentNullException(nameof(plan));
            }

            if (plan.HasBatchErrors || (plan.HasErrors && !_options.SkipInvalidRows))
            {
                throw new BatchPlanException(plan);
            }

            IReadOnlyList<BatchItemSeed> seeds = plan.ToItemSeeds();
            LedgerBatch batch = await _ledger.OpenBatchAsync(
                new BatchDefinition(plan.Fingerprint, _options.BatchId, plan.TemplateDescription + " x " + plan.SourceName, seeds, _options.AllowNewBatchInLedger),
                cancellationToken).ConfigureAwait(false);
            return await RunBatchAsync(batch, progress, cancellationToken).ConfigureAwait(false);
        }

        private async Task<BatchResult> RunBatchAsync(LedgerBatch batch, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
        {
            TimeProvider time = _options.TimeProvider;
            IBatchThrottle throttle = _options.Throttle ?? new BatchThrottle(_options.CreatesPerMinute ?? 0, _options.CreateBurst, time);
            LocalRenderSlots? ownSlots = _options.RenderSlots is null ? new LocalRenderSlots(_options.MaxRendersInFlight) : null;
            IRenderSlots slots = _options.RenderSlots ?? ownSlots!;
            IRenderCompletionSource completion = _options.Completion ?? new PollingCompletionSource(_client, _options.RenderWait);
            IProjectLookup lookup = _options.ProjectLookup ?? new ClientProjectLookup(_client, time);
            var processor = new BatchItemProcessor(_client, _ledger, throttle, completion, lookup, _options);
            var tracker = new ProgressTracker(batch.BatchId, batch.ItemCount, await _ledger.CountAsync(batch.BatchId, cancellationToken).ConfigureAwait(false), time, _options.ProgressInterval, progress);
            processor.Changed += tracker.OnChanged;

            BatchResultsFile? results = _options.ResultsFile is { } path ? await BatchResultsFile.OpenAsync(path, cancellationToken).ConfigureAwait(false) : null;
            try
            {
                // Items a previous run finished while the results file missed them (a crash between the two).
                await ForEachAsync(batch.BatchId, Ended, item => EndedAsync(item, results, cancellationToken), cancellationToken).ConfigureAwait(false);

                // Creates a previous run left without an answer are looked up before anything new is sent.
                await ForEachAsync(
                    batch.BatchId,
                    Unanswered,
                    async item =>
                    {
                        BatchItem after = await processor.ReconcileAsync(item, cancellationToken).ConfigureAwait(false);
                        if (after.State == BatchItemState.OutcomeUnknown)
                        {
                            await EndedAsync(after, results, cancellationToken).ConfigureAwait(false);
                        }
                    },
                    cancellationToken).ConfigureAwait(false);
                tracker.Report();
                _options.Reconciled?.Invoke(processor.Statistics);

                while (true)
                {
                    await DispatchAsync(batch.BatchId, processor, slots, results, cancellationToken).ConfigureAwait(false);

                    // Left in Sending: creates waiting for the opt-in window before a listing can tell.
                    var sending = await _ledger.GetItemsAsync(batch.BatchId, new[] { BatchItemState.Sending }, 0, PageSize, cancellationToken).ConfigureAwait(false);
                    if (sending.Count == 0 || _options.ResendAbsentAfter is not TimeSpan window)
                    {
                        break;
                    }

                    DateTimeOffset due = sending.Min(i => i.SendingSince ?? DateTimeOffset.MinValue) + window;
                    TimeSpan wait = due - time.GetUtcNow();
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                    }

                    foreach (BatchItem item in sending)
                    {
                        await processor.ReconcileAsync(item, cancellationToken).ConfigureAwait(false);
                    }
                }

                tracker.Reset(await _ledger.CountAsync(batch.BatchId, CancellationToken.None).ConfigureAwait(false));
                BatchProgress final = tracker.Report();
                var unresolved = await _ledger.GetItemsAsync(batch.BatchId, new[] { BatchItemState.OutcomeUnknown, BatchItemState.Sending, BatchItemState.Sent, BatchItemState.Rendering, BatchItemState.Pending }, 0, MaxUnresolvedListed, CancellationToken.None).ConfigureAwait(false);
                return new BatchResult(batch.BatchId, batch.Resumed, final, processor.Statistics, unresolved);
            }
            finally
            {
                if (results is not null)
                {
                    await results.DisposeAsync().ConfigureAwait(false);
                }

                ownSlots?.Dispose();
            }
        }

        /// <summary>
        /// Follows the created items, then sends the pending ones, each holding a render slot until its render ends.
        /// A failure of one worker (the ledger, refused credentials) stops the others and is thrown once they stopped.
        /// </summary>
        private async Task DispatchAsync(string batchId, BatchItemProcessor processor, IRenderSlots slots, BatchResultsFile? results, CancellationToken cancellationToken)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var idle = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            int active = 0;
            int dispatching = 1;
            Exception? failure = null;

            void Finished()
            {
                // The last worker out, once nothing more is dispatched, opens the gate (a count, not a list of tasks: memory stays flat).
                if (Interlocked.Decrement(ref active) == 0 && Volatile.Read(ref dispatching) == 0)
                {
                    idle.TrySetResult(true);
                }
            }

            async Task WorkAsync(BatchItem item)
            {
                try
                {
                    BatchItem end = await processor.ProcessAsync(item, stop.Token).ConfigureAwait(false);
                    await EndedAsync(end, results, stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                    stop.Cancel();
                }
                finally
                {
                    slots.Release();
                    Finished();
                }
            }

            try
            {
                foreach (BatchItemState[] states in new[] { Created, NotSent })
                {
                    long after = 0;
                    while (!stop.IsCancellationRequested)
                    {
                        var page = await _ledger.GetItemsAsync(batchId, states, after, PageSize, stop.Token).ConfigureAwait(false);
                        if (page.Count == 0)
                        {
                            break;
                        }

                        foreach (BatchItem item in page)
                        {
                            after = item.Number;
                            await slots.AcquireAsync(stop.Token).ConfigureAwait(false);
                            Interlocked.Increment(ref active);
                            _ = Task.Run(() => WorkAsync(item), CancellationToken.None);
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }

            Volatile.Write(ref dispatching, 0);
            if (Volatile.Read(ref active) == 0)
            {
                idle.TrySetResult(true);
            }

            await idle.Task.ConfigureAwait(false);
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        private async Task EndedAsync(BatchItem item, BatchResultsFile? results, CancellationToken cancellationToken)
        {
            if (!item.IsFinal && item.State != BatchItemState.OutcomeUnknown)
            {
                return;
            }

            string? error = null;
            if (item.State == BatchItemState.Done && _options.DownloadDirectory is { } folder && item.DownloadUrl is { } url)
            {
                string file = Path.Combine(folder, SafeFileName(item.Key) + ".mp4");
                if (!File.Exists(file))
                {
                    try
                    {
                        Directory.CreateDirectory(folder);
                        await _client.DownloadToFileAsync(new Uri(url), file, cancellationToken).ConfigureAwait(false);
                    }
                    catch (AiStudiosException e)
                    {
                        error = "Rendered, but the download failed: " + e.Message;
                    }
                }
            }

            if (results is not null)
            {
                await results.AppendAsync(item, error).ConfigureAwait(false);
            }
        }

        private async Task ForEachAsync(string batchId, BatchItemState[] states, Func<BatchItem, Task> action, CancellationToken cancellationToken)
        {
            long after = 0;
            while (true)
            {
                var page = await _ledger.GetItemsAsync(batchId, states, after, PageSize, cancellationToken).ConfigureAwait(false);
                if (page.Count == 0)
                {
                    return;
                }

                foreach (BatchItem item in page)
                {
                    after = item.Number;
                    await action(item).ConfigureAwait(false);
                }
            }
        }

        /// <summary>A row key as a file name: characters a file system refuses (and path separators) become <c>_</c>; at most 100 characters.</summary>
        internal static string SafeFileName(string key)
        {
            char[] invalid = Path.GetInvalidFileNameChars();
            var chars = key.Select(c => invalid.Contains(c) || c == '/' || c == '\\' || char.IsControl(c) ? '_' : c).Take(100).ToArray();
            string name = new string(chars).Trim('.', ' ');
            return name.Length == 0 ? "_" : name;
        }
    }

    /// <summary>A batch whose plan has errors was asked to run. Nothing was sent; <see cref="Plan"/> holds the issues.</summary>
    public sealed class BatchPlanException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="plan">The plan.</param>
        public BatchPlanException(BatchPlan plan)
            : base(Describe(plan))
        {
            Plan = plan;
        }

        /// <summary>The plan and its issues.</summary>
        public BatchPlan Plan { get; }

        private static string Describe(BatchPlan plan)
        {
            string advice = plan.HasBatchErrors
                ? "The template or the mapping is wrong for every row; fix it."
                : "Fix the rows, or skip them with BatchOptions.SkipInvalidRows (--skip-invalid).";
            return $"The batch was not started: {plan} {advice}\n" + string.Join("\n", plan.Describe(10));
        }
    }
}
