using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Refuses a request whose decoded path holds a control character (<c>%00</c> to <c>%1F</c>, <c>%7F</c>, ...) with 400
/// <c>INVALID_PATH</c> and the envelope, before routing: no path of the API holds one, and echoing one in a "not
/// found" message or a log would only carry it further. Kestrel itself refuses <c>%00</c> before any middleware runs,
/// with an empty 400; <see cref="Hosting.NulPathRewriter"/> turns it into <c>%01</c> so that it reaches this check.
/// </summary>
internal sealed class PathGuardMiddleware(RequestDelegate next, ILogger<PathGuardMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        foreach (var c in path)
        {
            if (SafeText.IsControl(c))
            {
                logger.LogInformation("Refused {Method} {Path}: a control character in the path.", context.Request.Method, SafeText.Of(path));
                return Envelope.WriteErrorAsync(
                    context,
                    StatusCodes.Status400BadRequest,
                    ErrorCodes.InvalidPath,
                    "The request path holds a control character (such as %00 or %0A); no path of this API does.");
            }
        }

        return next(context);
    }
}
