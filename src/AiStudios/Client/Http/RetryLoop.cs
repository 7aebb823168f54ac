using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// The one retry loop of the client, for API calls and downloads alike: runs a try, and when the try says it may
    /// be repeated, waits (backoff with jitter, or the service's <c>Retry-After</c>) and runs it again, up to
    /// <see cref="AiStudiosRetryOptions.MaxRetries"/> times. Whether a failure may be repeated is the try's decision;
    /// how often and how long to wait is the loop's.
    /// </summary>
    internal sealed class RetryLoop
    {
        private readonly RetryStrategy _strategy;
        private readonly ILogger _logger;
        private readonly Func<TimeSpan, CancellationToken, Task> _delay;

        public RetryLoop(RetryStrategy strategy, ILogger logger, Func<TimeSpan, CancellationToken, Task>? delay = null)
        {
            _strategy = strategy;
            _logger = logger;
            _delay = delay ?? Task.Delay;
        }

        /// <summary>
        /// Runs <paramref name="tryOnce"/> (given <paramref name="state"/> and the try's number, from 1) until it is done
        /// or may not be repeated. The state is passed through rather than captured, so a static lambda allocates nothing.
        /// </summary>
        public async Task<T> RunAsync<TState, T>(string endpoint, TState state, Func<TState, int, CancellationToken, Task<TryOutcome<T>>> tryOnce, CancellationToken cancellationToken)
        {
            for (int attempt = 1; ; attempt++)
            {
                TryOutcome<T> outcome = await tryOnce(state, attempt, cancellationToken).ConfigureAwait(false);
                if (!outcome.MayRetry)
                {
                    return outcome.Result();
                }

                if (attempt > _strategy.MaxRetries || !_strategy.CanHonour(outcome.RetryAfter))
                {
                    return outcome.Result();
                }

                TimeSpan wait = _strategy.Delay(attempt, outcome.RetryAfter);
                ClientLog.Retrying(_logger, endpoint, attempt, outcome.Reason!, wait);
                await _delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// How one try ended: with a result to return or an exception to throw, and whether the loop may run the try
    /// again instead (then the result or exception stands only when it may not).
    /// </summary>
    internal readonly struct TryOutcome<T>
    {
        private readonly T _value;
        private readonly Exception? _exception;

        private TryOutcome(T value, Exception? exception, string? reason, TimeSpan? retryAfter, bool mayRetry)
        {
            _value = value;
            _exception = exception;
            Reason = reason;
            RetryAfter = retryAfter;
            MayRetry = mayRetry;
        }

        public bool MayRetry { get; }

        /// <summary>Why the try failed, for the log: <c>HTTP 503</c>, <c>connection dropped</c>.</summary>
        public string? Reason { get; }

        /// <summary>How long the service asked to wait before the next try, if it said.</summary>
        public TimeSpan? RetryAfter { get; }

        public static TryOutcome<T> Done(T value) => new TryOutcome<T>(value, null, null, null, mayRetry: false);

        public static TryOutcome<T> Failed(Exception exception) => new TryOutcome<T>(default!, exception, null, null, mayRetry: false);

        /// <summary>May be tried again; otherwise the call ends with <paramref name="value"/>.</summary>
        public static TryOutcome<T> Retry(string reason, TimeSpan? retryAfter, T value) => new TryOutcome<T>(value, null, reason, retryAfter, mayRetry: true);

        /// <summary>May be tried again; otherwise the call ends with <paramref name="exception"/>.</summary>
        public static TryOutcome<T> Retry(string reason, TimeSpan? retryAfter, Exception exception) => new TryOutcome<T>(default!, exception, reason, retryAfter, mayRetry: true);

        public T Result() => _exception is null ? _value : throw _exception;
    }
}
