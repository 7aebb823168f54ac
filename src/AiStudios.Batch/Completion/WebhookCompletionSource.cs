using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Completion
{
    /// <summary>
    /// Completion by webhook: the batch registers each project with a webhook URL naming its item
    /// (<see cref="WebhookUrlFor"/>: <c>{base}?batch={id}&amp;item={number}</c>), and whatever receives the service's
    /// calls feeds them in with <see cref="Deliver"/>. The service documents no retries for webhooks (the emulator sends
    /// none), so a render whose calls are lost is polled once per <see cref="FallbackPollInterval"/> of silence.
    /// </summary>
    /// <remarks>
    /// A webhook only says that something changed; the URL it carries is checked like any other answer. The receiver
    /// is responsible for authenticating calls (the service signs nothing; a secret in the URL is the usual protection).
    /// </remarks>
    public sealed class WebhookCompletionSource : IRenderCompletionSource
    {
        private readonly ConcurrentDictionary<(string, long), Waiter> _waiters = new ConcurrentDictionary<(string, long), Waiter>();
        private readonly AiStudiosClient _client;
        private readonly TimeProvider _time;

        /// <summary>Creates the source.</summary>
        /// <param name="client">The client, for the fallback polls.</param>
        /// <param name="time">The clock; default: the system's.</param>
        public WebhookCompletionSource(AiStudiosClient client, TimeProvider? time = null)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
            _time = time ?? TimeProvider.System;
        }

        /// <summary>How long without a call before the render is polled once. Default 2 minutes.</summary>
        public TimeSpan FallbackPollInterval { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>The webhook URL of an item: the base with <c>batch</c> and <c>item</c> query parameters added.</summary>
        /// <param name="baseUrl">The receiver's URL (it may carry its own query, e.g. a secret token).</param>
        /// <param name="batchId">The batch.</param>
        /// <param name="number">The item.</param>
        /// <returns>The URL to put into the project's <c>webhookUrl</c>.</returns>
        public static string WebhookUrlFor(Uri baseUrl, string batchId, long number)
        {
            if (baseUrl is null || !baseUrl.IsAbsoluteUri)
            {
                throw new ArgumentException("The webhook base URL must be absolute.", nameof(baseUrl));
            }

            string separator = string.IsNullOrEmpty(baseUrl.Query) ? "?" : "&";
            return baseUrl.AbsoluteUri + separator + "batch=" + Uri.EscapeDataString(batchId) + "&item=" + number.ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>Feeds one webhook call in.</summary>
        /// <param name="batchId">The <c>batch</c> query parameter of the call's URL.</param>
        /// <param name="number">The <c>item</c> query parameter.</param>
        /// <param name="percent">The payload's <c>progress</c>.</param>
        /// <param name="downloadUrl">The payload's <c>download_url</c>, at 100.</param>
        /// <param name="failure">The failure the call reports, if it is a failure notice.</param>
        /// <returns>Whether an item of a running batch was waiting for it.</returns>
        public bool Deliver(string batchId, long number, double percent, string? downloadUrl, string? failure = null)
        {
            if (!_waiters.TryGetValue((batchId, number), out Waiter? waiter))
            {
                return false;
            }

            waiter.Heard();
            if (failure is not null)
            {
                waiter.Done.TrySetResult(RenderCompletion.Failed(failure));
            }
            else if (percent >= 100 && Uri.TryCreate(downloadUrl, UriKind.Absolute, out Uri? url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                waiter.Done.TrySetResult(RenderCompletion.Succeeded(url.AbsoluteUri));
            }
            else if (!double.IsNaN(percent))
            {
                waiter.Progress.Report(Math.Max(0, Math.Min(100, percent)));
            }

            return true;
        }

        /// <inheritdoc />
        public async Task<RenderCompletion> WaitAsync(BatchItem item, IProgress<double> progress, CancellationToken cancellationToken)
        {
            if (item?.ProjectId is not string projectId)
            {
                throw new ArgumentException("The item has no project id yet.", nameof(item));
            }

            var waiter = new Waiter(progress, _time);
            _waiters[(item.BatchId, item.Number)] = waiter;
            try
            {
                while (true)
                {
                    TimeSpan quiet = _time.GetUtcNow() - waiter.LastHeard;
                    TimeSpan wait = FallbackPollInterval - quiet;
                    if (wait > TimeSpan.Zero)
                    {
                        Task finished = await Task.WhenAny(waiter.Done.Task, Task.Delay(wait, _time, cancellationToken)).ConfigureAwait(false);
                        if (finished == waiter.Done.Task)
                        {
                            return await waiter.Done.Task.ConfigureAwait(false);
                        }

                        cancellationToken.ThrowIfCancellationRequested();
                        continue;
                    }

                    // Silence: ask once, as the calls may have been lost.
                    waiter.Heard();
                    try
                    {
                        RenderProgress reading = await _client.GetProgressAsync(projectId, cancellationToken).ConfigureAwait(false);
                        if (reading.IsCompleted)
                        {
                            return RenderCompletion.Succeeded(reading.DownloadUrl!.AbsoluteUri);
                        }

                        if (reading.IsFailed)
                        {
                            return RenderCompletion.Failed($"The render failed at {reading}.");
                        }

                        progress.Report(reading.Percent);
                    }
                    catch (AiStudiosException e) when (e.ErrorCode == AiStudiosErrorCodes.RenderFailed)
                    {
                        return RenderCompletion.Failed(e.Message);
                    }
                }
            }
            finally
            {
                _waiters.TryRemove(new System.Collections.Generic.KeyValuePair<(string, long), Waiter>((item.BatchId, item.Number), waiter));
            }
        }

        private sealed class Waiter
        {
            private readonly TimeProvider _time;
            private long _lastHeardTicks;

            public Waiter(IProgress<double> progress, TimeProvider time)
            {
                Progress = progress;
                _time = time;
                Heard();
            }

            public IProgress<double> Progress { get; }

            public TaskCompletionSource<RenderCompletion> Done { get; } = new TaskCompletionSource<RenderCompletion>(TaskCreationOptions.RunContinuationsAsynchronously);

            public DateTimeOffset LastHeard => new DateTimeOffset(Interlocked.Read(ref _lastHeardTicks), TimeSpan.Zero);

            public void Heard() => Interlocked.Exchange(ref _lastHeardTicks, _time.GetUtcNow().UtcTicks);
        }
    }
}
