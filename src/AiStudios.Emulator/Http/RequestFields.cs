using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Http;

/// <summary>
/// The fields of a call whose samples send them as query parameters and whose reference table names them without
/// saying where they go (template create, the automation templates): read from the query string, a JSON body or a form.
/// </summary>
internal static class RequestFields
{
    /// <summary>The query string's fields, overlaid with a JSON or form body's (if any).</summary>
    public static async Task<(JsonObject? Fields, IResult? Error)> ReadAsync(HttpContext context)
    {
        var fields = new JsonObject();
        foreach (var (key, values) in context.Request.Query.Take(32))
        {
            fields[key] = values.ToString();
        }

        var request = context.Request;
        if (request.ContentType is { } type && JsonBodyPolicyMiddleware.IsForm(type))
        {
            var form = await request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { ValueCountLimit = 32, KeyLengthLimit = 256, ValueLengthLimit = (int)JsonBodyRoute.Small }, context.RequestAborted);
            foreach (var (key, values) in form)
            {
                fields[key] = values.ToString();
            }

            return (fields, null);
        }

        if (request.ContentLength is null or 0 && !request.Headers.TransferEncoding.Any())
        {
            return (fields, null);
        }

        var (body, error) = await JsonBody.ReadAsync(context);
        if (error is not null)
        {
            return (null, error);
        }

        using (body)
        {
            if (body!.Length == 0)
            {
                return (fields, null);
            }

            JsonNode? parsed;
            try
            {
                parsed = JsonNode.Parse(body.Json.Span, nodeOptions: null, documentOptions: JsonBody.ParseOptions);
            }
            catch (System.Text.Json.JsonException ex)
            {
                return (null, JsonBody.InvalidJson($"The body is not valid JSON: {ex.Message}"));
            }

            if (parsed is not JsonObject obj)
            {
                return (null, Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body must be a JSON object."));
            }

            foreach (var (key, value) in obj.ToList())
            {
                obj.Remove(key);
                fields[key] = value;
            }
        }

        return (fields, null);
    }

    /// <summary>The first of <paramref name="names"/> present as a string; JSON null counts as absent.</summary>
    public static string? Field(JsonObject fields, List<SchemaProblem> problems, params string[] names)
    {
        foreach (var name in names)
        {
            var value = BodyFields.Optional(fields, name, problems);
            if (value is not null)
            {
                return value;
            }
        }

        return null;
    }
}
