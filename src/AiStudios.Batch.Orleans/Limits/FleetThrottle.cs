using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Throughput;
using Microsoft.Extensions.Logging;
using Orleans;

namespace AiStudios.Batch.Orleans.Limits
{
    /// <summary>
    /// A silo's <see cref="IBatchThrottle"/> over the cluster's limiter grain: every create asks the limiter for a token,
    /// a 429 seen here pauses this silo at once and every other silo through the limiter, and calls (polls, listings)
    /// wait out the cluster's pause, which each silo reads at most once per <c>PauseRefresh</c>.
    /// </summary>
    /// <remarks>
    /// The limiter may be unreachable for a moment (its silo died and the cluster has not noticed yet): a create then
    /// waits and asks again rather than leave without a token, and a call goes by the pause last known here.
    /// </remarks>
    public sealed class FleetThrottle : IBatchThrottle
    {
        private static readonly TimeSpan UnreachableRetry = TimeSpan.FromSeconds(1);

        private readonly IGrainFactory _grains;
        private readonly TimeProvider _time;
        private readonly TimeSpan _refresh;
        private readonly ILogger? _logger;
        private readonly object _lock = new object();
        private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
        private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;
        private Task? _refreshing;

        /// <summary>Creates the throttle.</summary>
        /// <param name="grains">Reaches the limiter grain.</param>
        /// <param name="time">The clock the waits use.</param>
        /// <param name="pauseRefresh">How often the cluster's pause is read.</param>
        /// <param name="logger">Where an unreachable limiter is reported.</param>
        public FleetThrottle(IGrainFactory grains, TimeProvider time, TimeSpan pauseRefresh, ILogger? logger = null)
        {
            _grains = grains ?? throw new ArgumentNullException(nameof(grains));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _refresh = pauseRefresh;
            _logger = logger;
        }

        private IFleetLimiterGrain Limiter => _grains.GetGrain<IFleetLimiterGrain>(FleetNames.LimiterKey);

        /// <inheritdoc />
        public async ValueTask WaitForCreateAsync(CancellationToken cancellationToken)
        {
            await WaitForCallAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                TimeSpan wait;
                try
                {
                    wait = await Limiter.TryTakeCreate().WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (FleetCalls.IsTransient(e, cancellationToken))
                {
                    _logger?.LogDebug(e, "The batch limiter did not answer; asking again for a create token.");
                    wait = UnreachableRetry;
                }

                if (wait <= TimeSpan.Zero)
                {
                    return;
                }

                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <inheritdoc />
        public async ValueTask WaitForCallAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                Task? refreshing = null;
                DateTimeOffset until;
                lock (_lock)
                {
                    DateTimeOffset now = _time.GetUtcNow();
                    if (now - _refreshedAt >= _refresh)
                    {
                        _refreshing ??= RefreshAsync();
                        refreshing = _refreshing;
                    }

                    until = _pausedUntil;
                }

                if (refreshing is not null)
                {
                    await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
                    lock (_lock)
                    {
                        until = _pausedUntil;
                    }
                }

                TimeSpan wait = until - _time.GetUtcNow();
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
                DateTimeOffset until = _time.GetUtcNow() + delay;
                if (until > _pausedUntil)
                {
                    _pausedUntil = until;
                }
            }

            // The other silos learn it from the limiter; if the limiter is unreachable, this silo still pauses.
            _ = TellAsync(delay);
        }

        private async Task TellAsync(TimeSpan delay)
        {
            try
            {
                await Limiter.Pause(delay).ConfigureAwait(false);
            }
            catch (Exception e) when (FleetCalls.IsTransient(e, CancellationToken.None))
            {
                _logger?.LogWarning(e, "A 429 pause could not be shared with the cluster; this silo pauses on its own.");
            }
        }

        private async Task RefreshAsync()
        {
            try
            {
                TimeSpan remaining = await Limiter.GetPauseRemaining().ConfigureAwait(false);
                lock (_lock)
                {
                    DateTimeOffset now = _time.GetUtcNow();
                    if (now + remaining > _pausedUntil)
                    {
                        _pausedUntil = now + remaining;
                    }
                }
            }
            catch (Exception e) when (FleetCalls.IsTransient(e, CancellationToken.None))
            {
                _logger?.LogDebug(e, "The batch limiter did not answer; going by the pause last known.");
            }
            finally
            {
                lock (_lock)
                {
                    _refreshedAt = _time.GetUtcNow();
                    _refreshing = null;
                }
            }
        }
    }
}
