using System;
using System.Collections.Generic;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Tests.Execution;

/// <summary>A progress reading made by a runner other than the local one (a fleet) means what the local one's means.</summary>
public class ProgressTests
{
    [Fact]
    public void A_reading_made_from_counts_gives_the_same_totals_pace_and_estimate()
    {
        var counts = new Dictionary<BatchItemState, int>
        {
            [BatchItemState.Done] = 30,
            [BatchItemState.Rendering] = 5,
            [BatchItemState.Sending] = 1,
            [BatchItemState.Pending] = 60,
            [BatchItemState.Skipped] = 2,
            [BatchItemState.OutcomeUnknown] = 2,
        };

        var progress = new BatchProgress("k3f9a2qd", 100, counts, createsThisRun: 36, finishedThisRun: 30, elapsed: TimeSpan.FromMinutes(2));

        Assert.Equal(32, progress.Finished);
        Assert.Equal(6, progress.InFlight);
        Assert.Equal(15, progress.FinishedPerMinute);
        Assert.Equal(TimeSpan.FromMinutes(66 / 15.0), progress.EstimatedRemaining);
        Assert.Equal("30/100 done, 6 in flight, 60 pending, 0 failed, 2 unknown, 2 skipped; 15/min; ETA 4:24", progress.ToString());
    }

    [Fact]
    public void A_reading_needs_its_batch_and_counts()
    {
        Assert.Throws<ArgumentNullException>(() => new BatchProgress(null!, 1, new Dictionary<BatchItemState, int>(), 0, 0, TimeSpan.Zero));
        Assert.Throws<ArgumentNullException>(() => new BatchProgress("b", 1, null!, 0, 0, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchProgress("b", -1, new Dictionary<BatchItemState, int>(), 0, 0, TimeSpan.Zero));
    }
}
