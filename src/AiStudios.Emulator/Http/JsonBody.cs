using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Reads a request body as JSON without model binding, so that every kind of bad input becomes a 400 envelope the
/// emulator chose (never the framework's empty 400 or a 500).
/// </summary>
internal static class JsonBody
{
    /// <summary>Strict parsing: the published sample with a trailing comma is not JSON, and duplicate keys are refused.</summary>
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The body as a JSON object, or an error result (<c>INVALID_JSON</c> or <c>INVALID_REQUEST</c>).</summary>
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpContext context)
    {
        var (node, error) = await ReadAsync(context);
        if (error is not null)
        {
            return (null, error);
        }

        return node is JsonObject body
            ? (body, null)
            : (null, Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body must be a JSON object."));
    }

    /// <summary>The body as any JSON value (the project schema reports a non-object itself).</summary>
    public static async Task<(JsonNode? Node, IResult? Error)> ReadAsync(HttpContext context)
    {
        // Buffer first: JsonNode.Parse(Stream) would block on synchronous reads, which Kestrel forbids.
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length == 0)
        {
            return (null, InvalidJson("The body is empty; a JSON object was expected."));
        }

        try
        {
            var bytes = buffer.ToArray().AsSpan();
            if (bytes.StartsWith(Utf8Bom))
            {
                // Tolerated like most JSON servers do; the parser itself refuses a BOM.
                bytes = bytes[Utf8Bom.Length..];
            }

            if (!Utf8.IsValid(bytes))
            {
                // The parser does not check every string (property names pass through), so check the whole body.
                return (null, InvalidJson("The body is not valid UTF-8."));
            }

            var node = JsonNode.Parse(bytes, nodeOptions: null, documentOptions: ParseOptions);
            if (node is not null && FirstUndecodableString(node) is string where)
            {
                // An escaped lone surrogate ("\ud800") is valid JSON text but no .NET string can be read from it:
                // refuse it here rather than let an endpoint throw (a 500) when it reads the field.
                return (null, InvalidJson($"The body holds a string that is not valid Unicode (a lone surrogate escape) at {where}."));
            }

            return node is null ? (null, InvalidJson("The body is the JSON literal null; a JSON object was expected.")) : (node, null);
        }
        catch (JsonException ex)
        {
            // The parser's message names line and byte position, which is what a caller needs to fix the body.
            return (null, InvalidJson($"The body is not valid JSON: {ex.Message}"));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
        {
            // Invalid UTF-8 and similar surface as these rather than JsonException.
            return (null, InvalidJson($"The body is not valid JSON: {ex.Message}"));
        }
    }

    /// <summary>The path of the first string value or property name that cannot be decoded, or null.</summary>
    private static string? FirstUndecodableString(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (HasLoneSurrogate(name))
                    {
                        return obj.GetPath();
                    }

                    if (child is not null && FirstUndecodableString(child) is string inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null && FirstUndecodableString(child) is string inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                try
                {
                    return HasLoneSurrogate(value.GetValue<string>()) ? value.GetPath() : null;
                }
                catch (InvalidOperationException)
                {
                    return value.GetPath();
                }

            default:
                return null;
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static IResult InvalidJson(string msg) =>
        Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, msg);
}
