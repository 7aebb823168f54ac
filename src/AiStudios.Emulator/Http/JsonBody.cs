using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Reads a request body as JSON without model binding, so that every kind of bad input becomes a 400 envelope the
/// emulator chose (never the framework's empty 400 or a 500). The body is read once into a pooled buffer, never past
/// the route's limit (<see cref="JsonBodyRoute"/>), and scanned (<see cref="JsonShapeScan"/>) before any tree is
/// built, so a 10 MiB array of five million items is refused for what it is instead of being materialised.
/// </summary>
internal static class JsonBody
{
    /// <summary>Strict parsing: the published sample with a trailing comma is not JSON, and duplicate keys are refused.</summary>
    internal static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = JsonShapeScan.MaxDepth,
    };

    /// <summary>The body as a JSON object, or an error result (<c>INVALID_JSON</c>, <c>INVALID_REQUEST</c>, 413).</summary>
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpContext context)
    {
        var (body, error) = await ReadAsync(context);
        if (error is not null)
        {
            return (null, error);
        }

        using (body)
        {
            try
            {
                return JsonNode.Parse(body!.Json.Span, nodeOptions: null, documentOptions: ParseOptions) is JsonObject obj
                    ? (obj, null)
                    : (null, Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body must be a JSON object."));
            }
            catch (JsonException ex)
            {
                return (null, InvalidJson($"The body is not valid JSON: {ex.Message}"));
            }
        }
    }

    /// <summary>
    /// The body (without a BOM), already known to be well-formed JSON within the emulator's limits (the shape scan),
    /// or an error result. Duplicate keys are found when the caller parses it with <see cref="ParseOptions"/>. The
    /// caller disposes the body, which returns its buffer.
    /// </summary>
    public static async Task<(RequestBody? Body, IResult? Error)> ReadAsync(HttpContext context)
    {
        var limit = JsonBodyRoute.LimitOf(context);
        var body = await RequestBody.ReadAsync(context, limit);
        if (body is null)
        {
            return (null, JsonBodyRoute.TooLarge(limit));
        }

        var problem = Check(body.Json.Span);
        if (problem is null)
        {
            return (body, null);
        }

        body.Dispose();
        return (null, problem);
    }

    private static IResult? Check(ReadOnlySpan<byte> json)
    {
        if (json.Length == 0)
        {
            return InvalidJson("The body is empty; a JSON object was expected.");
        }

        if (!Utf8.IsValid(json))
        {
            // The parser does not check every string (property names pass through), so check the whole body.
            return InvalidJson("The body is not valid UTF-8.");
        }

        return JsonShapeScan.Check(json);
    }

    internal static IResult InvalidJson(string msg) =>
        Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, msg);
}
