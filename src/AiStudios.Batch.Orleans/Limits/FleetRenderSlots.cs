using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Throughput;
using Microsoft.Extensions.Logging;

namespace AiStudios.Batch.Orleans.Limits
{
    /// <summary>
    /// One item's render slot from the cluster's limiter (<see cref="IRenderSlots"/> for a single holder): taken before
    /// the item is worked, renewed while its render is in flight, given back when it ends. If the holder's silo dies the
    /// lease runs out and the slot comes back by itself.
    /// </summary>
    public sealed class FleetRenderSlots : IRenderSlots
    {
        private static readonly TimeSpan UnreachableRetry = TimeSpan.FromSeconds(1);

        private readonly IFleetLimiterGrain _limiter;
        private readonly string _holder;
        private readonly TimeProvider _time;
        private readonly ILogger? _logger;

        /// <summary>Creates the slot.</summary>
        /// <param name="limiter">The cluster's limiter.</param>
        /// <param name="holder">The holder (the item's grain key): the same holder keeps the same slot after its grain moves silo.</param>
        /// <param name="time">The clock the waits use.</param>
        /// <param name="logger">Where an unreachable limiter is reported.</param>
        public FleetRenderSlots(IFleetLimiterGrain limiter, string holder, TimeProvider time, ILogger? logger = null)
        {
            _limiter = limiter ?? throw new ArgumentNullException(nameof(limiter));
            _holder = holder ?? throw new ArgumentNullException(nameof(holder));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _logger = logger;
        }

        /// <inheritdoc />
        public async ValueTask AcquireAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                TimeSpan wait;
                try
                {
                    wait = await _limiter.TryEnter(_holder).WaitAsync(cancellationToken);
                }
                catch (Exception e) when (FleetCalls.IsTransient(e, cancellationToken))
                {
                    _logger?.LogDebug(e, "The batch limiter did not answer; asking again for a render slot.");
                    wait = UnreachableRetry;
                }

                if (wait <= TimeSpan.Zero)
                {
                    return;
                }

                await Task.Delay(wait, _time, cancellationToken);
            }
        }

        /// <summary>Renews the slot's lease.</summary>
        /// <returns>A task.</returns>
        public async Task RenewAsync()
        {
            try
            {
                await _limiter.Renew(_holder);
            }
            catch (Exception e) when (FleetCalls.IsTransient(e, CancellationToken.None))
            {
                _logger?.LogDebug(e, "A render slot could not be renewed this time.");
            }
        }

        /// <inheritdoc />
        public void Release() => _ = ReleaseAsync();

        private async Task ReleaseAsync()
        {
            try
            {
                await _limiter.Release(_holder);
            }
            catch (Exception e) when (FleetCalls.IsTransient(e, CancellationToken.None))
            {
                // Its lease runs out instead.
                _logger?.LogDebug(e, "A render slot could not be given back; its lease will run out.");
            }
        }
    }
}
