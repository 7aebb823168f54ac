using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Tests.Infrastructure;
using AiStudios.Batch.Throughput;

namespace AiStudios.Batch.Tests.Execution;

/// <summary>
/// The process "dies" at every step of an item's life (the ledger stops at a chosen commit, before or after it); a new
/// runner then resumes with the same ledger file. Counted at the emulator: every row created exactly once.
/// </summary>
public class CrashRecoveryTests
{
    private const int Rows = 6;

    public static TheoryData<string, bool> CrashPoints() => new()
    {
        { nameof(BatchItemState.Sending), false },   // dies before "sending" is committed: nothing sent for it
        { nameof(BatchItemState.Sending), true },    // dies after "sending", before the request leaves
        { nameof(BatchItemState.Sent), false },      // the create succeeded, its answer was never recorded
        { nameof(BatchItemState.Sent), true },
        { nameof(BatchItemState.Rendering), true },
        { nameof(BatchItemState.Done), false },      // rendered, "done" never recorded
    };

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task A_crash_at_any_step_then_a_restart_renders_every_row_once(string state, bool afterCommit)
    {
        await using var harness = await BatchHarness.StartAsync();
        BatchPlan plan = await BatchHarness.Plan(Rows);
        var crashState = Enum.Parse<BatchItemState>(state);

        // The opt-in window (only honest because the emulator lists every project): a "sending" with no create behind it is sent again.
        Func<BatchThrottle, BatchOptions> options = throttle =>
        {
            var o = harness.Options(throttle);
            o.ResendAbsentAfter = TimeSpan.FromMilliseconds(300);
            return o;
        };

        string batchId = await CrashAsync(harness, plan, item => item.Number == 3 && item.State == crashState, afterCommit, options);

        var throttle = new BatchThrottle(0);
        var (client, http) = harness.Client(throttle);
        int listingsBefore = harness.Emulator.State.RequestCount("GET", "/editor/project");
        using (http)
        using (client)
        await using (var ledger = await SqliteBatchLedger.OpenAsync(harness.LedgerPath))
        {
            BatchResult result = await new BatchRunner(client, ledger, options(throttle)).RunAsync(plan);

            // Every item left in "sending" is looked up in one shared listing (and once more after the window).
            Assert.InRange(harness.Emulator.State.RequestCount("GET", "/editor/project") - listingsBefore, 0, 2);
            Assert.True(result.Resumed);
            Assert.True(result.IsComplete, result.Progress + " / " + result.Statistics);
            Assert.Equal(Rows, result.Progress.Done);
        }

        var creates = harness.Creates(batchId);
        Assert.Equal(0, creates.DuplicateNames);
        Assert.Equal(Rows, creates.ProjectsCreated);
        Assert.Equal(Rows, creates.DistinctNames);

        // One result line per row, all done (the results file survived the crash too).
        var lines = File.ReadAllLines(Path.Combine(harness.Folder, "results.csv")).Skip(1).ToList();
        Assert.Equal(Rows, lines.Count(l => l.Contains(",done,")));
        Assert.Equal(Rows, lines.Select(l => l.Split(',')[0]).Distinct().Count());
    }

    [Fact]
    public async Task By_default_a_create_that_may_have_left_and_is_not_listed_stays_unknown_and_is_not_resent()
    {
        await using var harness = await BatchHarness.StartAsync();
        BatchPlan plan = await BatchHarness.Plan(Rows);

        // Dies after committing "sending" for row 3 and before its request: no project exists, but nothing can prove it.
        string batchId = await CrashAsync(harness, plan, item => item.Number == 3 && item.State == BatchItemState.Sending, afterCommit: true, t => harness.Options(t));

        var throttle = new BatchThrottle(0);
        var (client, http) = harness.Client(throttle);
        using (http)
        using (client)
        await using (var ledger = await SqliteBatchLedger.OpenAsync(harness.LedgerPath))
        {
            BatchResult result = await new BatchRunner(client, ledger, harness.Options(throttle)).RunAsync(plan);

            Assert.False(result.IsComplete);
            Assert.Equal((Rows - 1, 1), (result.Progress.Done, result.Progress.OutcomeUnknown));
            BatchItem unknown = Assert.Single(result.Unresolved);
            Assert.Equal((3L, BatchItemState.OutcomeUnknown), (unknown.Number, unknown.State));
            Assert.Contains($"[b:{batchId}:3]", unknown.Error);
        }

        Assert.Equal(Rows - 1, harness.Creates(batchId).ProjectsCreated);
        Assert.Contains(File.ReadAllLines(Path.Combine(harness.Folder, "results.csv")), l => l.StartsWith("p3@example.com,3,,outcome-unknown,"));
    }

    private static async Task<string> CrashAsync(BatchHarness harness, BatchPlan plan, Func<BatchItem, bool> at, bool afterCommit, Func<BatchThrottle, BatchOptions> options)
    {
        var throttle = new BatchThrottle(0);
        var (client, http) = harness.Client(throttle);
        using (http)
        using (client)
        {
            await using var ledger = new CrashingLedger(await SqliteBatchLedger.OpenAsync(harness.LedgerPath), at, afterCommit);
            await Assert.ThrowsAsync<SimulatedCrash>(() => new BatchRunner(client, ledger, options(throttle)).RunAsync(plan));
            Assert.True(ledger.Crashed);
        }

        await using var check = await SqliteBatchLedger.OpenAsync(harness.LedgerPath);
        return (await check.OpenBatchAsync(new BatchDefinition(plan.Fingerprint, null, "check", Array.Empty<BatchItemSeed>()))).BatchId;
    }
}
