using System;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;

namespace AiStudios.Emulator.Tests;

/// <summary>The render queue: <see cref="EmulatorOptions.QueueDelay"/> and the <c>queue</c> fault, on a manual clock.</summary>
public sealed class QueueTests : EmulatorTest
{
    private readonly ManualClock clock = new();

    protected override EmulatorOptions CreateOptions()
    {
        var options = TestOptions.Fast(TimeSpan.FromSeconds(10), clock);
        options.QueueDelay = TimeSpan.FromSeconds(5);
        return options;
    }

    [Fact]
    public async Task A_render_waits_queued_at_progress_0_then_runs()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token);

        await AssertProgressAsync(token, id, 0, "queued");
        clock.Advance(TimeSpan.FromSeconds(4.9));
        await AssertProgressAsync(token, id, 0, "queued");
        Assert.Equal("queued", (await GetProjectAsync(token, id))["state"]!.GetValue<string>());
        clock.Advance(TimeSpan.FromSeconds(3.1));
        await AssertProgressAsync(token, id, 30, "exporting");
        clock.Advance(TimeSpan.FromSeconds(10));
        await AssertProgressAsync(token, id, 100, "exported");
    }

    [Fact]
    public async Task The_queue_fault_sets_the_wait_of_one_render_or_keeps_it_queued_for_ever()
    {
        var token = await TokenAsync();
        var short_ = await CreateSeedAsync(token, fault: "queue=1000");
        var forever = await CreateSeedAsync(token, fault: "queue");

        clock.Advance(TimeSpan.FromSeconds(2));
        await AssertProgressAsync(token, short_, 10, "exporting");
        clock.Advance(TimeSpan.FromHours(5));
        await AssertProgressAsync(token, forever, 0, "queued");
    }

    [Fact]
    public async Task An_export_while_queued_changes_nothing()
    {
        var token = await TokenAsync();
        var id = await CreateSeedAsync(token);
        var task = Server.State.FindProject(id)!.BackendTaskId;

        await PostAsync("editor/project/export", new System.Text.Json.Nodes.JsonObject { ["projectId"] = id }, token);

        Assert.Equal(task, Server.State.FindProject(id)!.BackendTaskId);
        Assert.Equal(1, Server.State.ExportsStarted);
    }

    [Theory]
    [InlineData("queue=-1")]
    [InlineData("queue=3600001")]
    [InlineData("queue=soon")]
    public async Task A_bad_queue_fault_is_400_INVALID_FAULT(string fault)
    {
        var token = await TokenAsync();

        var response = await GetAsync("auth", token, fault);

        Assert.Equal("INVALID_FAULT", response.ErrorCode);
    }

    private async Task AssertProgressAsync(string token, string id, double progress, string state)
    {
        var answer = await GetAsync($"editor/progress/{id}", token);
        Assert.Equal(progress, answer.Data["progress"]!.GetValue<double>());
        Assert.Equal(state, answer.Data["state"]!.GetValue<string>());
    }
}
