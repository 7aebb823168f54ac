using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Outermost middleware: whatever throws becomes an error envelope without a stack trace (a bad request must never
/// look like a crash), and a response already under way is aborted instead.
/// </summary>
internal sealed class ExceptionEnvelopeMiddleware(RequestDelegate next, ILogger<ExceptionEnvelopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (or the reset fault aborted the request): nobody to answer.
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own refusals: body too large, bad framing, ...
            var message = SafeText.Of(ex.Message);
            logger.LogInformation("Bad request {Method} {Path}: {Message}", context.Request.Method, SafeText.Of(context.Request.Path.Value), message);
            var code = ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.BodyTooLarge : ErrorCodes.BadRequest;
            await AnswerAsync(context, ex.StatusCode, code, message);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Unhandled error in {Method} {Path}.", context.Request.Method, SafeText.Of(context.Request.Path.Value));
            await AnswerAsync(context, StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, $"The emulator failed to handle the request ({ex.GetType().Name}).");
        }
    }

    private static async Task AnswerAsync(HttpContext context, int status, string code, string msg)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        context.Response.Clear();
        await Envelope.WriteErrorAsync(context, status, code, msg);
    }
}
