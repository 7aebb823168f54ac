using System;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Batch.Throughput
{
    /// <summary>
    /// A token bucket for creates (<c>CreatesPerMinute</c>, with a burst of <c>Burst</c> creates) and a pause shared by
    /// every worker of the process. Time comes from a <see cref="TimeProvider"/>, so tests move it by hand.
    /// </summary>
    /// <remarks>
    /// Each create reserves a token at once (the bucket may go below zero) and waits until its token is due: callers
    /// are served in the order they asked, and over any window of t seconds at most <c>Burst + rate × t</c> creates
    /// leave. A create cancelled while waiting keeps its token spent, which only makes the batch slower, never faster.
    /// </remarks>
    public sealed class BatchThrottle : IBatchThrottle
    {
        private readonly object _lock = new object();
        private readonly TimeProvider _time;
        private readonly double _perSecond;
        private readonly double _burst;
        private double _tokens;
        private long _refilledAt;
        private DateTimeOffset _pausedUntil;

        /// <summary>Creates the throttle.</summary>
        /// <param name="createsPerMinute">Creates per minute; <see cref="double.PositiveInfinity"/> or 0 for no limit.</param>
        /// <param name="burst">How many creates may leave at once after a quiet spell, at least 1.</param>
        /// <param name="time">The clock; default: the system's.</param>
        public BatchThrottle(double createsPerMinute, int burst = 1, TimeProvider? time = null)
        {
            if (double.IsNaN(createsPerMinute) || createsPerMinute < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(createsPerMinute), createsPerMinute, "The create rate must be positive (0 or infinity: no limit).");
            }

            if (burst < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(burst), burst, "The burst must be at least 1.");
            }

            _time = time ?? TimeProvider.System;
            _perSecond = createsPerMinute == 0 ? double.PositiveInfinity : createsPerMinute / 60.0;
            _burst = burst;
            _tokens = burst;
            _refilledAt = _time.GetTimestamp();
            _pausedUntil = DateTimeOffset.MinValue;
        }

        /// <summary>Creates per minute (infinity: no limit).</summary>
        public double CreatesPerMinute => _perSecond * 60;

        /// <summary>Until when every worker is paused; <see cref="DateTimeOffset.MinValue"/> when not.</summary>
        public DateTimeOffset PausedUntil
        {
            get
            {
                lock (_lock)
                {
                    return _pausedUntil;
                }
            }
        }

        /// <summary>How many pauses were asked for (429s seen).</summary>
        public int Backoffs { get; private set; }

        /// <inheritdoc />
        public async ValueTask WaitForCreateAsync(CancellationToken cancellationToken)
        {
            await WaitForCallAsync(cancellationToken).ConfigureAwait(false);
            if (double.IsPositiveInfinity(_perSecond))
            {
                return;
            }

            TimeSpan wait;
            lock (_lock)
            {
                long now = _time.GetTimestamp();
                _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_refilledAt, now).TotalSeconds * _perSecond));
                _refilledAt = now;
                _tokens -= 1;
                wait = _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _perSecond);
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }

            // A 429 that arrived while this create waited for its token pauses it too.
            await WaitForCallAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public async ValueTask WaitForCallAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                TimeSpan wait;
                lock (_lock)
                {
                    wait = _pausedUntil - _time.GetUtcNow();
                }

                if (wait <= TimeSpan.Zero)
                {
                    return;
                }

                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <inheritdoc />
        public void Backoff(TimeSpan delay)
        {
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            lock (_lock)
            {
                Backoffs++;
                DateTimeOffset until = _time.GetUtcNow() + delay;
                if (until > _pausedUntil)
                {
                    _pausedUntil = until;
                }
            }
        }
    }
}
