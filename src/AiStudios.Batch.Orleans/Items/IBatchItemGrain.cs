using System.Threading.Tasks;
using AiStudios.Batch.Ledger;
using Orleans;
using Orleans.Concurrency;

namespace AiStudios.Batch.Orleans.Items
{
    /// <summary>
    /// One row of a batch (key <c>{batch}/{row}</c>, see <see cref="BatchItemKey"/>). Its single activation is the only
    /// worker of that row in the cluster; its <see cref="BatchItem"/> is persisted before every step, through the same
    /// transitions and reconciliation rule as the local runner.
    /// </summary>
    [Alias("aistudios.batch.IBatchItemGrain")]
    public interface IBatchItemGrain : IGrainWithStringKey
    {
        /// <summary>Stores the row's planned project, once: seeding a seeded item again changes nothing (its key must match).</summary>
        /// <param name="seed">The row.</param>
        /// <returns>Where the item stands.</returns>
        [Alias("Seed")]
        Task<ItemSnapshot> Seed(ItemSeed seed);

        /// <summary>
        /// Makes sure the item is being worked (sent, reconciled or followed) unless it is final; returns at once, the
        /// work goes on in the grain. The coordinator calls it for every started item at each sweep, which is also what
        /// brings an item whose silo died back to life elsewhere.
        /// </summary>
        /// <returns>Where the item stands.</returns>
        [Alias("Start")]
        Task<ItemSnapshot> Start();

        /// <summary>
        /// As <see cref="Start"/>, for a new run of the batch: an item whose outcome is unknown is looked up by its marker
        /// once more, and a render left unfinished is followed again (a sweep's <see cref="Start"/> does neither twice).
        /// </summary>
        /// <returns>Where the item stands.</returns>
        [Alias("Resume")]
        Task<ItemSnapshot> Resume();

        /// <summary>Where the item stands, without starting anything.</summary>
        /// <returns>The snapshot.</returns>
        [Alias("Get")]
        [AlwaysInterleave]
        Task<ItemSnapshot> Get();

        /// <summary>A webhook call for this item's render, routed here by the receiver.</summary>
        /// <param name="notice">What the call said.</param>
        /// <returns>Whether the item was following its render (false: kept for when it does, or ignored when final).</returns>
        [Alias("Deliver")]
        Task<bool> Deliver(WebhookNotice notice);
    }
}
