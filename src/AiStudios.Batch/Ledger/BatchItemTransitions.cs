using System;

namespace AiStudios.Batch.Ledger
{
    /// <summary>
    /// The state machine of a batch item, in one place: each method checks that the move is allowed and returns the
    /// next version (pure: no I/O, the clock passed in). The local engine and any other worker (a grain) call these,
    /// so the rule "a create is recorded as started before it leaves, and never resent without reconciliation" holds
    /// for all of them.
    /// </summary>
    /// <remarks>
    /// <code>
    /// Pending ──BeginSend──▶ Sending ──Created──▶ Sent ──Progressed──▶ Rendering ──Completed──▶ Done
    ///    ▲  │                  │ │ │                 └──────────┬──────────┘
    ///    │  ├─Skip─▶ Skipped   │ │ └─Refused─▶ Failed ◀──RenderFailed┘
    ///    │  └─GiveUp─▶ Failed  │ │
    ///    └──NotReceived────────┘ └─Unresolved─▶ OutcomeUnknown ──Created (found later)──▶ Sent
    ///                                                  └──NotReceived (absent after the window, opt-in)──▶ Pending
    /// </code>
    /// </remarks>
    public static class BatchItemTransitions
    {
        /// <summary>Pending → Sending: a create is about to leave (commit this before sending). Counts an attempt.</summary>
        /// <param name="item">The item.</param>
        /// <param name="now">The time.</param>
        /// <returns>The next version.</returns>
        public static BatchItem BeginSend(BatchItem item, DateTimeOffset now)
        {
            Require(item, nameof(BeginSend), BatchItemState.Pending);
            return item with { State = BatchItemState.Sending, Attempts = item.Attempts + 1, SendingSince = now, Error = null, UpdatedAt = now };
        }

        /// <summary>Sending or OutcomeUnknown → Sent: the create answered, or reconciliation found the project by its marker.</summary>
        /// <param name="item">The item.</param>
        /// <param name="projectId">The project.</param>
        /// <param name="now">The time.</param>
        /// <returns>The next version.</returns>
        public static BatchItem Created(BatchItem item, string projectId, DateTimeOffset now)
        {
            Require(item, nameof(Created), BatchItemState.Sending, BatchItemState.OutcomeUnknown);
            if (string.IsNullOrEmpty(projectId))
            {
                throw new ArgumentException("A created item needs its project id.", nameof(projectId));
            }

            return item with { State = BatchItemState.Sent, ProjectId = projectId, Error = null, UpdatedAt = now };
        }

        /// <summary>
        /// Sending or OutcomeUnknown → Pending: the create provably did not reach the service (no connection, 429, the
        /// client's <c>IsOutcomeUnknown = false</c> on a retryable refusal), or, by the opt-in policy, its project is
        /// absent from a complete listing long after it was sent. It may be sent again, under a new marker.
        /// </summary>
        /// <param name="item">The item.</param>
        /// <param name="reason">Why, for the record.</param>
        /// <param name="now">The time.</param>
        /// <returns>The next version.</returns>
        public static BatchItem NotReceived(BatchItem item, string reason, DateTimeOffset now)
        {
            Require(item, nameof(NotReceived), BatchItemState.Sending, BatchItemState.OutcomeUnknown);
            return item with { State = BatchItemState.Pending, Error = reason, UpdatedAt = now };
        }

        /// <summary>Sending → Failed: the service answered and refused the create (it created nothing), for good.</summary>
        /// <param name="item">The item.</param>
        /// <param name="reason">The refusal.</param>
        /// <param name="now">The time.</param>
        /// <returns>The next version.</returns>
        public static BatchItem Refused(BatchItem item, string reason, DateTimeOffset now)
        {
            Require(item, nameof(Refused), BatchItemState.Sending);
            return item with { State = BatchItemState.Failed, Error = reason, UpdatedAt = now };
        }

        /// <summary>Sending → OutcomeUnknown: the create may have reached the service and its project was not found.</summary>
        /// <param name="item">The item.</param>
        /// <param name="reason">What is known.</param>
        /// <param name="now">The time.</param>
        /// <returns>The next version.</returns>
        public static BatchItem Unresolved(BatchItem item, string reason, DateTimeOffset now)
        {
            Require(item, nameof(Unresolved), BatchItemState.Sending, BatchItemState.OutcomeUnknown);
            return item with { State = BatchItemState.OutcomeUnknown, Error = reason, UpdatedAt = now };
        }

