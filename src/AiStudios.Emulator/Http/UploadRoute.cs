using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Endpoint metadata: the route reads a <c>multipart/form-data</c> upload of at most <see cref="MaxBytes"/> bytes.
/// Checked before the route runs (and before its token): a declared length over the limit is 413, another content
/// type 415 (the published pptpdf sample sends <c>application/json</c> with a multipart body, which is refused as
/// such). A body without a length is cut off at the limit by Kestrel while the form is read.
/// </summary>
internal sealed record UploadRoute(long MaxBytes)
{
    /// <summary>PDF and PowerPoint files of <c>POST /editor/project/pptpdf</c>.</summary>
    public const long Presentation = 10 * 1024 * 1024;

    public Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBytes)
        {
            return TooLarge().ExecuteAsync(context);
        }

        if (!IsMultipart(request.ContentType))
        {
            return Envelope.Error(
                StatusCodes.Status415UnsupportedMediaType,
                ErrorCodes.UnsupportedMediaType,
                $"The body is declared as {SafeText.Of(request.ContentType, 100)}; this route takes multipart/form-data (a 'file' part). Do not set Content-Type yourself: the multipart boundary goes into it.").ExecuteAsync(context);
        }

        // Kestrel then stops a body without a declared length at the limit (a BadHttpRequestException with 413).
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBytes;
        }

        return next(context);
    }

    public IResult TooLarge() => JsonBodyRoute.TooLarge(MaxBytes);

    private static bool IsMultipart(string? contentType) =>
        contentType is not null
        && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrEmpty(HeaderUtilities.RemoveQuotes(parsed.Boundary).Value);
}

internal static class UploadRouteExtensions
{
    /// <summary>Declares that the endpoint reads a multipart upload of at most <paramref name="maxBytes"/> bytes.</summary>
    public static TBuilder AcceptsUpload<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new UploadRoute(maxBytes));
}
