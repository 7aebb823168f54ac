using System;
using System.Threading.Tasks;
using Orleans;
using Orleans.Concurrency;

namespace AiStudios.Batch.Orleans.Limits
{
    /// <summary>
    /// The cluster's one limiter (<see cref="FleetNames.LimiterKey"/>): the create rate, the render slots and the 429
    /// pause every silo shares. Each call is short and answers at once ("granted" or "ask again after"); callers wait on
    /// their side, so a waiting caller never holds the limiter.
    /// </summary>
    [Alias("aistudios.batch.IFleetLimiterGrain")]
    public interface IFleetLimiterGrain : IGrainWithStringKey
    {
        /// <summary>Asks for one create.</summary>
        /// <returns><see cref="TimeSpan.Zero"/>: granted; otherwise how long to wait before asking again.</returns>
        [Alias("TryTakeCreate")]
        Task<TimeSpan> TryTakeCreate();

        /// <summary>Asks for a render slot (a holder that has one keeps it).</summary>
        /// <param name="holder">The holder: the item's grain key.</param>
        /// <returns><see cref="TimeSpan.Zero"/>: held; otherwise how long to wait before asking again.</returns>
        [Alias("TryEnter")]
        Task<TimeSpan> TryEnter(string holder);

        /// <summary>Renews a slot's lease (counting it again if the limiter lost it).</summary>
        /// <param name="holder">The holder.</param>
        /// <returns>A task.</returns>
        [Alias("Renew")]
        Task Renew(string holder);

        /// <summary>Gives a slot back.</summary>
        /// <param name="holder">The holder.</param>
        /// <returns>A task.</returns>
        [Alias("Release")]
        Task Release(string holder);

        /// <summary>Pauses every silo's creates and calls (a 429 with its Retry-After).</summary>
        /// <param name="delay">How long from now.</param>
        /// <returns>A task.</returns>
        [Alias("Pause")]
        Task Pause(TimeSpan delay);

        /// <summary>How much of the pause is left.</summary>
        /// <returns>Zero when not paused.</returns>
        [Alias("GetPauseRemaining")]
        [AlwaysInterleave]
        Task<TimeSpan> GetPauseRemaining();

        /// <summary>The counts (for progress displays and tests).</summary>
        /// <returns>The status.</returns>
        [Alias("GetStatus")]
        [AlwaysInterleave]
        Task<LimiterStatus> GetStatus();
    }

    /// <summary>What the limiter holds and has granted.</summary>
    /// <param name="InFlight">Slots held now.</param>
    /// <param name="PeakInFlight">The most held at once since this activation started.</param>
    /// <param name="MaxInFlight">The cap.</param>
    /// <param name="CreatesGranted">Creates granted since this activation started.</param>
    /// <param name="SlotsGranted">Slots granted since this activation started.</param>
    /// <param name="PauseRemaining">How much of a 429 pause is left.</param>
    /// <param name="Restarted">Whether this activation replaced one that died (it granted nothing new for half a lease).</param>
    [GenerateSerializer]
    [Alias("aistudios.batch.LimiterStatus")]
    public sealed record LimiterStatus(
        [property: Id(0)] int InFlight,
        [property: Id(1)] int PeakInFlight,
        [property: Id(2)] int MaxInFlight,
        [property: Id(3)] long CreatesGranted,
        [property: Id(4)] long SlotsGranted,
        [property: Id(5)] TimeSpan PauseRemaining,
        [property: Id(6)] bool Restarted);
}