        /// <summary>Sent or Rendering → Rendering: a progress reading.</summary>
        /// <param name="item">The item.</param>
        /// <param name="percent">0 to 100.</param>
        /// <param name="now">The time.</param>
        /// <returns>The next version.</returns>
        public static BatchItem Progressed(BatchItem item, double percent, DateTimeOffset now)
        {
            Require(item, nameof(Progressed), BatchItemState.Sent, BatchItemState.Rendering);
            if (double.IsNaN(percent) || percent < 0 || percent > 100)
            {
                throw new ArgumentOutOfRangeException(nameof(percent), percent, "Progress is 0 to 100.");
            }

            return item with { State = BatchItemState.Rendering, Progress = percent, UpdatedAt = now };
        }

        /// <summary>Sent or Rendering → Done.</summary>
        /// <param name="item">The item.</param>
        /// <param name="downloadUrl">The video.</param>
        /// <param name="now">The time.</param>
        /// <returns>The next version.</returns>
        public static BatchItem Completed(BatchItem item, string downloadUrl, DateTimeOffset now)
        {
            Require(item, nameof(Completed), BatchItemState.Sent, BatchItemState.Rendering);
            if (string.IsNullOrEmpty(downloadUrl))
            {
                throw new ArgumentException("A done item needs its download URL.", nameof(downloadUrl));
            }

            return item with { State = BatchItemState.Done, Progress = 100, DownloadUrl = downloadUrl, Error = null, UpdatedAt = now };
        }

        /// <summary>Sent or Rendering → Failed: the render failed (or could not be followed to its end).</summary>
        /// <param name="item">The item.</param>
        /// <param name="reason">Why.</param>
        /// <param name="now">The time.</param>
        /// <returns>The next version.</returns>
        public static BatchItem RenderFailed(BatchItem item, string reason, DateTimeOffset now)
        {
            Require(item, nameof(RenderFailed), BatchItemState.Sent, BatchItemState.Rendering);
            return item with { State = BatchItemState.Failed, Error = reason, UpdatedAt = now };
        }

        /// <summary>Pending → Failed: every create was provably refused (429, no connection) as often as allowed; nothing was created.</summary>
        /// <param name="item">The item.</param>
        /// <param name="reason">The refusals.</param>
        /// <param name="now">The time.</param>
        /// <returns>The next version.</returns>
        public static BatchItem GiveUp(BatchItem item, string reason, DateTimeOffset now)
        {
            Require(item, nameof(GiveUp), BatchItemState.Pending);
            return item with { State = BatchItemState.Failed, Error = reason, UpdatedAt = now };
        }

        /// <summary>Pending → Skipped: an invalid row left out on purpose.</summary>
        /// <param name="item">The item.</param>
        /// <param name="reason">Its problems.</param>
        /// <param name="now">The time.</param>
        /// <returns>The next version.</returns>
        public static BatchItem Skip(BatchItem item, string reason, DateTimeOffset now)
        {
            Require(item, nameof(Skip), BatchItemState.Pending);
            return item with { State = BatchItemState.Skipped, Error = reason, UpdatedAt = now };
        }

        /// <summary>Whether <paramref name="move"/> may be applied to an item in <paramref name="state"/>.</summary>
        /// <param name="state">The state.</param>
        /// <param name="move">A method name of this class (<c>nameof(BatchItemTransitions.Created)</c>).</param>
        /// <returns>Whether it is allowed.</returns>
        public static bool IsAllowed(BatchItemState state, string move) => move switch
        {
            nameof(BeginSend) or nameof(Skip) or nameof(GiveUp) => state == BatchItemState.Pending,
            nameof(Created) or nameof(NotReceived) or nameof(Unresolved) => state is BatchItemState.Sending or BatchItemState.OutcomeUnknown,
            nameof(Refused) => state == BatchItemState.Sending,
            nameof(Progressed) or nameof(Completed) or nameof(RenderFailed) => state is BatchItemState.Sent or BatchItemState.Rendering,
            _ => false,
        };

        private static void Require(BatchItem item, string move, params BatchItemState[] from)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(item));
            }

            if (Array.IndexOf(from, item.State) < 0)
            {
                throw new InvalidOperationException(
                    $"Item {item.Number} of batch {item.BatchId} is {item.State}; {move} applies only to {string.Join(" or ", from)}.");
            }
        }
    }
}
