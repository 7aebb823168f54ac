using System.Threading.Tasks;
using AiStudios.Emulator.Faults;
using AiStudios.Emulator.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Counts every request by endpoint (<c>"POST /editor/project/{id}"</c>) before faults apply, so a test can see how
/// often a client retried a request the emulator failed on purpose. Runs after routing to know the endpoint.
/// </summary>
internal sealed class RequestCounterMiddleware(RequestDelegate next, Counters counters)
{
    public const string Unmatched = "(unmatched)";

    public Task InvokeAsync(HttpContext context)
    {
        var route = context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } raw }
            ? FaultPaths.Relative("/" + raw.TrimStart('/'))
            : Unmatched;
        counters.Request($"{context.Request.Method} {route}");
        if (route == "/auth/token" && HttpMethods.IsPost(context.Request.Method))
        {
            // Token requests are counted here too, so the count includes those a fault refused before the handler ran.
            counters.TokenRequest();
        }

        return next(context);
    }
}
