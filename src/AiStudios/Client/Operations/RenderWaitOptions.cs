using System;

namespace AiStudios
{
    /// <summary>How to wait for a render: how often to poll, how long at most, and when to call it stalled.</summary>
    public sealed class RenderWaitOptions
    {
        private TimeSpan _timeout = TimeSpan.FromMinutes(30);
        private TimeSpan? _stallTimeout = TimeSpan.FromMinutes(10);

        /// <summary>The wait between progress polls. Default: every 3 seconds, as the official samples poll.</summary>
        public RenderDelayStrategy DelayStrategy { get; set; } = RenderDelayStrategy.Fixed(TimeSpan.FromSeconds(3));

        /// <summary>
        /// How long the whole wait may take before it fails with <see cref="AiStudiosErrorCodes.RenderTimedOut"/>
        /// (the render itself goes on). Renders take about 1 to 10 minutes; default 30 minutes.
        /// </summary>
        public TimeSpan Timeout
        {
            get => _timeout;
            set => _timeout = value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan
                ? value
                : throw new ArgumentOutOfRangeException(nameof(Timeout), value, "Timeout must be positive (or infinite).");
        }

        /// <summary>
        /// How long progress may stay unchanged before the wait fails with <see cref="AiStudiosErrorCodes.RenderStalled"/>;
        /// null never calls a render stalled. Default 10 minutes.
        /// </summary>
        public TimeSpan? StallTimeout
        {
            get => _stallTimeout;
            set => _stallTimeout = value is null || value > TimeSpan.Zero
                ? value
                : throw new ArgumentOutOfRangeException(nameof(StallTimeout), value, "StallTimeout must be positive, or null.");
        }
    }
}
