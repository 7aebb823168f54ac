using System;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Orleans.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace AiStudios.Batch.Orleans.Limits
{
    /// <summary>
    /// The limiter grain: <see cref="FleetLimits"/> in memory, one activation for the cluster. Its counts are not
    /// persisted; only whether an activation is live is, so that an activation that replaces a dead one knows it starts
    /// blind and grants nothing new until the live holders have renewed (see <see cref="FleetLimits"/>).
    /// </summary>
    internal sealed class FleetLimiterGrain : Grain, IFleetLimiterGrain
    {
        private readonly IPersistentState<LimiterMarker> _marker;
        private readonly BatchFleetOptions _options;
        private readonly TimeProvider _time;
        private readonly ILogger<FleetLimiterGrain> _logger;
        private FleetLimits? _limits;
        private bool _restarted;

        public FleetLimiterGrain(
            [PersistentState("limiter", FleetNames.StorageName)] IPersistentState<LimiterMarker> marker,
            IOptions<BatchFleetOptions> options,
            ILogger<FleetLimiterGrain> logger)
        {
            _marker = marker;
            _options = options.Value;
            _time = _options.TimeProvider;
            _logger = logger;
        }

        private FleetLimits Limits => _limits ?? throw new InvalidOperationException("The limiter is not active.");

        public override async Task OnActivateAsync(CancellationToken cancellationToken)
        {
            // A marker left "live" means the last activation never deactivated: its silo died with the counts.
            _restarted = _marker.RecordExists && _marker.State.Live;
            _limits = new FleetLimits(
                _options.MaxRendersInFlight,
                _options.CreatesPerMinute ?? 0,
                _options.CreateBurst,
                _options.SlotLease,
                _options.SlotRetry,
                _time.GetUtcNow(),
                _restarted);
            if (_restarted)
            {
                _logger.LogWarning("The batch limiter restarted after its silo died: no new render slot for {Grace} while live items renew theirs.", TimeSpan.FromTicks(_options.SlotLease.Ticks / 2));
            }

            _marker.State.Live = true;
            await _marker.WriteStateAsync();
        }

        public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
        {
            // Deactivated with slots still held (a silo stopping): the next activation must start blind, as after a crash.
            if (Limits.InFlight(_time.GetUtcNow()) == 0)
            {
                _marker.State.Live = false;
                try
                {
                    await _marker.WriteStateAsync();
                }
                catch (Exception e) when (e is OrleansException or TimeoutException)
                {
                    _logger.LogWarning(e, "The batch limiter could not record its clean stop; the next activation will wait for renewals first.");
                }
            }
        }

        public Task<TimeSpan> TryTakeCreate() => Task.FromResult(Limits.TryTakeCreate(_time.GetUtcNow()));

        public Task<TimeSpan> TryEnter(string holder) => Task.FromResult(Limits.TryEnter(Check(holder), _time.GetUtcNow()));

        public Task Renew(string holder)
        {
            Limits.Renew(Check(holder), _time.GetUtcNow());
            return Task.CompletedTask;
        }

        public Task Release(string holder)
        {
            Limits.Release(Check(holder));
            return Task.CompletedTask;
        }

        public Task Pause(TimeSpan delay)
        {
            Limits.Pause(delay > BatchThrottleLimits.MaxPause ? BatchThrottleLimits.MaxPause : delay, _time.GetUtcNow());
            return Task.CompletedTask;
        }

        public Task<TimeSpan> GetPauseRemaining() => Task.FromResult(Limits.PauseRemaining(_time.GetUtcNow()));

        public Task<LimiterStatus> GetStatus()
        {
            DateTimeOffset now = _time.GetUtcNow();
            FleetLimits limits = Limits;
            return Task.FromResult(new LimiterStatus(limits.InFlight(now), limits.PeakInFlight, limits.MaxInFlight, limits.CreatesGranted, limits.SlotsGranted, limits.PauseRemaining(now), _restarted));
        }

        private static string Check(string holder) =>
            string.IsNullOrEmpty(holder) || holder.Length > 200 ? throw new ArgumentException("A slot holder is a non-empty grain key of at most 200 characters.", nameof(holder)) : holder;
    }

    /// <summary>Whether a limiter activation is live (persisted so that its successor knows whether it died).</summary>
    [GenerateSerializer]
    [Alias("aistudios.batch.LimiterMarker")]
    internal sealed class LimiterMarker
    {
        /// <summary>An activation is running, or died without deactivating.</summary>
        [Id(0)]
        public bool Live { get; set; }
    }

    /// <summary>The bounds a pause is held to, the same as the local throttle's.</summary>
    internal static class BatchThrottleLimits
    {
        public static TimeSpan MaxPause => AiStudios.Batch.Throughput.BatchThrottlingHandler.MaxRetryAfter;
    }
}
