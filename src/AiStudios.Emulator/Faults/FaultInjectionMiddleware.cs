using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using AiStudios.Emulator.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiStudios.Emulator.Faults;

/// <summary>
/// Applies the faults of a request (its <c>X-Emulator-Fault</c> header plus matching <see cref="FaultRule"/>s).
/// Order: latency first; then the first of reset, html, 429, 503, 500 answers instead of the handler (nothing is
/// changed); otherwise the handler runs, with <c>malformed</c> truncating its answer and <c>expire-token</c>,
/// <c>stall</c>, <c>fail-render</c> left for the handlers.
/// </summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, FaultSchedule schedule, EmulatorOptions options, ILogger<FaultInjectionMiddleware> logger)
{
    public const string HeaderName = "X-Emulator-Fault";

    /// <summary>What <c>malformed</c> sends when the real answer had no body to cut.</summary>
    private const string TruncatedFallback = "{\"success\": tru";

    public async Task InvokeAsync(HttpContext context)
    {
        // The admin counts are how a test sees what happened: never faulted, or a "*" rule would hide the answer.
        if (Endpoints.AdminEndpoints.IsAdminPath(context.Request.Path))
        {
            await next(context);
            return;
        }

        var header = string.Join(',', context.Request.Headers[HeaderName].ToArray());
        if (!FaultParser.TryParse(header, out var faults, out var error))
        {
            await Envelope.WriteErrorAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.InvalidFault, $"{HeaderName}: {error}");
            return;
        }

        faults = faults.Merge(schedule.Take(context.Request.Method, FaultPaths.Relative(context.Request.Path.Value ?? "/")));
        if (faults.IsEmpty)
        {
            await next(context);
            return;
        }

        FaultContext.Set(context, faults);
        logger.LogInformation("Faults for {Method} {Path}: {Faults}", context.Request.Method, SafeText.Of(context.Request.Path.Value), faults);

        if (faults.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(faults.LatencyMs), options.TimeProvider, context.RequestAborted);
        }

        if (faults.Reset)
        {
            context.Abort();
            return;
        }

        if (faults.Html)
        {
            await WriteHtmlAsync(context);
            return;
        }

        if (faults.TooManyRequestsRetryAfter is int retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Envelope.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, $"Too many requests; retry after {retryAfter} s.");
            return;
        }

        if (faults.ServiceUnavailableRetryAfter is int unavailableFor)
        {
            if (unavailableFor >= 0)
            {
                context.Response.Headers.RetryAfter = unavailableFor.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await Envelope.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, "The service is temporarily unavailable.");
            return;
        }

        if (faults.InternalError)
        {
            await Envelope.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, "Internal server error (injected).");
            return;
        }

        if (faults.Malformed)
        {
            await RunTruncatedAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>Runs the handler for real (its effects happen), then sends 200 with the first half of its body.</summary>
    private async Task RunTruncatedAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var full = buffer.ToArray();
        var cut = full.Length >= 2 ? full[..(full.Length / 2)] : Encoding.UTF8.GetBytes(TruncatedFallback);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = Envelope.JsonContentType;
        context.Response.ContentLength = cut.Length;
        context.Response.Headers.ContentRange = default;
        await original.WriteAsync(cut, context.RequestAborted);
    }

    /// <summary>What a proxy in front of a failing service sends: an HTML page, status 502.</summary>
    private static async Task WriteHtmlAsync(HttpContext context)
    {
        const string page = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>emulator</center></body></html>\n";
        var bytes = Encoding.UTF8.GetBytes(page);
        context.Response.StatusCode = StatusCodes.Status502BadGateway;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
