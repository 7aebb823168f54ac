using System;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Reconciliation;

namespace AiStudios.Batch.Tests.Ledger;

public class TransitionTests
{
    private static readonly DateTimeOffset T0 = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static BatchItem Pending() => new() { BatchId = "abc", Number = 7, Key = "k7", UpdatedAt = T0 };

    [Fact]
    public void The_happy_path_counts_an_attempt_and_keeps_what_each_step_learned()
    {
        var sending = BatchItemTransitions.BeginSend(Pending(), T0);
        var sent = BatchItemTransitions.Created(sending, "p1", T0.AddSeconds(1));
        var rendering = BatchItemTransitions.Progressed(sent, 40, T0.AddSeconds(2));
        var done = BatchItemTransitions.Completed(rendering, "https://x.example/v.mp4", T0.AddSeconds(3));

        Assert.Equal((BatchItemState.Sending, 1, T0), (sending.State, sending.Attempts, sending.SendingSince!.Value));
        Assert.Equal("[b:abc:7]", sending.Marker);
        Assert.Equal((BatchItemState.Sent, "p1"), (sent.State, sent.ProjectId));
        Assert.Equal((BatchItemState.Rendering, 40.0), (rendering.State, rendering.Progress!.Value));
        Assert.Equal((BatchItemState.Done, 100.0, "https://x.example/v.mp4"), (done.State, done.Progress!.Value, done.DownloadUrl));
        Assert.True(done.IsFinal);
    }

    [Fact]
    public void A_second_attempt_gets_its_own_marker()
    {
        var first = BatchItemTransitions.BeginSend(Pending(), T0);
        var back = BatchItemTransitions.NotReceived(first, "429", T0);
        var second = BatchItemTransitions.BeginSend(back, T0);

        Assert.Equal("[b:abc:7.2]", second.Marker);
        Assert.True(CorrelationMarker.TryParse("Welcome Ann " + second.Marker, out var batch, out var number, out var attempt));
        Assert.Equal(("abc", 7L, 2), (batch, number, attempt));
    }

    [Theory]
    [InlineData(BatchItemState.Pending, nameof(BatchItemTransitions.Created))]
    [InlineData(BatchItemState.Sending, nameof(BatchItemTransitions.BeginSend))]
    [InlineData(BatchItemState.Sent, nameof(BatchItemTransitions.BeginSend))]
    [InlineData(BatchItemState.Done, nameof(BatchItemTransitions.Progressed))]
    [InlineData(BatchItemState.OutcomeUnknown, nameof(BatchItemTransitions.BeginSend))]
    [InlineData(BatchItemState.Failed, nameof(BatchItemTransitions.NotReceived))]
    [InlineData(BatchItemState.Sent, nameof(BatchItemTransitions.Refused))]
    [InlineData(BatchItemState.Sending, nameof(BatchItemTransitions.GiveUp))]
    public void Moves_that_could_lose_or_double_a_create_are_refused(BatchItemState state, string move)
    {
        var item = Pending() with { State = state, ProjectId = "p" };

        Assert.False(BatchItemTransitions.IsAllowed(state, move));
        Exception e = Assert.ThrowsAny<Exception>(() => Apply(item, move));
        Assert.IsType<InvalidOperationException>(e);
        Assert.Contains($"is {state}; {move} applies only to", e.Message);
    }

    [Fact]
    public void An_unknown_outcome_can_be_found_later_or_proven_absent_but_never_sent_directly()
    {
        var unknown = BatchItemTransitions.Unresolved(BatchItemTransitions.BeginSend(Pending(), T0), "not listed", T0);

        Assert.Equal(BatchItemState.Sent, BatchItemTransitions.Created(unknown, "p9", T0).State);
        Assert.Equal(BatchItemState.Pending, BatchItemTransitions.NotReceived(unknown, "absent", T0).State);
        Assert.Throws<InvalidOperationException>(() => BatchItemTransitions.BeginSend(unknown, T0));
    }

    [Fact]
    public void Reconciliation_finds_by_marker_and_otherwise_leaves_the_outcome_unknown_by_default()
    {
        var sending = BatchItemTransitions.BeginSend(Pending(), T0);

        var found = ReconciliationRule.Decide(sending, new[] { "p1", "p2" }, T0.AddSeconds(1), null);
        var unknown = ReconciliationRule.Decide(sending, Array.Empty<string>(), T0.AddHours(5), null);

        Assert.Equal((ReconciliationVerdict.Found, "p1", 1), (found.Verdict, found.ProjectId, found.Duplicates));
        Assert.Equal(ReconciliationVerdict.Unknown, unknown.Verdict);
        Assert.Contains("[b:abc:7]", unknown.Reason);
    }

    [Fact]
    public void The_opt_in_window_counts_from_the_create_to_the_listing()
    {
        var sending = BatchItemTransitions.BeginSend(Pending(), T0);
        var window = TimeSpan.FromMinutes(2);

        var early = ReconciliationRule.Decide(sending, Array.Empty<string>(), T0.AddSeconds(119), window);
        var late = ReconciliationRule.Decide(sending, Array.Empty<string>(), T0.AddSeconds(120), window);

        Assert.Equal((ReconciliationVerdict.WaitForWindow, T0.AddMinutes(2)), (early.Verdict, early.RecheckAt!.Value));
        Assert.Equal(ReconciliationVerdict.NotReceived, late.Verdict);
    }

    private static BatchItem Apply(BatchItem item, string move) => move switch
    {
        nameof(BatchItemTransitions.BeginSend) => BatchItemTransitions.BeginSend(item, T0),
        nameof(BatchItemTransitions.Created) => BatchItemTransitions.Created(item, "p", T0),
        nameof(BatchItemTransitions.NotReceived) => BatchItemTransitions.NotReceived(item, "x", T0),
        nameof(BatchItemTransitions.Refused) => BatchItemTransitions.Refused(item, "x", T0),
        nameof(BatchItemTransitions.Progressed) => BatchItemTransitions.Progressed(item, 5, T0),
        nameof(BatchItemTransitions.GiveUp) => BatchItemTransitions.GiveUp(item, "x", T0),
        _ => throw new ArgumentException(move),
    };
}
