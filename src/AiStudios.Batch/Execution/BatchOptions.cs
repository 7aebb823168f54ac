using System;
using AiStudios.Batch.Completion;
using AiStudios.Batch.Ledger;
using AiStudios.Batch.Reconciliation;
using AiStudios.Batch.Throughput;

namespace AiStudios.Batch.Execution
{
    /// <summary>How a batch runs: its pace, what it does with invalid rows and unknown outcomes, where results go, and the replaceable parts.</summary>
    public sealed class BatchOptions
    {
        private int _maxRendersInFlight = 10;
        private int _maxCreateAttempts = 5;

        /// <summary>Renders in flight at most (created and not yet done or failed). Default 10.</summary>
        public int MaxRendersInFlight
        {
            get => _maxRendersInFlight;
            set => _maxRendersInFlight = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRendersInFlight), value, "At least 1.");
        }

        /// <summary>Creates per minute at most (a token bucket); null: no limit. Ignored when <see cref="Throttle"/> is set.</summary>
        public double? CreatesPerMinute { get; set; }

        /// <summary>How many creates may leave at once after a quiet spell (the bucket's size). Default 1.</summary>
        public int CreateBurst { get; set; } = 1;

        /// <summary>Whether rows with errors are left out (recorded as <see cref="BatchItemState.Skipped"/>) instead of stopping the batch before it starts. Default false.</summary>
        public bool SkipInvalidRows { get; set; }

        /// <summary>
        /// Opt-in: a create whose outcome is unknown, and whose project is absent from a listing taken at least this long
        /// after it started, is treated as never received and sent again (under a new marker). Null (the default): it is
        /// reported as outcome unknown and never resent. Only honest where <c>GET /editor/project</c> lists every project
        /// (the emulator does; the real service documents neither paging nor completeness), and only with a window longer
        /// than any create can take (the client's timeout per try times its tries, plus retry delays).
        /// </summary>
        public TimeSpan? ResendAbsentAfter { get; set; }

        /// <summary>How often a create the service provably refused (429, no connection) is tried before the item fails. Default 5.</summary>
        public int MaxCreateAttempts
        {
            get => _maxCreateAttempts;
            set => _maxCreateAttempts = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxCreateAttempts), value, "At least 1.");
        }

        /// <summary>A batch id of your choice (1 to 16 lowercase letters or digits); null: the ledger's batch planned from the same files, else a new random id.</summary>
        public string? BatchId { get; set; }

        /// <summary>Whether a new batch may be added to a ledger that holds other batches. Default false: a changed data file is refused rather than rendered as a new batch.</summary>
        public bool AllowNewBatchInLedger { get; set; }

        /// <summary>A results file (<c>.csv</c>, or <c>.jsonl</c>/<c>.json</c> for JSON lines), appended as items finish. Null: none.</summary>
        public string? ResultsFile { get; set; }

        /// <summary>A folder to download each finished video into (<c>{key}.mp4</c>). Null: no downloads.</summary>
        public string? DownloadDirectory { get; set; }

        /// <summary>How renders are followed when <see cref="Completion"/> is not set. Null: the SDK's defaults (poll every 3 s).</summary>
        public RenderWaitOptions? RenderWait { get; set; }

        /// <summary>A webhook base URL: each project gets <c>{url}?batch=..&amp;item=..</c>. Set <see cref="Completion"/> to a <see cref="WebhookCompletionSource"/> fed by your receiver.</summary>
        public Uri? WebhookBaseUrl { get; set; }

        /// <summary>
        /// Adds a secret token to each item's webhook URL (for example <c>u => WebhookUrls.Create(u, receiverOptions)</c>
        /// from AiStudios.AspNetCore, which binds the token to the URL's <c>batch</c> and <c>item</c>). Null: the URL as made.
        /// </summary>
        public Func<Uri, Uri>? WebhookUrlSigner { get; set; }

        /// <summary>How often progress is reported at most. Default 250 ms.</summary>
        public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>Told once the creates a previous run left without an answer were reconciled, before anything new is sent (what this run found so far).</summary>
        public Action<BatchRunStatistics>? Reconciled { get; set; }

        /// <summary>The clock; default: the system's.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>Replaces the create rate and the 429 pause (a fleet's shared limiter). Null: a <see cref="BatchThrottle"/> from <see cref="CreatesPerMinute"/>.</summary>
        public IBatchThrottle? Throttle { get; set; }

        /// <summary>Replaces the in-flight gate. Null: <see cref="LocalRenderSlots"/> of <see cref="MaxRendersInFlight"/>.</summary>
        public IRenderSlots? RenderSlots { get; set; }

        /// <summary>Replaces how renders are followed. Null: <see cref="PollingCompletionSource"/>.</summary>
        public IRenderCompletionSource? Completion { get; set; }

        /// <summary>Replaces how projects are listed for reconciliation. Null: <see cref="ClientProjectLookup"/>.</summary>
        public IProjectLookup? ProjectLookup { get; set; }
    }
}
