using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Planning;
using AiStudios.Batch.Tests.Infrastructure;
using AiStudios.Batch.Throughput;
using Microsoft.Extensions.Time.Testing;

namespace AiStudios.Batch.Tests.Execution;

public class RunnerTests
{
    [Fact]
    public async Task A_batch_renders_every_row_once_and_writes_a_result_line_per_row()
    {
        await using var harness = await BatchHarness.StartAsync();
        var throttle = new BatchThrottle(0);
        var (client, http) = harness.Client(throttle);
        using var _ = http;
        using var __ = client;
        await using var ledger = await SqliteBatchLedger.OpenAsync(harness.LedgerPath);
        var reports = new ConcurrentQueue<BatchProgress>();

        BatchResult result = await new BatchRunner(client, ledger, harness.Options(throttle, inFlight: 4))
            .RunAsync(await BatchHarness.Plan(10), new SyncProgress(reports.Enqueue));

        Assert.True(result.IsComplete);
        Assert.False(result.Resumed);
        Assert.Equal((10, 0, 0), (result.Statistics.Creates, result.Statistics.ReconciledByMarker, result.Statistics.OutcomeUnknown));
        Assert.Equal((10, 10, 0), (harness.Creates(result.BatchId).ProjectsCreated, harness.Creates(result.BatchId).DistinctNames, harness.Creates(result.BatchId).DuplicateNames));
        Assert.Contains(harness.Emulator.State.Projects, p => p.Name == $"Welcome Person 4 [b:{result.BatchId}:4]");
        Assert.Equal(10, reports.Last().Done);
        Assert.Equal(TimeSpan.Zero, reports.Last().EstimatedRemaining);

        string[] lines = File.ReadAllLines(Path.Combine(harness.Folder, "results.csv"));
        Assert.Equal("key,number,project_id,state,download_url,error", lines[0]);
        Assert.Equal(10, lines.Skip(1).Count(l => l.Contains(",done,http://127.0.0.1:")));

        // Run again: nothing left to do, nothing sent, no line repeated.
        BatchResult again = await new BatchRunner(client, ledger, harness.Options(throttle)).RunAsync(await BatchHarness.Plan(10));
        Assert.True(again.Resumed);
        Assert.Equal(0, again.Statistics.Creates);
        Assert.Equal(11, File.ReadAllLines(Path.Combine(harness.Folder, "results.csv")).Length);
    }

    [Fact]
    public async Task Finished_videos_are_downloaded_by_row_key_when_asked()
    {
        await using var harness = await BatchHarness.StartAsync();
        var throttle = new BatchThrottle(0);
        var (client, http) = harness.Client(throttle);
        using var _ = http;
        using var __ = client;
        await using var ledger = new InMemoryBatchLedger();
        var options = harness.Options(throttle);
        options.DownloadDirectory = Path.Combine(harness.Folder, "videos");

        BatchResult result = await new BatchRunner(client, ledger, options).RunAsync(await BatchHarness.Plan(2));

        Assert.True(result.IsComplete);
        Assert.Equal(4096, new FileInfo(Path.Combine(harness.Folder, "videos", "p1@example.com.mp4")).Length);
        Assert.Equal(4096, new FileInfo(Path.Combine(harness.Folder, "videos", "p2@example.com.mp4")).Length);
        Assert.Equal("a_b_c", BatchRunner.SafeFileName("a/b\\c"));
        Assert.Equal("_", BatchRunner.SafeFileName(".."));
    }

    [Fact]
    public async Task A_create_answered_with_a_cut_body_is_found_by_its_marker_not_sent_again()
    {
        await using var harness = await BatchHarness.StartAsync();
        harness.Emulator.Faults.Enqueue("/editor/project", "malformed", count: 1, method: "POST");
        var throttle = new BatchThrottle(0);
        var (client, http) = harness.Client(throttle);
        using var _ = http;
        using var __ = client;
        await using var ledger = await SqliteBatchLedger.OpenAsync(harness.LedgerPath);

        BatchResult result = await new BatchRunner(client, ledger, harness.Options(throttle, inFlight: 1)).RunAsync(await BatchHarness.Plan(3));

        Assert.True(result.IsComplete);
        Assert.Equal((3, 1), (result.Statistics.Creates, result.Statistics.ReconciledByMarker));
        Assert.Equal((3, 0), (harness.Creates(result.BatchId).ProjectsCreated, harness.Creates(result.BatchId).DuplicateNames));
    }

