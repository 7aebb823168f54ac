using System;

namespace AiStudios
{
    /// <summary>
    /// How to wait for a render: how often to poll, how long at most, how long it may wait in the service's queue, and
    /// when to call it stalled. A render first waits in the queue (progress 0; the reference says 1 to 10 minutes
    /// behind other users' renders), then renders (about 1 to 10 minutes). The two are told apart:
    /// <see cref="QueueTimeout"/> bounds the first, <see cref="StallTimeout"/> (counted from the first progress) the
    /// second, <see cref="Timeout"/> the whole wait.
    /// </summary>
    public sealed class RenderWaitOptions
    {
        private TimeSpan _timeout = TimeSpan.FromMinutes(30);
        private TimeSpan? _stallTimeout = TimeSpan.FromMinutes(10);
        private TimeSpan? _queueTimeout = TimeSpan.FromMinutes(15);

        /// <summary>The wait between progress polls. Default: every 3 seconds, as the official samples poll.</summary>
        public RenderDelayStrategy DelayStrategy { get; set; } = RenderDelayStrategy.Fixed(TimeSpan.FromSeconds(3));

        /// <summary>
        /// How long the whole wait may take before it fails with <see cref="AiStudiosErrorCodes.RenderTimedOut"/>
        /// (the render itself goes on). Renders wait 1 to 10 minutes in the queue, then take about 1 to 10 minutes;
        /// default 30 minutes.
        /// </summary>
        public TimeSpan Timeout
        {
            get => _timeout;
            set => _timeout = value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan
                ? value
                : throw new ArgumentOutOfRangeException(nameof(Timeout), value, "Timeout must be positive (or infinite).");
        }

        /// <summary>
        /// How long progress may stay unchanged, once it has started (above 0), before the wait fails with
        /// <see cref="AiStudiosErrorCodes.RenderStalled"/>; null never calls a render stalled. While the render is still
        /// queued (progress 0) <see cref="QueueTimeout"/> applies instead. Default 10 minutes.
        /// </summary>
        public TimeSpan? StallTimeout
        {
            get => _stallTimeout;
            set => _stallTimeout = value is null || value > TimeSpan.Zero
                ? value
                : throw new ArgumentOutOfRangeException(nameof(StallTimeout), value, "StallTimeout must be positive, or null.");
        }

        /// <summary>
        /// How long a render may stay at progress 0 (queued: waiting behind other users' renders, 1 to 10 minutes by the
        /// reference), counted from the start of the wait, before the wait fails with
        /// <see cref="AiStudiosErrorCodes.RenderQueueTimedOut"/> (the render may still start: wait again). Null waits
        /// as long as <see cref="Timeout"/> allows. Default 15 minutes, half again the longest documented queue.
        /// </summary>
        public TimeSpan? QueueTimeout
        {
            get => _queueTimeout;
            set => _queueTimeout = value is null || value > TimeSpan.Zero
                ? value
                : throw new ArgumentOutOfRangeException(nameof(QueueTimeout), value, "QueueTimeout must be positive, or null.");
        }
    }
}
