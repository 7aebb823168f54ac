using System;
using System.Net.Http;
using AiStudios.AspNetCore;
using AiStudios.Batch.Completion;
using AiStudios.Batch.Execution;
using AiStudios.Batch.Orleans.Items;
using AiStudios.Batch.Orleans.Limits;
using AiStudios.Batch.Reconciliation;
using AiStudios.Batch.Throughput;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace AiStudios.Batch.Orleans.Hosting
{
    /// <summary>
    /// What every item grain of a silo shares: one client (one HTTP connection pool, one token) whose requests pass the
    /// cluster's throttle, one project lookup (concurrent reconciliations share a listing), the polling source, and the
    /// options the processor runs with.
    /// </summary>
    internal sealed class FleetServices : IDisposable
    {
        private readonly HttpClient _http;

        public FleetServices(IOptions<BatchFleetOptions> options, IGrainFactory grains, IServiceProvider services, ILoggerFactory loggers)
        {
            Options = options.Value;
            Time = Options.TimeProvider;
            ILogger logger = loggers.CreateLogger("AiStudios.Batch.Orleans");
            Throttle = new FleetThrottle(grains, Time, Options.PauseRefresh, logger);
            _http = BatchThrottlingHandler.CreateHttpClient(Throttle);
            Client = new AiStudiosClient(
                _http,
                new AiStudiosClientOptions
                {
                    BaseAddress = Options.BaseAddress ?? AiStudiosClientOptions.GlobalEndpoint,
                    AppId = Options.AppId,
                    UserKey = Options.UserKey,
                    Timeout = Options.RequestTimeout,
                },
                loggers.CreateLogger<AiStudiosClient>());
            Lookup = new ClientProjectLookup(Client, Time);
            var wait = new RenderWaitOptions { DelayStrategy = RenderDelayStrategy.Fixed(Options.PollInterval), Timeout = Options.RenderTimeout };
            Polling = new PollingCompletionSource(Client, wait);
            Func<Uri, Uri>? signer = null;
            if (Options.WebhookBaseUrl is not null)
            {
                // Checked when the silo starts (a secret is registered whenever WebhookBaseUrl is set).
                AiStudiosWebhookOptions receiver = services.GetRequiredService<IOptions<AiStudiosWebhookOptions>>().Value;
                signer = url => WebhookUrls.Create(url, receiver);
            }

            ItemOptions = new BatchOptions
            {
                MaxCreateAttempts = Options.MaxCreateAttempts,
                ResendAbsentAfter = Options.ResendAbsentAfter,
                RenderWait = wait,
                WebhookBaseUrl = Options.WebhookBaseUrl,
                WebhookUrlSigner = signer,
                TimeProvider = Time,
            };
        }

        public BatchFleetOptions Options { get; }

        public TimeProvider Time { get; }

        public AiStudiosClient Client { get; }

        public FleetThrottle Throttle { get; }

        public IProjectLookup Lookup { get; }

        public PollingCompletionSource Polling { get; }

        /// <summary>The options <c>BatchItemProcessor</c> runs with (attempts, the opt-in window, the webhook URL and its token).</summary>
        public BatchOptions ItemOptions { get; }

        /// <summary>A webhook source for one item (its own waiter, polling once after a silence).</summary>
        public BufferedWebhookCompletion NewWebhookCompletion() =>
            new BufferedWebhookCompletion(new WebhookCompletionSource(Client, Time) { FallbackPollInterval = Options.WebhookFallbackPoll });

        public void Dispose()
        {
            Client.Dispose();
            _http.Dispose();
        }
    }
}
