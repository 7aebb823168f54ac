using System;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Batch.Throughput
{
    /// <summary>
    /// The batch's pace: how fast creates may leave (a rate), and a pause every worker honours when the service says
    /// 429 (Retry-After). The default, <see cref="BatchThrottle"/>, is per process; a fleet replaces it with a limiter
    /// shared by the cluster.
    /// </summary>
    public interface IBatchThrottle
    {
        /// <summary>Waits until a create may leave: any pause, then the create rate.</summary>
        /// <param name="cancellationToken">Stops waiting.</param>
        /// <returns>A task that completes when the create may be sent.</returns>
        ValueTask WaitForCreateAsync(CancellationToken cancellationToken);

        /// <summary>Waits out any pause before another call (a poll, a listing).</summary>
        /// <param name="cancellationToken">Stops waiting.</param>
        /// <returns>A task that completes when a call may be made.</returns>
        ValueTask WaitForCallAsync(CancellationToken cancellationToken);

        /// <summary>Pauses every worker for <paramref name="delay"/> from now (a pause already longer stays).</summary>
        /// <param name="delay">How long: the service's Retry-After, or a default.</param>
        void Backoff(TimeSpan delay);
    }

    /// <summary>How many renders may be in flight (created and not finished) at once. A fleet shares one count.</summary>
    public interface IRenderSlots
    {
        /// <summary>Takes a slot, waiting for one to be free.</summary>
        /// <param name="cancellationToken">Stops waiting.</param>
        /// <returns>A task that completes when the slot is taken.</returns>
        ValueTask AcquireAsync(CancellationToken cancellationToken);

        /// <summary>Gives a slot back.</summary>
        void Release();
    }

    /// <summary>Slots in this process: a semaphore of <c>MaxRendersInFlight</c>.</summary>
    public sealed class LocalRenderSlots : IRenderSlots, IDisposable
    {
        private readonly SemaphoreSlim _slots;

        /// <summary>Creates the slots.</summary>
        /// <param name="count">How many renders at once, at least 1.</param>
        public LocalRenderSlots(int count)
        {
            if (count < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "At least one render must be allowed in flight.");
            }

            Capacity = count;
            _slots = new SemaphoreSlim(count, count);
        }

        /// <summary>How many slots there are.</summary>
        public int Capacity { get; }

        /// <summary>How many are taken.</summary>
        public int InUse => Capacity - _slots.CurrentCount;

        /// <inheritdoc />
        public ValueTask AcquireAsync(CancellationToken cancellationToken) => new ValueTask(_slots.WaitAsync(cancellationToken));

        /// <inheritdoc />
        public void Release() => _slots.Release();

        /// <inheritdoc />
        public void Dispose() => _slots.Dispose();
    }
}
