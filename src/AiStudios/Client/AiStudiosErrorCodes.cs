namespace AiStudios
{
    /// <summary>
    /// Values of <see cref="AiStudiosException.ErrorCode"/> that the client sets itself, when the service sent no
    /// error code of its own. Codes the service sends are passed through unchanged; the service documents none.
    /// </summary>
    public static class AiStudiosErrorCodes
    {
        /// <summary>The client refused to send a project that does not pass validation; nothing was sent.</summary>
        public const string InvalidProject = "INVALID_PROJECT";

        /// <summary>
        /// The client refused to send a project whose avatar id is in no compiled avatar catalog and not in the account
        /// either (<c>GET /dropdown/models</c>, <c>GET /model</c>), or whose clothes no compiled catalog lists and the
        /// account lists for that avatar without them (<c>GET /model</c>); nothing billable was sent. The message names
        /// the closest ids the account has.
        /// </summary>
        public const string UnknownAvatar = "UNKNOWN_AVATAR";

        /// <summary>The service's answer was not a readable envelope: HTML, truncated, not JSON, or JSON of an unexpected shape.</summary>
        public const string InvalidResponse = "INVALID_RESPONSE";

        /// <summary>No answer within <see cref="AiStudiosClientOptions.Timeout"/>.</summary>
        public const string Timeout = "TIMEOUT";

        /// <summary>The connection could not be made, or was dropped before a full answer arrived.</summary>
        public const string ConnectionFailed = "CONNECTION_FAILED";

        /// <summary>The render failed: the service reported it, or the project's state became <c>failed</c>.</summary>
        public const string RenderFailed = "RENDER_FAILED";

        /// <summary>The render's progress stopped for <see cref="RenderWaitOptions.StallTimeout"/> after it had started.</summary>
        public const string RenderStalled = "RENDER_STALLED";

        /// <summary>
        /// The render did not start (progress stayed 0, as while it waits in the service's queue) within
        /// <see cref="RenderWaitOptions.QueueTimeout"/>. It may still start: wait again.
        /// </summary>
        public const string RenderQueueTimedOut = "RENDER_QUEUE_TIMEOUT";

        /// <summary>The render did not finish within <see cref="RenderWaitOptions.Timeout"/>.</summary>
        public const string RenderTimedOut = "RENDER_TIMEOUT";

        /// <summary>
        /// A retry handler outside the client resent a billable request (one that starts a render);
        /// <see cref="BillableRequestGuard"/> refused to send it twice. The first send may have created the project.
        /// </summary>
        public const string RepeatedBillableRequest = "REPEATED_BILLABLE_REQUEST";

        /// <summary>
        /// A token (from <see cref="AiStudiosClientOptions.TokenProvider"/> or <c>POST /auth/token</c>) holds a
        /// character the <c>Authorization</c> header cannot carry (CR, LF, another control character, non-ASCII); it was
        /// not used. The message does not show it.
        /// </summary>
        public const string InvalidToken = "INVALID_TOKEN";

        /// <summary>
        /// The caller cancelled a call that creates a project or starts a render after it was sent: the service may
        /// have acted on it. <see cref="AiStudiosException.IsOutcomeUnknown"/> is true and
        /// <see cref="System.Exception.InnerException"/> is the <see cref="System.OperationCanceledException"/>.
        /// </summary>
        public const string Canceled = "CANCELED";

        /// <summary>A download URL is not http or https (for example <c>file://</c>); nothing was fetched.</summary>
        public const string UnsupportedUrl = "UNSUPPORTED_URL";
    }
}
