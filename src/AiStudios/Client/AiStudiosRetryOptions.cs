using System;
using System.Globalization;

namespace AiStudios
{
    /// <summary>
    /// How <see cref="AiStudiosClient"/> retries. Transient failures (429, 502, 503, 504, 408, a connection that
    /// could not be made or was dropped, no answer within <see cref="AiStudiosClientOptions.Timeout"/>) are retried
    /// with exponential backoff and jitter, honouring <c>Retry-After</c>, for calls that are safe to repeat. Calls that
    /// start a render are retried only when the service provably did not act on them; see
    /// <see cref="AiStudiosClient.CreateProjectAsync"/>.
    /// </summary>
    public sealed class AiStudiosRetryOptions
    {
        private int _maxRetries = 3;
        private TimeSpan _delay = TimeSpan.FromSeconds(0.8);
        private TimeSpan _maxDelay = TimeSpan.FromSeconds(30);

        /// <summary>How many times a failed call is sent again (not counting the first try); 0 turns retries off. Default 3.</summary>
        public int MaxRetries
        {
            get => _maxRetries;
            set => _maxRetries = value is >= 0 and <= 20 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRetries), value, "MaxRetries must be 0 to 20.");
        }

        /// <summary>The wait before the first retry; it doubles for each further retry, give or take 20 % of jitter. Default 0.8 s.</summary>
        public TimeSpan Delay
        {
            get => _delay;
            set => _delay = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(Delay), value, "Delay must not be negative.");
        }

        /// <summary>
        /// The longest wait between two tries. A <c>Retry-After</c> longer than this is not waited out: the call fails
        /// at once with <see cref="AiStudiosException.RetryAfter"/> set, so the caller decides. Default 30 s.
        /// </summary>
        public TimeSpan MaxDelay
        {
            get => _maxDelay;
            set => _maxDelay = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(MaxDelay), value, "MaxDelay must not be negative.");
        }

        /// <summary>A copy, so that a running client is not changed through its options.</summary>
        /// <returns>The copy.</returns>
        internal AiStudiosRetryOptions Clone() => new AiStudiosRetryOptions { MaxRetries = MaxRetries, Delay = Delay, MaxDelay = MaxDelay };

        /// <summary>The settings on one line.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "MaxRetries = {0}, Delay = {1}, MaxDelay = {2}", MaxRetries, Delay, MaxDelay);
    }
}
