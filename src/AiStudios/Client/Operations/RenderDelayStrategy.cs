using System;

namespace AiStudios
{
    /// <summary>How long to wait between two progress polls of a render.</summary>
    public abstract class RenderDelayStrategy
    {
        /// <summary>The same wait every time; the official samples poll every 3 seconds.</summary>
        /// <param name="delay">The wait.</param>
        /// <returns>The strategy.</returns>
        public static RenderDelayStrategy Fixed(TimeSpan delay) => new FixedDelay(CheckDelay(delay, nameof(delay)));

        /// <summary>A wait that starts at <paramref name="initial"/> and grows by <paramref name="factor"/> per poll up to <paramref name="max"/>.</summary>
        /// <param name="initial">The first wait.</param>
        /// <param name="max">The longest wait.</param>
        /// <param name="factor">The growth per poll, at least 1.</param>
        /// <returns>The strategy.</returns>
        public static RenderDelayStrategy Exponential(TimeSpan initial, TimeSpan max, double factor = 2) =>
            factor >= 1 && !double.IsInfinity(factor)
                ? new ExponentialDelay(CheckDelay(initial, nameof(initial)), CheckDelay(max, nameof(max)), factor)
                : throw new ArgumentOutOfRangeException(nameof(factor), factor, "factor must be at least 1.");

        /// <summary>The wait after poll number <paramref name="poll"/> (1 for the first), which read <paramref name="last"/>.</summary>
        /// <param name="poll">How many polls were made so far.</param>
        /// <param name="last">What the last poll read.</param>
        /// <returns>The wait; negative values count as zero.</returns>
        public abstract TimeSpan GetNextDelay(int poll, RenderProgress last);

        private static TimeSpan CheckDelay(TimeSpan delay, string name) =>
            delay >= TimeSpan.Zero ? delay : throw new ArgumentOutOfRangeException(name, delay, "A delay must not be negative.");

        private sealed class FixedDelay : RenderDelayStrategy
        {
            private readonly TimeSpan _delay;

            public FixedDelay(TimeSpan delay) => _delay = delay;

            public override TimeSpan GetNextDelay(int poll, RenderProgress last) => _delay;
        }

        private sealed class ExponentialDelay : RenderDelayStrategy
        {
            private readonly TimeSpan _initial;
            private readonly TimeSpan _max;
            private readonly double _factor;

            public ExponentialDelay(TimeSpan initial, TimeSpan max, double factor)
            {
                _initial = initial;
                _max = max;
                _factor = factor;
            }

            public override TimeSpan GetNextDelay(int poll, RenderProgress last)
            {
                double ms = _initial.TotalMilliseconds * Math.Pow(_factor, Math.Max(0, poll - 1));
                return ms >= _max.TotalMilliseconds ? _max : TimeSpan.FromMilliseconds(ms);
            }
        }
    }
}
