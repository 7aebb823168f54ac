using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiStudios.AspNetCore
{
    /// <summary><c>app.MapAiStudiosWebhook(pattern, handler)</c>: the render webhook endpoint for minimal APIs.</summary>
    public static class WebhookEndpointRouteBuilderExtensions
    {
        /// <summary>
        /// Maps <c>POST pattern</c> to a webhook receiver. For each call it checks the token in the URL (401 when it is
        /// missing or wrong), reads the raw body up to <see cref="AiStudiosWebhookOptions.MaxBodyBytes"/> (413 past it),
        /// parses it (<see cref="RenderWebhook.Parse(ReadOnlySpan{byte})"/>; a body that is not a render webhook is
        /// <see cref="AiStudiosWebhookOptions.MalformedBodyStatus"/>, 400 by default, with the envelope and a log line),
        /// answers a repeated delivery 200 without calling the handler, and otherwise calls
        /// <paramref name="handler"/> and answers 200. A handler that throws gets 500 and its delivery is forgotten, so a
        /// repeat runs it again. Register the options first with <c>services.AddAiStudiosWebhooks(...)</c>.
        /// </summary>
        /// <param name="endpoints">The app.</param>
        /// <param name="pattern">The route, e.g. <c>/hooks/aistudios</c>.</param>
        /// <param name="handler">Called once per delivery; keep it short (the sender waits), put slow work on a queue.</param>
        /// <returns>The endpoint's builder (add <c>RequireHost</c>, rate limiting, ...).</returns>
        public static RouteHandlerBuilder MapAiStudiosWebhook(this IEndpointRouteBuilder endpoints, string pattern, Func<AiStudiosWebhookEvent, CancellationToken, Task> handler)
        {
            if (endpoints is null)
            {
                throw new ArgumentNullException(nameof(endpoints));
            }

            if (handler is null)
            {
                throw new ArgumentNullException(nameof(handler));
            }

            // A Delegate (not a RequestDelegate), so minimal APIs give a RouteHandlerBuilder callers can chain filters on.
            Delegate endpoint = (Func<HttpContext, Task<IResult>>)(context => WebhookEndpoint.HandleAsync(context, handler));
            RouteHandlerBuilder builder = endpoints.MapPost(pattern, endpoint);
            builder.DisableAntiforgery();
            builder.ExcludeFromDescription();
            return builder;
        }
    }

    internal static class WebhookEndpoint
    {
        public static async Task<IResult> HandleAsync(HttpContext context, Func<AiStudiosWebhookEvent, CancellationToken, Task> handler)
        {
            var services = context.RequestServices;
            AiStudiosWebhookOptions options = services.GetRequiredService<IOptions<AiStudiosWebhookOptions>>().Value;
            IWebhookDeduplicationStore store = services.GetRequiredService<IWebhookDeduplicationStore>();
            ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("AiStudios.AspNetCore.Webhooks");

            // The token first: a caller who does not know the URL learns nothing and costs no body read.
            if (!WebhookUrls.Verify(context.Request.Query, options))
            {
                logger.LogWarning("Refused a webhook call to {Path} from {Remote}: its token is missing or wrong.", Safe(context.Request.Path.Value), context.Connection.RemoteIpAddress);
                return Error(StatusCodes.Status401Unauthorized, "UNAUTHORIZED", "The webhook URL's token is missing or wrong.");
            }

            byte[]? body = await ReadCappedAsync(context, options.MaxBodyBytes).ConfigureAwait(false);
            if (body is null)
            {
                logger.LogWarning("Refused a webhook call to {Path}: its body is over {Max} bytes.", Safe(context.Request.Path.Value), options.MaxBodyBytes);
                return Error(StatusCodes.Status413PayloadTooLarge, "BODY_TOO_LARGE", $"The body is over {options.MaxBodyBytes} bytes.");
            }

            RenderWebhookParseResult parsed = RenderWebhook.Parse(body);
            if (parsed.Webhook is not RenderWebhook webhook)
            {
                logger.LogWarning("A webhook call to {Path} with a valid token is not a render webhook: {Error}", Safe(context.Request.Path.Value), parsed.Error);
                return Error(options.MalformedBodyStatus, "INVALID_WEBHOOK", "The body is not a render webhook: " + parsed.Error);
            }

            var parameters = context.Request.Query
                .Where(p => p.Key != options.TokenParameter)
                .ToDictionary(p => p.Key, p => p.Value.FirstOrDefault() ?? string.Empty, StringComparer.Ordinal);
            string key = string.Join("&", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)) + "|" + webhook.DeduplicationKey;
            if (!await store.TryBeginAsync(key, options.DeduplicationWindow, context.RequestAborted).ConfigureAwait(false))
            {
                logger.LogDebug("A repeated webhook delivery ({Webhook}) was answered without calling the handler.", webhook);
                return Results.Json(new WebhookAnswer(true, true), WebhookJson.Default.WebhookAnswer);
            }

            try
            {
                await handler(new AiStudiosWebhookEvent(webhook, parameters, context), context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
            {
                await store.ForgetAsync(key, CancellationToken.None).ConfigureAwait(false);
                logger.LogError(e, "The webhook handler failed for {Webhook}; a repeated delivery will run it again.", webhook);
                return Error(StatusCodes.Status500InternalServerError, "HANDLER_FAILED", "The handler failed; deliver again.");
            }

            return Results.Json(new WebhookAnswer(true, false), WebhookJson.Default.WebhookAnswer);
        }

        /// <summary>The raw body, or null past <paramref name="max"/> bytes (by Content-Length, or while reading a chunked body).</summary>
        private static async Task<byte[]?> ReadCappedAsync(HttpContext context, long max)
        {
            HttpRequest request = context.Request;
            if (request.ContentLength > max)
            {
                return null;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = max + 1;
            }

            PipeReader reader = request.BodyReader;
            while (true)
            {
                ReadResult result;
                try
                {
                    result = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
                }
                catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return null;
                }

                ReadOnlySequence<byte> buffer = result.Buffer;
                if (buffer.Length > max)
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    return null;
                }

                if (result.IsCompleted)
                {
                    byte[] bytes = buffer.ToArray();
                    reader.AdvanceTo(buffer.End);
                    return bytes;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }

        private static IResult Error(int status, string code, string message) =>
            Results.Json(new WebhookError(false, new WebhookErrorBody(code, message)), WebhookJson.Default.WebhookError, statusCode: status);

        /// <summary>A path from the wire as it may be logged: control characters escaped, cut at 200 characters.</summary>
        private static string Safe(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return "/";
            }

            string capped = text.Length <= 200 ? text : text.Substring(0, 200) + "...";
            return string.Concat(capped.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        }
    }

    internal sealed record WebhookAnswer(bool Success, bool Duplicate);

    internal sealed record WebhookErrorBody(string Code, string Msg);

    internal sealed record WebhookError(bool Success, WebhookErrorBody Error);

    [System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
    [System.Text.Json.Serialization.JsonSerializable(typeof(WebhookAnswer))]
    [System.Text.Json.Serialization.JsonSerializable(typeof(WebhookError))]
    internal sealed partial class WebhookJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }
}
