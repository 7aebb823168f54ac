using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Emulator;

namespace AiStudios.Client.Tests;

/// <summary>Waiting for a render: failure, stall, overall timeout, cancellation, delay strategies.</summary>
public sealed class RenderWaitTests : ClientTest
{
    protected override EmulatorOptions CreateEmulatorOptions()
    {
        var options = base.CreateEmulatorOptions();
        options.RenderDuration = TimeSpan.FromSeconds(1);
        return options;
    }

    [Fact]
    public async Task A_failed_render_fails_the_wait_with_the_services_code()
    {
        Emulator.Faults.Enqueue("/editor/project", "fail-render=30", count: 1, method: "POST");

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateAndRenderAsync(Projects.Hello(), FastWait()));

        Assert.Equal(AiStudiosErrorCodes.RenderFailed, error.ErrorCode);
        Assert.Equal(200, error.Status);
        Assert.Contains("failed at 30", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("GET /editor/progress/", error.Endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_render_that_stops_moving_is_reported_as_stalled()
    {
        Emulator.Faults.Enqueue("/editor/project", "stall=40", count: 1, method: "POST");
        var seen = new ConcurrentQueue<RenderProgress>();
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<AiStudiosException>(() =>
            Client.CreateAndRenderAsync(Projects.Hello(), FastWait(stall: TimeSpan.FromMilliseconds(500)), new SynchronousProgress<RenderProgress>(seen.Enqueue)));

        Assert.Equal(AiStudiosErrorCodes.RenderStalled, error.ErrorCode);
        Assert.Contains("still at 40 %", error.Message, StringComparison.Ordinal);
        Assert.Equal(40, seen.Last().Percent);
        StoppedWaitMessage.AssertAdvisesCheckingNotRenderingAgain(error, Assert.Single(Emulator.State.Projects).Id);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}: ended by the overall timeout (20 s), not the stall");
    }

    [Fact]
    public async Task Without_a_stall_timeout_the_overall_timeout_still_ends_the_wait()
    {
        Emulator.Faults.Enqueue("/editor/project", "stall=20", count: 1, method: "POST");
        // The render stops at 20 % 200 ms after it was created; the polls have until 3 s to read that, even on a
        // heavily loaded machine.
        var options = FastWait(timeout: TimeSpan.FromSeconds(3));
        options.StallTimeout = null;

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateAndRenderAsync(Projects.Hello(), options));

        Assert.Equal(AiStudiosErrorCodes.RenderTimedOut, error.ErrorCode);
        Assert.Contains("at 20 %", error.Message, StringComparison.Ordinal);
        StoppedWaitMessage.AssertAdvisesCheckingNotRenderingAgain(error, Assert.Single(Emulator.State.Projects).Id);
    }

    [Fact]
    public async Task Cancelling_mid_wait_stops_promptly_and_leaves_the_render_running()
    {
        Emulator.Faults.Enqueue("/editor/project", "stall=50", count: 1, method: "POST");
        RenderOperation operation = await Client.StartRenderAsync(Projects.Hello());
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<RenderProgress>(p =>
        {
            if (p.Percent >= 10)
            {
                cancel.Cancel();
            }
        });
        var watch = Stopwatch.StartNew();

        var options = FastWait(stall: TimeSpan.FromMinutes(1));
        options.DelayStrategy = RenderDelayStrategy.Fixed(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => operation.WaitForCompletionAsync(options, progress, cancel.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}: ended by the overall timeout (20 s), not the cancellation");
        Assert.Equal("exporting", Emulator.State.FindProject(operation.ProjectId)!.State);
    }

    [Fact]
    public async Task Cancelling_before_a_call_sends_nothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.ListProjectsAsync(cancel.Token));
        Assert.Equal(0, Emulator.State.RequestCount("GET", "/editor/project"));
    }

    [Fact]
    public async Task The_delay_strategy_sets_the_pace_of_polling()
    {
        RenderOperation operation = await Client.StartRenderAsync(Projects.Hello());
        var options = FastWait();
        options.DelayStrategy = RenderDelayStrategy.Fixed(TimeSpan.FromMilliseconds(400));

        await operation.WaitForCompletionAsync(options);

        // 1 s of rendering polled every 400 ms: about 3 to 5 polls, not dozens.
        Assert.InRange(Emulator.State.RequestCount("GET", "/editor/progress/{projectId}"), 1, 6);
    }

    [Fact]
    public void Exponential_delays_grow_to_their_cap()
    {
        var strategy = RenderDelayStrategy.Exponential(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        var reading = new RenderProgress("p", 10);

        Assert.Equal(
            new[] { 1.0, 2, 4, 5, 5 },
            Enumerable.Range(1, 5).Select(poll => strategy.GetNextDelay(poll, reading).TotalSeconds).ToArray());
    }

    [Fact]
    public async Task A_poll_that_fails_transiently_is_retried_inside_the_wait()
    {
        RenderOperation operation = await Client.StartRenderAsync(Projects.Hello());
        Emulator.Faults.Enqueue("/editor/progress/*", "503", count: 2, method: "GET");

        RenderResult result = await operation.WaitForCompletionAsync(FastWait());

        Assert.NotNull(result.DownloadUrl);
    }

    [Fact]
    public async Task Create_and_render_refuses_a_project_that_would_not_render()
    {
        Project draft = Projects.Hello();
        draft.IsExport = false;

        await Assert.ThrowsAsync<ArgumentException>(() => Client.CreateAndRenderAsync(draft));
        Assert.Equal(0, Emulator.State.TotalRequests);
    }
}