    [Fact]
    public async Task A_dropped_connection_on_create_is_an_unknown_outcome_reported_and_not_resent()
    {
        await using var harness = await BatchHarness.StartAsync();
        harness.Emulator.Faults.Enqueue("/editor/project", "reset", count: 1, method: "POST");
        var throttle = new BatchThrottle(0);
        var (client, http) = harness.Client(throttle);
        using var _ = http;
        using var __ = client;
        await using var ledger = await SqliteBatchLedger.OpenAsync(harness.LedgerPath);

        BatchResult result = await new BatchRunner(client, ledger, harness.Options(throttle, inFlight: 1)).RunAsync(await BatchHarness.Plan(3));

        Assert.False(result.IsComplete);
        Assert.Equal((2, 1), (result.Progress.Done, result.Progress.OutcomeUnknown));
        Assert.Equal(1, Assert.Single(result.Unresolved).Number);
        Assert.Equal(2, harness.Creates(result.BatchId).ProjectsCreated);
    }

    [Fact]
    public async Task A_429_pauses_every_worker_for_its_Retry_After()
    {
        await using var harness = await BatchHarness.StartAsync(renderDuration: TimeSpan.FromMilliseconds(2000));
        var throttle = new BatchThrottle(0);
        var recorder = new RecordingHandler(new SocketsHttpHandler());
        var (client, http) = harness.Client(throttle, recorder, maxRetries: 3);
        using var _ = http;
        using var __ = client;
        await using var ledger = await SqliteBatchLedger.OpenAsync(harness.LedgerPath);

        // Three renders in flight, each polled every 40 ms; then one poll is refused with Retry-After: 1.
        var run = new BatchRunner(client, ledger, harness.Options(throttle, inFlight: 3)).RunAsync(await BatchHarness.Plan(3));
        while (recorder.Sent.Count(r => r.Path.Contains("/editor/progress/")) < 6)
        {
            await Task.Delay(10);
        }

        harness.Emulator.Faults.Enqueue("/editor/progress/*", "429=1", count: 1, method: "GET");
        BatchResult result = await run;

        Assert.True(result.IsComplete, result.Progress.ToString());
        Assert.Equal(1, throttle.Backoffs);
        Assert.Equal((3, 0), (harness.Creates(result.BatchId).ProjectsCreated, harness.Creates(result.BatchId).DuplicateNames));

        // Not a timing test: only that no worker sent anything while the pause lasted, and that they went on after it.
        long refusedAt = recorder.Answered.Single(a => a.Status == 429).At;
        Assert.DoesNotContain(recorder.Sent, r => r.At > refusedAt && Stopwatch.GetElapsedTime(refusedAt, r.At) < TimeSpan.FromMilliseconds(950));
        Assert.True(recorder.Sent.Count(r => r.At > refusedAt && r.Path.Contains("/editor/progress/")) >= 3);
    }

    [Fact]
    public async Task A_create_refused_with_429_goes_back_to_pending_and_is_sent_again()
    {
        await using var harness = await BatchHarness.StartAsync();
        harness.Emulator.Faults.Enqueue("/editor/project", "429=1", count: 1, method: "POST");
        var throttle = new BatchThrottle(0);
        var (client, http) = harness.Client(throttle);
        using var _ = http;
        using var __ = client;
        await using var ledger = await SqliteBatchLedger.OpenAsync(harness.LedgerPath);

        BatchResult result = await new BatchRunner(client, ledger, harness.Options(throttle, inFlight: 1)).RunAsync(await BatchHarness.Plan(3));

        Assert.True(result.IsComplete);
        Assert.Equal((4, 1), (result.Statistics.Creates, result.Statistics.RefusedAndRetried));
        Assert.Equal((3, 0), (harness.Creates(result.BatchId).ProjectsCreated, harness.Creates(result.BatchId).DuplicateNames));
        Assert.Contains(harness.Emulator.State.Projects, p => p.Name!.EndsWith($"[b:{result.BatchId}:1.2]"));
    }

