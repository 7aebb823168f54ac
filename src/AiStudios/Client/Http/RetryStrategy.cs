using System;
using System.Net.Http.Headers;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// When to send a request again and how long to wait first: exponential backoff with jitter, or exactly what
    /// the service asked for in <c>Retry-After</c>.
    /// </summary>
    internal sealed class RetryStrategy
    {
        // Jitter spreads the retries of many clients that failed together (a 503 for everyone) so they do not return together.
        private const double MinJitter = 0.8;
        private const double MaxJitter = 1.2;

        [ThreadStatic]
        private static Random? t_random;

        private readonly AiStudiosRetryOptions _options;
        private readonly Func<double> _random;

        public RetryStrategy(AiStudiosRetryOptions options, Func<double>? random = null)
        {
            _options = options;
            _random = random ?? (() => (t_random ??= new Random()).NextDouble());
        }

        public int MaxRetries => _options.MaxRetries;

        /// <summary>Statuses that say "not now" rather than "no": timeouts, rate limits and gateway failures.</summary>
        public static bool IsTransientStatus(int status) => status is 408 or 429 or 502 or 503 or 504;

        /// <summary>
        /// Whether the service refused the request without acting on it, so that even a call that is not safe to
        /// repeat may be sent again: a rate limit (429) is a refusal to take the request at all.
        /// </summary>
        public static bool IsRefusedUnprocessed(int status) => status == 429;

        /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry).</summary>
        public TimeSpan Backoff(int retry)
        {
            double baseMs = _options.Delay.TotalMilliseconds * Math.Pow(2, Math.Max(0, retry - 1));
            double cappedMs = Math.Min(baseMs, _options.MaxDelay.TotalMilliseconds);
            double jittered = cappedMs * (MinJitter + ((MaxJitter - MinJitter) * _random()));
            return TimeSpan.FromMilliseconds(Math.Min(jittered, _options.MaxDelay.TotalMilliseconds));
        }

        /// <summary>
        /// The wait before a retry: the service's <c>Retry-After</c> when it sent one (never less: it knows when it
        /// will take requests again), otherwise <see cref="Backoff"/>.
        /// </summary>
        public TimeSpan Delay(int retry, TimeSpan? retryAfter) => retryAfter is TimeSpan asked && asked > TimeSpan.Zero ? asked : Backoff(retry);

        /// <summary>Whether the client may wait <paramref name="retryAfter"/> by itself; longer waits are handed back to the caller.</summary>
        public bool CanHonour(TimeSpan? retryAfter) => retryAfter is not TimeSpan asked || asked <= _options.MaxDelay;

        /// <summary>Reads <c>Retry-After</c> as seconds or as an HTTP date; null when absent or unreadable.</summary>
        public static TimeSpan? ParseRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
        {
            if (header is null)
            {
                return null;
            }

            if (header.Delta is TimeSpan delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (header.Date is DateTimeOffset date)
            {
                TimeSpan wait = date - now;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }

            return null;
        }
    }
}
