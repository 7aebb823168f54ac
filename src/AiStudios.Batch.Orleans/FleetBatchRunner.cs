using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Orleans.Coordination;
using AiStudios.Batch.Orleans.Items;
using AiStudios.Batch.Planning;
using Orleans;

namespace AiStudios.Batch.Orleans
{
    /// <summary>
    /// Runs a planned batch on a cluster: opens it at its coordinator grain (the same id with other rows is refused),
    /// seeds every row into its item grain (once; a resumed batch is not seeded again), starts the run, and reports the
    /// coordinator's counts until the run ends. The work happens in the silos: this side only watches, so it can be a
    /// silo's host, an Orleans client, or a process that comes and goes (running it again resumes the batch).
    /// </summary>
    /// <example>
    /// <code>
    /// BatchPlan plan = await BatchPlanner.PlanAsync(template, BatchRowSource.FromCsvFile("people.csv"), mapping);
    /// var runner = new FleetBatchRunner(host.Services.GetRequiredService&lt;IGrainFactory&gt;());
    /// FleetProgress end = await runner.RunAsync(plan, "spring24", new Progress&lt;BatchProgress&gt;(Console.WriteLine));
    /// </code>
    /// </example>
    public sealed class FleetBatchRunner
    {
        private readonly IGrainFactory _grains;

        /// <summary>Creates a runner.</summary>
        /// <param name="grains">The cluster (a silo's <see cref="IGrainFactory"/> or an <see cref="IClusterClient"/>).</param>
        public FleetBatchRunner(IGrainFactory grains)
        {
            _grains = grains ?? throw new ArgumentNullException(nameof(grains));
        }

        /// <summary>How many rows are seeded at once. Default 64.</summary>
        public int SeedParallelism { get; set; } = 64;

        /// <summary>How often the coordinator's counts are read and reported. Default 1 s.</summary>
        public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Whether rows with errors are left out (as skipped) instead of refusing the batch. Default false.</summary>
        public bool SkipInvalidRows { get; set; }

        /// <summary>The clock of the progress waits. Default: the system's.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>Runs (or resumes) <paramref name="plan"/> as batch <paramref name="batchId"/> and waits for the run to end.</summary>
        /// <param name="plan">The plan.</param>
        /// <param name="batchId">The batch id: 1 to 16 lowercase letters or digits, the same on every run of this batch.</param>
        /// <param name="progress">Told the counts, pace and ETA each <see cref="ProgressInterval"/>.</param>
        /// <param name="cancellationToken">Stops watching (and seeding); the run goes on in the cluster.</param>
        /// <returns>The counts when the run ended.</returns>
        /// <exception cref="BatchPlanException">The plan has errors (and invalid rows are not to be skipped). Nothing was sent.</exception>
        /// <exception cref="BatchLedgerException">The batch id belongs to a batch of other rows.</exception>
        public async Task<FleetProgress> RunAsync(BatchPlan plan, string batchId, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            if (plan is null)
            {
                throw new ArgumentNullException(nameof(plan));
            }

            if (!Reconciliation.CorrelationMarker.IsValidBatchId(batchId))
            {
                throw new ArgumentException("The batch id must be 1 to 16 lowercase letters or digits (it is written into project names).", nameof(batchId));
            }

            if (plan.HasBatchErrors || (plan.HasErrors && !SkipInvalidRows))
            {
                throw new BatchPlanException(plan);
            }

            IReadOnlyList<BatchItemSeed> seeds = plan.ToItemSeeds();
            IBatchGrain batch = _grains.GetGrain<IBatchGrain>(batchId);
            BatchOpened opened = await batch.Open(new BatchOpening(
                plan.Fingerprint,
                plan.TemplateDescription + " x " + plan.SourceName,
                seeds.Count,
                seeds.Where(s => s.SkipReason is not null).Select(s => s.Number).ToList())).WaitAsync(cancellationToken);
            if (!opened.Accepted)
            {
                throw new BatchLedgerException(opened.Refusal ?? $"The batch '{batchId}' was refused.");
            }

            if (!opened.Seeded)
            {
                await Parallel.ForEachAsync(
                    seeds,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, SeedParallelism), CancellationToken = cancellationToken },
                    async (seed, ct) => await _grains.GetGrain<IBatchItemGrain>(BatchItemKey.For(batchId, seed.Number)).Seed(ItemSeed.From(seed)).WaitAsync(ct));
            }

            await batch.Run().WaitAsync(cancellationToken);
            while (true)
            {
                FleetProgress now;
                try
                {
                    now = await batch.GetProgress().WaitAsync(cancellationToken);
                }
                catch (Exception e) when (FleetCalls.IsTransient(e, cancellationToken))
                {
                    // The coordinator's silo died: the next call activates it elsewhere, from its persisted record.
                    await Task.Delay(ProgressInterval, TimeProvider, cancellationToken);
                    continue;
                }

                progress?.Report(now.ToBatchProgress());
                if (!now.Running)
                {
                    return now;
                }

                await Task.Delay(ProgressInterval, TimeProvider, cancellationToken);
            }
        }
    }
}