    [Fact]
    public async Task A_create_refused_every_time_fails_after_the_allowed_attempts_and_nothing_is_created()
    {
        await using var harness = await BatchHarness.StartAsync();
        harness.Emulator.Faults.Add(new AiStudios.Emulator.FaultRule { Path = "/editor/project", Method = "POST", Fault = "429=0" });
        var throttle = new BatchThrottle(0);
        var (client, http) = harness.Client(throttle);
        using var _ = http;
        using var __ = client;
        await using var ledger = new InMemoryBatchLedger();
        var options = harness.Options(throttle, inFlight: 1);
        options.MaxCreateAttempts = 2;

        BatchResult result = await new BatchRunner(client, ledger, options).RunAsync(await BatchHarness.Plan(1));

        Assert.Equal(1, result.Progress.Failed);
        Assert.Equal(2, result.Statistics.Creates);
        Assert.Contains("refused the create 2 time(s)", (await ledger.GetItemsAsync(result.BatchId, new[] { BatchItemState.Failed }, 0, 1))[0].Error);
        Assert.Equal(0, harness.Emulator.State.ProjectsCreated);
    }

    [Fact]
    public async Task Creates_never_outrun_the_rate_in_virtual_time()
    {
        await using var harness = await BatchHarness.StartAsync(renderDuration: TimeSpan.FromMilliseconds(100));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var throttle = new BatchThrottle(createsPerMinute: 60, burst: 2, clock);
        var (client, http) = harness.Client(throttle);
        using var _ = http;
        using var __ = client;
        await using var ledger = await SqliteBatchLedger.OpenAsync(harness.LedgerPath);
        var options = harness.Options(throttle, inFlight: 8);

        var run = new BatchRunner(client, ledger, options).RunAsync(await BatchHarness.Plan(8));
        for (int second = 0; !run.IsCompleted; second++)
        {
            Assert.True(second < 200, "the batch did not finish");
            await Task.Delay(100);
            int created = harness.Emulator.State.ProjectsCreated;
            Assert.True(created <= 2 + second, $"{created} creates after {second} virtual second(s) at 60/min with a burst of 2");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.True((await run).IsComplete);
        Assert.Equal(8, harness.Emulator.State.ProjectsCreated);
    }

    [Fact]
    public async Task A_plan_with_errors_does_not_start_unless_its_invalid_rows_are_skipped()
    {
        await using var harness = await BatchHarness.StartAsync();
        var throttle = new BatchThrottle(0);
        var (client, http) = harness.Client(throttle);
        using var _ = http;
        using var __ = client;
        await using var ledger = await SqliteBatchLedger.OpenAsync(harness.LedgerPath);
        string csv = Samples.People(3).Replace("https://cdn.example.com/logo-2.png", "");
        BatchPlan plan = await BatchPlanner.PlanAsync(Samples.GreetingTemplate(), AiStudios.Batch.Input.BatchRowSource.FromCsvText(csv, "people.csv"), Samples.GreetingMapping());

        var refused = await Assert.ThrowsAsync<BatchPlanException>(() => new BatchRunner(client, ledger, harness.Options(throttle)).RunAsync(plan));
        Assert.Contains("people.csv(3,1): error BATCH003: row 2:", refused.Message);
        Assert.Equal(0, harness.Emulator.State.TotalRequests);

        var options = harness.Options(throttle);
        options.SkipInvalidRows = true;
        BatchResult result = await new BatchRunner(client, ledger, options).RunAsync(plan);
        Assert.True(result.IsComplete);
        Assert.Equal((2, 1), (result.Progress.Done, result.Progress.Count(BatchItemState.Skipped)));
        Assert.Contains(File.ReadAllLines(Path.Combine(harness.Folder, "results.csv")), l => l.StartsWith("p2@example.com,2,,skipped,,"));
    }

    private sealed class SyncProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }

    /// <summary>Records when each request left and each answer came (Stopwatch ticks), inside the throttle.</summary>
    private sealed class RecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public ConcurrentQueue<(long At, string Method, string Path)> Sent { get; } = new();

        public ConcurrentQueue<(long At, int Status)> Answered { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent.Enqueue((Stopwatch.GetTimestamp(), request.Method.Method, request.RequestUri!.AbsolutePath));
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            Answered.Enqueue((Stopwatch.GetTimestamp(), (int)response.StatusCode));
            return response;
        }
    }
}
