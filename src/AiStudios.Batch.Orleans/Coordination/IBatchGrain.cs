using System.Threading.Tasks;
using AiStudios.Batch.Orleans.Items;
using Orleans;
using Orleans.Concurrency;

namespace AiStudios.Batch.Orleans.Coordination
{
    /// <summary>
    /// A batch's coordinator (key: the batch id). It knows the batch's fingerprint and size, keeps a window of its items
    /// started, starts the next rows as items finish, asks every started item where it stands at each sweep (which brings
    /// an item whose silo died back to life elsewhere), and keeps the counts a progress display reads.
    /// </summary>
    [Alias("aistudios.batch.IBatchGrain")]
    public interface IBatchGrain : IGrainWithStringKey
    {
        /// <summary>Creates the batch, or finds it again: the same id with another fingerprint is refused (its rows changed).</summary>
        /// <param name="opening">The batch as planned.</param>
        /// <returns>Whether it was accepted, and whether it existed.</returns>
        [Alias("Open")]
        Task<BatchOpened> Open(BatchOpening opening);

        /// <summary>Starts feeding items (every row must be seeded first); a running batch goes on; a finished one looks again at what it left unresolved.</summary>
        /// <returns>A task.</returns>
        [Alias("Run")]
        Task Run();

        /// <summary>Where the batch stands.</summary>
        /// <returns>The counts.</returns>
        [Alias("GetProgress")]
        [AlwaysInterleave]
        Task<FleetProgress> GetProgress();

        /// <summary>An item tells it that it stopped being worked (final, unknown, unfinished, or the batch must stop).</summary>
        /// <param name="snapshot">The item.</param>
        /// <returns>A task (one-way).</returns>
        [Alias("Closed")]
        [OneWay]
        Task Closed(ItemSnapshot snapshot);
    }
}
