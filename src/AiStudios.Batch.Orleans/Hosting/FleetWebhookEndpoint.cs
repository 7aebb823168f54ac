using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.AspNetCore;
using AiStudios.Batch.Orleans.Items;
using AiStudios.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;

namespace AiStudios.Batch.Orleans.Hosting
{
    /// <summary><c>app.MapAiStudiosFleetWebhook("/hooks/aistudios")</c>: the render webhook routed to the item's grain.</summary>
    public static class FleetWebhookEndpoint
    {
        /// <summary>
        /// Maps the webhook receiver of <c>AiStudios.AspNetCore</c> (token check, size cap, parsing, de-duplication) on a
        /// host that runs a silo, and hands each call to the grain of the item its URL names (<c>batch</c> and <c>item</c>
        /// parameters, put there by the fleet when it creates the project), wherever in the cluster that grain is active.
        /// Any silo can take any call, so the silos can sit behind one load balancer at <c>WebhookBaseUrl</c>.
        /// </summary>
        /// <param name="endpoints">The app.</param>
        /// <param name="pattern">The route.</param>
        /// <returns>The endpoint's builder.</returns>
        public static RouteHandlerBuilder MapAiStudiosFleetWebhook(this IEndpointRouteBuilder endpoints, string pattern)
        {
            if (endpoints is null)
            {
                throw new ArgumentNullException(nameof(endpoints));
            }

            return endpoints.MapAiStudiosWebhook(pattern, RouteAsync);
        }

        private static async Task RouteAsync(AiStudiosWebhookEvent e, CancellationToken cancellationToken)
        {
            // The silo's own grain factory when co-hosted, or any IClusterClient the host registers.
            IServiceProvider services = e.HttpContext.RequestServices;
            IGrainFactory grains = services.GetRequiredService<IGrainFactory>();

            if (!e.Parameters.TryGetValue("batch", out string? batch)
                || !e.Parameters.TryGetValue("item", out string? item)
                || !long.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out long number)
                || !BatchItemKey.TryParse(BatchItemKey.For(batch, number), out _, out _))
            {
                // A render of no batch (or a URL edited by hand): nothing here waits for it.
                services.GetRequiredService<ILoggerFactory>().CreateLogger("AiStudios.Batch.Orleans.Webhooks").LogInformation("A webhook call names no batch item; ignored.");
                return;
            }

            var notice = new WebhookNotice(
                e.Webhook.Progress,
                (e.Webhook as RenderCompletedWebhook)?.DownloadUrl?.AbsoluteUri,
                e.Webhook is RenderFailedWebhook failed ? failed.Message ?? failed.ErrorCode ?? "The render failed." : null);

            // A failure here answers 500, so the delivery is not remembered as handled; the item polls after a silence anyway.
            await grains.GetGrain<IBatchItemGrain>(BatchItemKey.For(batch, number)).Deliver(notice).WaitAsync(cancellationToken);
        }
    }
}
