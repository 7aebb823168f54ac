using System;
using System.Collections.Generic;
using System.Linq;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Ledger;
using Orleans;

namespace AiStudios.Batch.Orleans.Coordination
{
    /// <summary>A batch to open.</summary>
    /// <param name="Fingerprint">The plan's fingerprint.</param>
    /// <param name="Source">A description for people (the files).</param>
    /// <param name="Total">Rows in the batch.</param>
    /// <param name="Skipped">The rows left out as invalid (they are seeded as skipped and never started).</param>
    [GenerateSerializer]
    [Alias("aistudios.batch.BatchOpening")]
    public sealed record BatchOpening(
        [property: Id(0)] string Fingerprint,
        [property: Id(1)] string Source,
        [property: Id(2)] int Total,
        [property: Id(3)] List<long> Skipped);

    /// <summary>What opening a batch gave.</summary>
    /// <param name="Accepted">Whether the batch is this one (false: the id belongs to a batch of other rows).</param>
    /// <param name="Refusal">Why not.</param>
    /// <param name="Resumed">Whether it existed.</param>
    /// <param name="Seeded">Whether every row was seeded before (a resumed batch need not seed again).</param>
    /// <param name="CreatedAt">When it was first opened.</param>
    [GenerateSerializer]
    [Alias("aistudios.batch.BatchOpened")]
    public sealed record BatchOpened(
        [property: Id(0)] bool Accepted,
        [property: Id(1)] string? Refusal,
        [property: Id(2)] bool Resumed,
        [property: Id(3)] bool Seeded,
        [property: Id(4)] DateTimeOffset CreatedAt);

    /// <summary>Where a fleet batch stands, as its coordinator counts it.</summary>
    /// <param name="BatchId">The batch.</param>
    /// <param name="Total">Rows.</param>
    /// <param name="Counts">Items per state (by state name).</param>
    /// <param name="CreatesThisRun">Creates started since this run began (attempts counted by the items).</param>
    /// <param name="FinishedThisRun">Items that became final in this run.</param>
    /// <param name="Elapsed">Since this run began.</param>
    /// <param name="Running">Whether items are still being fed or worked.</param>
    /// <param name="Completed">Whether the run ended with every item closed (final, or left unresolved).</param>
    /// <param name="StopReason">Why the run stopped early (the credentials were refused).</param>
    /// <param name="Unresolved">Rows left with an unknown outcome or an unfinished render (the first 1,000).</param>
    /// <param name="Started">Items started and not closed.</param>
    [GenerateSerializer]
    [Alias("aistudios.batch.FleetProgress")]
    public sealed record FleetProgress(
        [property: Id(0)] string BatchId,
        [property: Id(1)] int Total,
        [property: Id(2)] Dictionary<string, int> Counts,
        [property: Id(3)] int CreatesThisRun,
        [property: Id(4)] int FinishedThisRun,
        [property: Id(5)] TimeSpan Elapsed,
        [property: Id(6)] bool Running,
        [property: Id(7)] bool Completed,
        [property: Id(8)] string? StopReason,
        [property: Id(9)] List<long> Unresolved,
        [property: Id(10)] int Started)
    {
        /// <summary>The same reading as the local runner reports.</summary>
        /// <returns>The progress.</returns>
        public BatchProgress ToBatchProgress() =>
            new BatchProgress(
                BatchId,
                Total,
                Counts.Where(c => Enum.TryParse(c.Key, out BatchItemState _)).ToDictionary(c => Enum.Parse<BatchItemState>(c.Key), c => c.Value),
                CreatesThisRun,
                FinishedThisRun,
                Elapsed);
    }
}
