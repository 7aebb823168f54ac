using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Input;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Templates;
using AiStudios.Batch.Throughput;
using AiStudios.Emulator;
using AiStudios.Testing;

namespace AiStudios.Batch.LoadTests;

/// <summary>
/// The same batch against the same in-process emulator with the SQLite ledger and with the in-memory one, alternating,
/// three rounds each: throughput, and the time spent in the ledger's commits per item (measured around every save).
/// </summary>
internal static class LedgerOverhead
{
    public static async Task RunAsync(int rows, CancellationToken cancellationToken)
    {
        await using var emulator = await EmulatorServer.StartAsync(
            new EmulatorOptions { Port = 0, RenderDuration = TimeSpan.FromMilliseconds(200), ProgressStep = 50, MaxStoredProjects = 50_000, MaxStoredBytes = 1L << 30 },
            cancellationToken);
        BatchTemplate template = await BatchTemplate.FromFileAsync(RepoPaths.Fixture("batch-greeting.json"), cancellationToken);
        var mapping = new BatchMapping { KeyColumn = "email" };
        mapping.Clips["title"] = "headline";
        mapping.Clips["logo"] = "logo_url";

        var results = new Dictionary<string, List<(double ItemsPerSecond, double LedgerMsPerItem, double SavesPerItem)>> { ["sqlite"] = new(), ["memory"] = new() };
        for (int round = 0; round < 4; round++)
        {
            foreach (string kind in new[] { "sqlite", "memory" })
            {
                // Each round's rows differ (their own batch), so nothing is resumed.
                string csv = "email,first_name,headline,logo_url\n" + string.Join("\n", Enumerable.Range(1, rows).Select(i => $"r{round}-{kind}-{i}@example.com,P{i},Hello {i},https://cdn.example.com/{i}.png")) + "\n";
                BatchPlan plan = await BatchPlanner.PlanAsync(template, BatchRowSource.FromCsvText(csv), mapping, cancellationToken);
                string folder = Directory.CreateTempSubdirectory("aistudios-ledger-cost-").FullName;
                try
                {
                    IBatchLedger inner = kind == "sqlite" ? await SqliteBatchLedger.OpenAsync(Path.Combine(folder, "batch.db"), cancellationToken: cancellationToken) : new InMemoryBatchLedger();
                    await using var ledger = new TimedLedger(inner);
                    var throttle = new BatchThrottle(0);
                    using var http = BatchThrottlingHandler.CreateHttpClient(throttle);
                    using var client = new AiStudiosClient(http, new AiStudiosClientOptions { BaseAddress = emulator.BaseAddress, AppId = emulator.Credential.AppId, UserKey = emulator.Credential.UserKey });
                    var options = new BatchOptions
                    {
                        MaxRendersInFlight = 50,
                        Throttle = throttle,
                        RenderWait = new RenderWaitOptions { DelayStrategy = RenderDelayStrategy.Fixed(TimeSpan.FromMilliseconds(100)) },
                        AllowNewBatchInLedger = true,
                    };
                    var clock = Stopwatch.StartNew();
                    BatchResult result = await new BatchRunner(client, ledger, options).RunAsync(plan, null, cancellationToken);
                    clock.Stop();
                    if (!result.IsComplete)
                    {
                        throw new InvalidOperationException("The overhead batch did not complete: " + result.Progress);
                    }

                    if (round > 0)
                    {
                        results[kind].Add((rows / clock.Elapsed.TotalSeconds, ledger.SaveTime.TotalMilliseconds / rows, (double)ledger.Saves / rows));
                    }
                }
                finally
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        Console.WriteLine($"{rows:N0} rows per batch, 50 in flight, renders of 200 ms polled every 100 ms; round 1 is warm-up, medians of 3 rounds:");
        Console.WriteLine("| ledger | items/s | commits per item | ledger time per item (all commits) | ledger time per commit |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (string kind in new[] { "sqlite", "memory" })
        {
            double throughput = Median(results[kind].Select(r => r.ItemsPerSecond));
            double perItem = Median(results[kind].Select(r => r.LedgerMsPerItem));
            double saves = Median(results[kind].Select(r => r.SavesPerItem));
            Console.WriteLine($"| {(kind == "sqlite" ? "SQLite (WAL, synchronous=FULL)" : "in memory")} | {throughput:0.0} | {saves:0.0} | {perItem:0.000} ms | {perItem / saves:0.000} ms |");
        }

        double ratio = Median(results["memory"].Select(r => r.ItemsPerSecond)) / Median(results["sqlite"].Select(r => r.ItemsPerSecond));
        Console.WriteLine($"Throughput ratio in memory / SQLite: {ratio:0.00}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    /// <summary>Counts and times every save (the commits the engine waits for).</summary>
    private sealed class TimedLedger(IBatchLedger inner) : IBatchLedger
    {
        private long _ticks;
        private int _saves;

        public TimeSpan SaveTime => TimeSpan.FromTicks((long)(Interlocked.Read(ref _ticks) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));

        public int Saves => Volatile.Read(ref _saves);

        public Task<LedgerBatch> OpenBatchAsync(BatchDefinition definition, CancellationToken cancellationToken = default) => inner.OpenBatchAsync(definition, cancellationToken);

        public Task<IReadOnlyList<BatchItem>> GetItemsAsync(string batchId, IReadOnlyCollection<BatchItemState> states, long afterNumber, int limit, CancellationToken cancellationToken = default) =>
            inner.GetItemsAsync(batchId, states, afterNumber, limit, cancellationToken);

        public Task<byte[]> GetPayloadAsync(string batchId, long number, CancellationToken cancellationToken = default) => inner.GetPayloadAsync(batchId, number, cancellationToken);

        public Task<IReadOnlyDictionary<BatchItemState, int>> CountAsync(string batchId, CancellationToken cancellationToken = default) => inner.CountAsync(batchId, cancellationToken);

        public async Task SaveAsync(BatchItem item, CancellationToken cancellationToken = default)
        {
            long start = Stopwatch.GetTimestamp();
            await inner.SaveAsync(item, cancellationToken);
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
            Interlocked.Increment(ref _saves);
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
