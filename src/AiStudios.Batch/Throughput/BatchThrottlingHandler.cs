using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Batch.Throughput
{
    /// <summary>
    /// Puts every request of a client through the batch's <see cref="IBatchThrottle"/>: each waits out a pause, and a
    /// 429 from the service pauses all workers for its Retry-After (or <see cref="DefaultRetryAfter"/>), including the
    /// client's own retries, which would otherwise keep knocking from the other workers. Place it in the client's
    /// <see cref="HttpClient"/> pipeline outside the <c>BillableRequestGuard</c> (it never resends anything itself).
    /// </summary>
    public sealed class BatchThrottlingHandler : DelegatingHandler
    {
        private readonly IBatchThrottle _throttle;

        /// <summary>Creates the handler.</summary>
        /// <param name="throttle">The batch's throttle.</param>
        /// <param name="innerHandler">The next handler.</param>
        public BatchThrottlingHandler(IBatchThrottle throttle, HttpMessageHandler innerHandler)
            : base(innerHandler)
        {
            _throttle = throttle ?? throw new ArgumentNullException(nameof(throttle));
        }

        /// <summary>The pause after a 429 that names no Retry-After.</summary>
        public static TimeSpan DefaultRetryAfter { get; } = TimeSpan.FromSeconds(5);

        /// <summary>The longest pause a Retry-After can ask for; longer ones are cut to it.</summary>
        public static TimeSpan MaxRetryAfter { get; } = TimeSpan.FromMinutes(10);

        /// <summary>
        /// An <see cref="HttpClient"/> for a batch's <see cref="AiStudiosClient"/>: this handler over the SDK's
        /// <c>BillableRequestGuard</c> (innermost) over a pooled socket handler; no timeout of its own (the client times
        /// each try). Dispose it after the client.
        /// </summary>
        /// <param name="throttle">The batch's throttle.</param>
        /// <returns>The HTTP client.</returns>
        public static HttpClient CreateHttpClient(IBatchThrottle throttle)
        {
            var sockets = new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            };
            return new HttpClient(new BatchThrottlingHandler(throttle, new BillableRequestGuard(sockets)), disposeHandler: true)
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
        }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await _throttle.WaitForCallAsync(cancellationToken).ConfigureAwait(false);
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == (HttpStatusCode)429)
            {
                _throttle.Backoff(RetryAfter(response));
            }

            return response;
        }

        private static TimeSpan RetryAfter(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            TimeSpan delay = header?.Delta
                ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : DefaultRetryAfter);
            return delay <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(100) : delay > MaxRetryAfter ? MaxRetryAfter : delay;
        }
    }
}
