using System;
using System.Globalization;

namespace AiStudios.Batch.Orleans.Hosting
{
    /// <summary>
    /// How a silo works batch items: the service it talks to, the cluster's limits, how renders are followed, and the
    /// coordinator's pace. Bound from the <c>AiStudios:Fleet</c> configuration section by
    /// <see cref="FleetSiloBuilderExtensions.AddAiStudiosBatchFleet(global::Orleans.Hosting.ISiloBuilder, Microsoft.Extensions.Configuration.IConfiguration)"/>.
    /// </summary>
    /// <remarks>
    /// The limits are the cluster's, not the silo's: the limiter grain applies the options of the silo it happens to be
    /// activated on, so give every silo the same values.
    /// </remarks>
    public sealed class BatchFleetOptions
    {
        /// <summary>The configuration section the options are read from.</summary>
        public const string SectionName = "AiStudios:Fleet";

        private int _maxRendersInFlight = 10;
        private int _createBurst = 1;
        private int _maxCreateAttempts = 5;

        /// <summary>The API base (<c>https://app.aistudios.com/api/odin/v3/</c> when null; the emulator's in tests).</summary>
        public Uri? BaseAddress { get; set; }

        /// <summary>The public half of the API key.</summary>
        public string? AppId { get; set; }

        /// <summary>The secret half of the API key. Never logged; not shown by <see cref="ToString"/>.</summary>
        public string? UserKey { get; set; }

        /// <summary>Renders in flight in the whole cluster at most (created and not yet done or failed). Default 10.</summary>
        public int MaxRendersInFlight
        {
            get => _maxRendersInFlight;
            set => _maxRendersInFlight = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRendersInFlight), value, "At least 1.");
        }

        /// <summary>Creates per minute in the whole cluster at most (a token bucket); null: no limit.</summary>
        public double? CreatesPerMinute { get; set; }

        /// <summary>How many creates may leave at once after a quiet spell (the bucket's size). Default 1.</summary>
        public int CreateBurst
        {
            get => _createBurst;
            set => _createBurst = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(CreateBurst), value, "At least 1.");
        }

        /// <summary>How long a render slot is held without a renewal; an item renews every third of it. A dead silo's slots come back after it. Default 30 s.</summary>
        public TimeSpan SlotLease { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How long an item refused a slot waits before asking again. Default 500 ms.</summary>
        public TimeSpan SlotRetry { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>How often a silo reads the cluster's 429 pause while its requests are let through. Default 1 s.</summary>
        public TimeSpan PauseRefresh { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>How often a create the service provably refused (429, no connection) is tried before the item fails. Default 5.</summary>
        public int MaxCreateAttempts
        {
            get => _maxCreateAttempts;
            set => _maxCreateAttempts = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxCreateAttempts), value, "At least 1.");
        }

        /// <summary>
        /// Opt-in, as <c>BatchOptions.ResendAbsentAfter</c>: a create whose project is absent from a listing taken at
        /// least this long after it started is sent again. Null (the default): reported as outcome unknown, never resent.
        /// Only honest where the listing is complete (the emulator's is; the real service documents neither paging nor completeness).
        /// </summary>
        public TimeSpan? ResendAbsentAfter { get; set; }

        /// <summary>How often a render is polled when no webhook base URL is set. Default 3 s (the service's samples).</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);

        /// <summary>How long one item follows its render before it is left unfinished (followed again on the batch's next run). Default 30 minutes.</summary>
        public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromMinutes(30);

        /// <summary>The client's timeout per request. Default 100 s (the SDK's).</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>
        /// The public URL of the silos' webhook endpoint (<c>MapAiStudiosFleetWebhook</c>, behind any load balancer): each
        /// project gets <c>{url}?batch=..&amp;item=..&amp;token=..</c> and the call is routed to the item's grain. Null:
        /// renders are polled.
        /// </summary>
        public Uri? WebhookBaseUrl { get; set; }

        /// <summary>With webhooks, how long an item waits without a call before it polls once. Default 2 minutes.</summary>
        public TimeSpan WebhookFallbackPoll { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>
        /// How often a batch's coordinator starts items into the places that finished items left (items tell it when
        /// they finish). Default 250 ms.
        /// </summary>
        public TimeSpan FeedInterval { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>
        /// How often the coordinator asks every started item where it stands, which also brings an item whose silo died
        /// back to life on another silo (an item only runs when called). Default 2 s.
        /// </summary>
        public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>How long the coordinator waits for one item's answer in a sweep before it moves on (an item whose silo died). Default 5 s.</summary>
        public TimeSpan ItemCallTimeout { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>
        /// How many items of one batch the coordinator keeps started at once; items beyond the render slots wait for one.
        /// Null (the default): <see cref="MaxRendersInFlight"/> plus a quarter (at least 10 more).
        /// </summary>
        public int? Window { get; set; }

        /// <summary>The clock of the limiter, the waits and the ledger's times. Default: the system's; tests pass a manual one.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>The window in effect.</summary>
        public int EffectiveWindow => Window is int window && window >= 1 ? window : MaxRendersInFlight + Math.Max(10, MaxRendersInFlight / 4);

        /// <summary>The options without the user key.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            string.Format(
                CultureInfo.InvariantCulture,
                "BatchFleetOptions {{ BaseAddress = {0}, AppId = {1}, UserKey = {2}, MaxRendersInFlight = {3}, CreatesPerMinute = {4}, Webhooks = {5} }}",
                BaseAddress?.GetLeftPart(UriPartial.Path) ?? "(service)",
                AppId ?? "(none)",
                string.IsNullOrEmpty(UserKey) ? "(none)" : "(set, not shown)",
                MaxRendersInFlight,
                CreatesPerMinute?.ToString(CultureInfo.InvariantCulture) ?? "unlimited",
                WebhookBaseUrl is null ? "off" : "on");
    }
}
