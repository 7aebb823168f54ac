using System;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Endpoint metadata: the route reads a JSON body of at most <see cref="MaxBytes"/> bytes (or, when
/// <see cref="AlsoForm"/>, a URL-encoded form of that size).
/// </summary>
internal sealed record JsonBodyRoute(long MaxBytes, bool AlsoForm = false)
{
    public const long Token = 16 * 1024;
    public const long Small = 64 * 1024;
    public const long Medium = 1024 * 1024;
    public const long Project = 10 * 1024 * 1024;

    /// <summary>The largest body any route takes: Kestrel's limit for the whole server.</summary>
    public const long Largest = Project;

    /// <summary>The limit of the current request's route, or <see cref="Largest"/> when it declares none.</summary>
    public static long LimitOf(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<JsonBodyRoute>()?.MaxBytes ?? Largest;

    public static IResult TooLarge(long limit) => Envelope.Error(
        StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.BodyTooLarge,
        $"The body is larger than this route takes ({limit.ToString("N0", CultureInfo.InvariantCulture)} bytes); nothing was read.");
}

internal static class JsonBodyRouteExtensions
{
    /// <summary>Declares that the endpoint reads a JSON body of at most <paramref name="maxBytes"/> bytes.</summary>
    public static TBuilder AcceptsJsonBody<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new JsonBodyRoute(maxBytes));

    /// <summary>Declares that the endpoint reads a JSON body, or a URL-encoded form, of at most <paramref name="maxBytes"/> bytes.</summary>
    public static TBuilder AcceptsJsonOrFormBody<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new JsonBodyRoute(maxBytes, AlsoForm: true));
}

/// <summary>
/// Before a route that reads a JSON body runs (and before its token is checked): a declared length over the route's
/// limit is 413, a body declared as something other than JSON is 415. An upload route (<see cref="UploadRoute"/>)
/// gets the same checks for <c>multipart/form-data</c>. A body without a length (chunked) is cut off at the limit
/// while it is read (<see cref="JsonBody"/>, <see cref="UploadRoute"/>).
/// </summary>
internal sealed class JsonBodyPolicyMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<UploadRoute>() is { } upload)
        {
            return upload.CheckAsync(context, next);
        }

        if (metadata?.GetMetadata<JsonBodyRoute>() is not { } route)
        {
            return next(context);
        }

        var request = context.Request;
        if (request.ContentLength > route.MaxBytes)
        {
            return JsonBodyRoute.TooLarge(route.MaxBytes).ExecuteAsync(context);
        }

        if (request.ContentType is { } contentType && !IsJson(contentType) && !(route.AlsoForm && IsForm(contentType)))
        {
            return Envelope.Error(
                StatusCodes.Status415UnsupportedMediaType,
                ErrorCodes.UnsupportedMediaType,
                $"The body is declared as {SafeText.Of(contentType, 100)}; this route takes application/json (UTF-8){(route.AlsoForm ? " or application/x-www-form-urlencoded" : "")}.").ExecuteAsync(context);
        }

        return next(context);
    }

    /// <summary><c>application/x-www-form-urlencoded</c>.</summary>
    internal static bool IsForm(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>application/json</c> or any <c>+json</c> type, in UTF-8 (no charset, or <c>utf-8</c>).</summary>
    internal static bool IsJson(string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        var mediaType = parsed.MediaType.Value ?? "";
        var json = mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var charset = parsed.Charset.Value;
        return json && (string.IsNullOrEmpty(charset) || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }
}
