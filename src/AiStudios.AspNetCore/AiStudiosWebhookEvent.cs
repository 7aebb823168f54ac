using System.Collections.Generic;
using AiStudios.Webhooks;
using Microsoft.AspNetCore.Http;

namespace AiStudios.AspNetCore
{
    /// <summary>
    /// One authenticated, first delivery of a render webhook: the SDK's typed payload (<see cref="Webhook"/>:
    /// <see cref="RenderProgressWebhook"/>, <see cref="RenderCompletedWebhook"/> with the download URL and credit, or
    /// <see cref="RenderFailedWebhook"/>) and the parameters of the URL it was sent to (your own references, such as a
    /// batch's <c>batch</c> and <c>item</c>; the token is not among them).
    /// </summary>
    public sealed class AiStudiosWebhookEvent
    {
        internal AiStudiosWebhookEvent(RenderWebhook webhook, IReadOnlyDictionary<string, string> parameters, HttpContext context)
        {
            Webhook = webhook;
            Parameters = parameters;
            HttpContext = context;
        }

        /// <summary>The payload.</summary>
        public RenderWebhook Webhook { get; }

        /// <summary>What it reports: progress, completed or failed.</summary>
        public RenderWebhookKind Kind => Webhook.Kind;

        /// <summary>The URL's query parameters other than the token (each with its first value).</summary>
        public IReadOnlyDictionary<string, string> Parameters { get; }

        /// <summary>The request (for its services and its abort token); do not read its body again.</summary>
        public HttpContext HttpContext { get; }

        /// <summary>The payload.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Webhook.ToString();
    }
}
