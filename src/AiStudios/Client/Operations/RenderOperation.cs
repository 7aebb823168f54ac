using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios
{
    /// <summary>
    /// A render on the service, identified by its project id: poll it once with <see cref="UpdateStatusAsync"/>, or
    /// wait for it with <see cref="WaitForCompletionAsync(RenderWaitOptions?, IProgress{RenderProgress}?, CancellationToken)"/>,
    /// which polls <c>GET /editor/progress/{projectId}</c>, reports progress, and fails clearly when the render fails,
    /// stalls or takes too long. Waiting never cancels the render itself.
    /// </summary>
    public sealed class RenderOperation
    {
        private readonly AiStudiosClient _client;

        internal RenderOperation(AiStudiosClient client, string projectId)
        {
            _client = client;
            ProjectId = projectId;
        }

        /// <summary>The project being rendered.</summary>
        public string ProjectId { get; }

        /// <summary>What the last poll read; null before the first.</summary>
        public RenderProgress? LastProgress { get; private set; }

        /// <summary>Whether the last poll saw the render done.</summary>
        public bool HasCompleted => LastProgress?.IsCompleted == true;

        /// <summary>Where the render was at the last poll (<see cref="RenderProgress.Phase"/>); null before the first.</summary>
        public RenderPhase? Phase => LastProgress?.Phase;

        /// <summary>Polls the render once.</summary>
        /// <param name="cancellationToken">Stops the call.</param>
        /// <returns>The progress read.</returns>
        /// <exception cref="AiStudiosException">The call failed, or the service reports the render as failed.</exception>
        public async Task<RenderProgress> UpdateStatusAsync(CancellationToken cancellationToken = default)
        {
            RenderProgress progress = await _client.GetProgressAsync(ProjectId, cancellationToken).ConfigureAwait(false);
            LastProgress = progress;
            return progress;
        }

        /// <summary>Waits with the default <see cref="RenderWaitOptions"/> (poll every 3 s, 30 minutes at most).</summary>
        /// <param name="cancellationToken">Stops waiting (the render goes on).</param>
        /// <returns>The finished render.</returns>
        /// <exception cref="AiStudiosException">The render failed, stalled or timed out, or polling failed.</exception>
        public Task<RenderResult> WaitForCompletionAsync(CancellationToken cancellationToken = default) =>
            WaitForCompletionAsync(null, null, cancellationToken);

        /// <summary>
        /// Polls until the render is done. A render at progress 0 is taken to wait in the service's queue
        /// (<see cref="RenderPhase.Queued"/>), bounded by <see cref="RenderWaitOptions.QueueTimeout"/>; once its progress
        /// moved, it may stand still for <see cref="RenderWaitOptions.StallTimeout"/> at most.
        /// </summary>
        /// <param name="options">Poll delays, overall, queue and stall timeouts; null for the defaults.</param>
        /// <param name="progress">Told each new reading (when the percent or state changes).</param>
        /// <param name="cancellationToken">Stops waiting (the render goes on).</param>
        /// <returns>The finished render, with its download URL.</returns>
        /// <exception cref="AiStudiosException">
        /// The render failed (<see cref="AiStudiosErrorCodes.RenderFailed"/> or the service's own code), stayed queued
        /// for <see cref="RenderWaitOptions.QueueTimeout"/> (<see cref="AiStudiosErrorCodes.RenderQueueTimedOut"/>),
        /// made no progress for <see cref="RenderWaitOptions.StallTimeout"/> after it started
        /// (<see cref="AiStudiosErrorCodes.RenderStalled"/>), did not finish within <see cref="RenderWaitOptions.Timeout"/>
        /// (<see cref="AiStudiosErrorCodes.RenderTimedOut"/>), or a poll failed after its retries.
        /// </exception>
        /// <exception cref="RenderWaitCanceledException">
        /// <paramref name="cancellationToken"/> was cancelled (an <see cref="OperationCanceledException"/> that carries
        /// <see cref="ProjectId"/>: the render goes on).
        /// </exception>
        public async Task<RenderResult> WaitForCompletionAsync(RenderWaitOptions? options, IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            options ??= new RenderWaitOptions();
            RenderDelayStrategy delays = options.DelayStrategy ?? RenderDelayStrategy.Fixed(TimeSpan.FromSeconds(3));
            var clock = Stopwatch.StartNew();
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (options.Timeout != Timeout.InfiniteTimeSpan)
            {
                deadline.CancelAfter(options.Timeout);
            }

            TimeSpan lastChange = TimeSpan.Zero;
            bool started = false;
            RenderProgress? previous = null;
            try
            {
                for (int poll = 1; ; poll++)
                {
                    RenderProgress current = await UpdateStatusAsync(deadline.Token).ConfigureAwait(false);
                    _client.LogProgress(current);
                    bool changed = previous is null || current.Percent != previous.Percent || !string.Equals(current.State, previous.State, StringComparison.Ordinal);
                    if (changed)
                    {
                        lastChange = clock.Elapsed;
                        progress?.Report(current);
                    }

                    // Progress 0 is all the service shows of a render waiting in its queue: the stall clock starts
                    // with the first progress, the queue clock with the wait.
                    if (!started && current.Phase != RenderPhase.Queued)
                    {
                        started = true;
                        lastChange = clock.Elapsed;
                    }

                    if (current.IsFailed)
                    {
                        throw Failed(AiStudiosErrorCodes.RenderFailed, $"The render failed at {Percent(current)} (state \"{Client.Checks.EchoText.Cap(current.State)}\").");
                    }

                    if (current.IsCompleted)
                    {
                        return new RenderResult(_client, ProjectId, current.DownloadUrl!, clock.Elapsed);
                    }

                    if (current.Percent >= 100)
                    {
                        // Done but the progress answer carried no URL: the project itself may have it.
                        FetchedProject fetched = await _client.GetProjectAsync(ProjectId, deadline.Token).ConfigureAwait(false);
                        if (fetched.DownloadUrl is Uri url)
                        {
                            LastProgress = new RenderProgress(ProjectId, current.Percent, current.State, url);
                            return new RenderResult(_client, ProjectId, url, clock.Elapsed);
                        }
                    }

                    if (!started && options.QueueTimeout is TimeSpan queue && clock.Elapsed >= queue)
                    {
                        throw Failed(
                            AiStudiosErrorCodes.RenderQueueTimedOut,
                            $"The render did not start within {Seconds(queue)} (RenderWaitOptions.QueueTimeout): its progress stayed at 0, as while it waits in the service's queue behind other renders. It may still start: wait again with WaitForRenderAsync(\"{ProjectId}\"), or look at it in the web app.");
                    }

                    if (started && options.StallTimeout is TimeSpan stall && clock.Elapsed - lastChange >= stall)
                    {
                        throw Failed(
                            AiStudiosErrorCodes.RenderStalled,
                            $"The render of project {ProjectId} made no progress for {Seconds(clock.Elapsed - lastChange)} (still at {Percent(current)}); RenderWaitOptions.StallTimeout is {Seconds(stall)}.",
                            advice: StoppedWaitAdvice());
                    }

                    previous = current;
                    TimeSpan wait = delays.GetNextDelay(poll, current);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, deadline.Token).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested)
            {
                string last = LastProgress is null ? "before the first progress reading" : "at " + Percent(LastProgress);
                throw Failed(
                    AiStudiosErrorCodes.RenderTimedOut,
                    $"The render of project {ProjectId} did not finish within {Seconds(options.Timeout)} (RenderWaitOptions.Timeout); it was {last}.",
                    e,
                    StoppedWaitAdvice());
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && e is not RenderWaitCanceledException)
            {
                // The caller stopped waiting; the render goes on. Keep its id with the cancellation, so that a caller of
                // CreateAndRenderAsync can wait again instead of creating (and paying for) the project twice.
                throw new RenderWaitCanceledException(ProjectId, LastProgress, cancellationToken, e);
            }
        }

        /// <summary>The project id.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"RenderOperation {{ ProjectId = {ProjectId}, LastProgress = {LastProgress} }}";

        private AiStudiosException Failed(string code, string summary, Exception? inner = null, string? advice = null) =>
            new AiStudiosException.Builder
            {
                Endpoint = "GET /editor/progress/" + ProjectId,
                ErrorCode = code,
                Summary = summary,
                Advice = advice,
            }.Build(inner);

        /// <summary>
        /// What a caller can do once waiting stopped without an outcome. All that is known is that the service did not
        /// report the render as done or failed: it may still finish, so the advice is to look again, and a new render
        /// (billed again) only once this one has really failed.
        /// </summary>
        private string StoppedWaitAdvice() =>
            "It may still be running, or it may have failed without the service saying so; waiting stopped and nothing was cancelled. "
            + $"Check it with GetProgressAsync(\"{ProjectId}\") or wait again with WaitForRenderAsync(\"{ProjectId}\"); "
            + "export it again (ExportProjectAsync) only once it has really failed: every render is billed.";

        private static string Percent(RenderProgress progress) => progress.Percent.ToString("0.##", CultureInfo.InvariantCulture) + " %";

        private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
    }
}
