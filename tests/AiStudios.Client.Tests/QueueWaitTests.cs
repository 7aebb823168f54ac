using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Emulator;

namespace AiStudios.Client.Tests;

/// <summary>Queue-aware waiting: a render at progress 0 is queued, not stalled; once it moved, it may stall.</summary>
public sealed class QueueWaitTests : ClientTest
{
    /// <summary>
    /// Renders of 2 s (a step of 10 % every 200 ms), not the fixture's 400 ms: the phases test must see a poll land
    /// during the render. With 400 ms a loaded CI machine once held the 25 ms poller up for the whole render, and the
    /// client saw 0 % then 100 %.
    /// </summary>
    protected override EmulatorOptions CreateEmulatorOptions()
    {
        EmulatorOptions options = base.CreateEmulatorOptions();
        options.RenderDuration = TimeSpan.FromSeconds(2);
        return options;
    }

    [Fact]
    public async Task A_render_queued_longer_than_the_stall_timeout_is_not_stalled_and_reports_its_phases()
    {
        // Queued longer than the stall timeout. Once rendering, the progress moves every 200 ms, so only a poll answer
        // held up for the whole stall timeout could look like a stall: 1 s, not less, on a loaded machine.
        Emulator.Faults.Enqueue("/editor/project", "queue=1500", count: 1, method: "POST");
        var seen = new ConcurrentQueue<RenderProgress>();

        RenderResult result = await Client.CreateAndRenderAsync(Projects.Hello(), FastWait(stall: TimeSpan.FromSeconds(1)), new SynchronousProgress<RenderProgress>(seen.Enqueue));

        Assert.Equal(RenderPhase.Queued, seen.First().Phase);
        Assert.Equal("queued", seen.First().State);
        Assert.Contains(seen, p => p.Phase == RenderPhase.Rendering);
        Assert.Equal(RenderPhase.Completed, seen.Last().Phase);
        Assert.True(result.Elapsed >= TimeSpan.FromMilliseconds(1500), $"waited {result.Elapsed}");
    }

    [Fact]
    public async Task A_render_that_never_leaves_the_queue_ends_with_RENDER_QUEUE_TIMEOUT_not_stalled()
    {
        Emulator.Faults.Enqueue("/editor/project", "queue", count: 1, method: "POST");
        var options = FastWait(stall: TimeSpan.FromMilliseconds(100));
        options.QueueTimeout = TimeSpan.FromMilliseconds(600);

        RenderOperation operation = await Client.StartRenderAsync(Projects.Hello());
        var error = await Assert.ThrowsAsync<AiStudiosException>(() => operation.WaitForCompletionAsync(options));

        Assert.Equal(AiStudiosErrorCodes.RenderQueueTimedOut, error.ErrorCode);
        Assert.Contains("did not start within 0.6 s", error.Message, StringComparison.Ordinal);
        Assert.Contains(operation.ProjectId, error.Message, StringComparison.Ordinal);
        Assert.Equal(RenderPhase.Queued, operation.Phase);
        Assert.Equal("queued", Emulator.State.FindProject(operation.ProjectId)!.State);
    }

    [Fact]
    public async Task A_render_that_stops_after_it_started_is_stalled_whatever_the_queue_timeout()
    {
        Emulator.Faults.Enqueue("/editor/project", "stall=30", count: 1, method: "POST");
        var options = FastWait(stall: TimeSpan.FromMilliseconds(400));
        options.QueueTimeout = TimeSpan.FromMinutes(1);

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateAndRenderAsync(Projects.Hello(), options));

        Assert.Equal(AiStudiosErrorCodes.RenderStalled, error.ErrorCode);
    }

    [Fact]
    public async Task Without_a_queue_timeout_the_overall_timeout_ends_a_wait_in_the_queue()
    {
        Emulator.Faults.Enqueue("/editor/project", "queue", count: 1, method: "POST");
        var options = FastWait(timeout: TimeSpan.FromMilliseconds(500));
        options.QueueTimeout = null;

        var error = await Assert.ThrowsAsync<AiStudiosException>(() => Client.CreateAndRenderAsync(Projects.Hello(), options));

        Assert.Equal(AiStudiosErrorCodes.RenderTimedOut, error.ErrorCode);
    }

    [Fact]
    public void The_defaults_fit_the_documented_queue_and_render_times()
    {
        var options = new RenderWaitOptions();

        Assert.Equal(TimeSpan.FromMinutes(15), options.QueueTimeout);
        Assert.Equal(TimeSpan.FromMinutes(10), options.StallTimeout);
        Assert.True(options.Timeout >= options.QueueTimeout + TimeSpan.FromMinutes(10), "a render queued to the limit still has ten minutes to render");
        Assert.Throws<ArgumentOutOfRangeException>(() => options.QueueTimeout = TimeSpan.Zero);
        Assert.Equal(RenderPhase.Queued, new RenderProgress("p", 0).Phase);
        Assert.Equal(RenderPhase.Rendering, new RenderProgress("p", 0.5).Phase);
        Assert.Equal(RenderPhase.Rendering, new RenderProgress("p", 100).Phase);
        Assert.Equal(RenderPhase.Completed, new RenderProgress("p", 100, null, new Uri("https://x/v.mp4")).Phase);
        Assert.Equal(RenderPhase.Failed, new RenderProgress("p", 0, "failed").Phase);
    }
}

/// <summary>Cancelling <c>CreateAndRenderAsync</c> while it waits keeps the new project's id.</summary>
public sealed class WaitCancellationTests : ClientTest
{
    [Fact]
    public async Task Cancelled_during_the_wait_the_exception_carries_the_project_id_and_the_wait_can_resume()
    {
        Emulator.Faults.Enqueue("/editor/project", "queue=600", count: 1, method: "POST");
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<RenderProgress>(_ => cancel.Cancel());

        var error = await Assert.ThrowsAsync<RenderWaitCanceledException>(() => Client.CreateAndRenderAsync(Projects.Hello(), FastWait(), progress, cancel.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal(cancel.Token, error.CancellationToken);
        var project = Assert.Single(Emulator.State.Projects);
        Assert.Equal(project.Id, error.ProjectId);
        Assert.Equal(RenderPhase.Queued, error.LastProgress!.Phase);
        Assert.Contains($"WaitForRenderAsync(\"{project.Id}\")", error.Message, StringComparison.Ordinal);

        RenderResult result = await Client.WaitForRenderAsync(error.ProjectId, FastWait());
        Assert.Equal(project.Id, result.ProjectId);
        Assert.Equal(1, Emulator.State.ProjectsCreated);
    }

    [Fact]
    public async Task Cancelled_before_the_create_is_sent_it_stays_a_plain_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.CreateAndRenderAsync(Projects.Hello(), FastWait(), null, cancel.Token));

        Assert.IsNotType<RenderWaitCanceledException>(error);
        Assert.Empty(Emulator.State.Projects);
    }
}
