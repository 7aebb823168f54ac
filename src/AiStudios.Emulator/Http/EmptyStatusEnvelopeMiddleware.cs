using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Gives the framework's bodiless error answers (404 for an unknown path, 405 for a wrong method) the service's
/// envelope, so a client never meets an error that is not an envelope unless a fault asked for it.
/// </summary>
internal sealed class EmptyStatusEnvelopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength is > 0 || !string.IsNullOrEmpty(response.ContentType))
        {
            return;
        }

        var (code, msg) = response.StatusCode switch
        {
            StatusCodes.Status404NotFound => (ErrorCodes.NotFound, $"No endpoint at {SafeText.Of(context.Request.Path.Value)}."),
            StatusCodes.Status405MethodNotAllowed => (ErrorCodes.MethodNotAllowed, $"{SafeText.Of(context.Request.Method, 20)} is not allowed on {SafeText.Of(context.Request.Path.Value)}."),
            >= 500 => (ErrorCodes.InternalError, "The emulator failed to handle the request."),
            _ => (ErrorCodes.BadRequest, "The request was refused."),
        };

        await Envelope.WriteErrorAsync(context, response.StatusCode, code, msg);
    }
}
