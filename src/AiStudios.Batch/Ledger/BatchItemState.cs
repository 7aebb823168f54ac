namespace AiStudios.Batch.Ledger
{
    /// <summary>
    /// Where an item of a batch stands. The path is <c>Pending → Sending → Sent → Rendering → Done</c>, or
    /// <c>Failed</c>; <c>OutcomeUnknown</c> when a create may or may not have reached the service and could not be
    /// found; <c>Skipped</c> for invalid rows left out on purpose. See <see cref="BatchItemTransitions"/> for every
    /// allowed move.
    /// </summary>
    public enum BatchItemState
    {
        /// <summary>Not sent yet (or provably not received by the service: it may be sent).</summary>
        Pending = 0,

        /// <summary>The create is about to leave, or left, and no answer is recorded: reconcile before sending again.</summary>
        Sending = 1,

        /// <summary>Created; the project id is known.</summary>
        Sent = 2,

        /// <summary>Rendering; the last progress is known.</summary>
        Rendering = 3,

        /// <summary>Rendered; the download URL is known. Final.</summary>
        Done = 4,

        /// <summary>The service refused the create, or the render failed. Final.</summary>
        Failed = 5,

        /// <summary>A create may have reached the service and its project was not found: never sent again by itself.</summary>
        OutcomeUnknown = 6,

        /// <summary>An invalid row, left out with <c>SkipInvalidRows</c>. Final.</summary>
        Skipped = 7,
    }
}
