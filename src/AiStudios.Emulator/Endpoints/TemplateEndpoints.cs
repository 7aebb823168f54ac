using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Catalog;
using AiStudios.Emulator.Editing;
using AiStudios.Emulator.Http;
using AiStudios.Emulator.Rendering;
using AiStudios.Emulator.Storage;
using AiStudios.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace AiStudios.Emulator.Endpoints;

/// <summary>
/// Projects from business templates: <c>POST /editor/template/{templateId}</c> (a draft, optionally with another
/// avatar or clothes) and the Korean-only <c>POST /editor/template/modify</c> (a draft or a render, with tag-keyed
/// edits).
/// </summary>
internal static class TemplateEndpoints
{
    public static void Map(IEndpointRouteBuilder secured)
    {
        // The literal "modify" segment outranks the {templateId} parameter, so the two POSTs never collide.
        secured.MapPost("/editor/template/modify", ModifyAsync).AcceptsJsonBody(JsonBodyRoute.Medium);
        secured.MapPost("/editor/template/{templateId}", CreateAsync).AcceptsJsonOrFormBody(JsonBodyRoute.Small);
    }

    /// <summary>
    /// A draft project from the template. Upstream's table names the fields <c>aiName</c>, <c>clothId</c>,
    /// <c>name</c>, <c>workspaceId</c>; its samples send <c>model</c>, <c>clothes</c>, <c>name</c> as query
    /// parameters (one Python sample as a form). Both spellings are read, from the query string, a JSON body or a form
    /// body: a body's value wins over the query's of the same name, and the table's spelling over the sample's. An
    /// empty body is fine.
    /// </summary>
    private static async Task<IResult> CreateAsync(
        HttpContext context,
        string templateId,
        [FromServices] TemplateLibrary templates,
        [FromServices] ExportRequestReader exportReader,
        [FromServices] ProjectSchemaValidator validator,
        [FromServices] ProjectStore store,
        [FromServices] RenderSimulator renderer)
    {
        var (fields, error) = await ReadFieldsAsync(context);
        if (error is not null)
        {
            return error;
        }

        var problems = new List<SchemaProblem>();
        var model = Field(fields!, problems, "aiName", "model");
        var clothes = Field(fields!, problems, "clothId", "clothes");
        var name = Field(fields!, problems, "name");
        var workspace = Field(fields!, problems, "workspaceId");
        if (problems.Count > 0)
        {
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The template's fields are not valid.", SchemaProblem.ToJson(problems));
        }

        if (templates.Find(templateId) is not { } template)
        {
            return Envelope.NotFound($"Template \"{SafeText.Of(templateId, 100)}\"");
        }

        var (export, exportError) = exportReader.Read(new JsonObject { ["workspaceId"] = workspace, ["isExport"] = false }, exportByDefault: false, ErrorCodes.InvalidRequest);
        if (exportError is not null)
        {
            return exportError;
        }

        var project = templates.Build(template);
        if (templates.Swap(project, model, clothes) is { } unknown)
        {
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidModel, unknown);
        }

        if (name is not null)
        {
            project["name"] = name;
        }

        var (created, refusal) = ProjectWrites.AddBuilt(context, project, export!, validator, store, renderer);
        return refusal ?? Envelope.Ok(new JsonObject { ["projectId"] = created!.Id });
    }

    /// <summary>
    /// A project from the template with tag-keyed edits (<see cref="TagEditor"/>): <c>templateId</c>, <c>name</c>,
    /// <c>updates</c>, <c>isExport</c> (default false), <c>webhookUrl</c>.
    /// </summary>
    private static async Task<IResult> ModifyAsync(
        HttpContext context,
        [FromServices] TemplateLibrary templates,
        [FromServices] ExportRequestReader exportReader,
        [FromServices] ProjectSchemaValidator validator,
        [FromServices] ProjectStore store,
        [FromServices] RenderSimulator renderer)
    {
        var (request, error) = await TagModifyRequest.ReadAsync(context, "templateId", exportReader);
        if (error is not null)
        {
            return error;
        }

        var (templateId, name, updates, export) = request!;
        if (templates.Find(templateId) is not { } template)
        {
            return Envelope.NotFound($"Template \"{SafeText.Of(templateId, 100)}\"");
        }

        var project = templates.Build(template);
        if (name is not null)
        {
            project["name"] = name;
        }

        var tagProblems = TagEditor.Apply(project, updates);
        if (tagProblems.Count > 0)
        {
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidUpdate, "An update does not apply to this template; see details.", SchemaProblem.ToJson(tagProblems.Take(ProjectSchemaValidator.MaxProblems)));
        }

        var (created, refusal) = ProjectWrites.AddBuilt(context, project, export, validator, store, renderer);
        return refusal ?? Envelope.Ok(new JsonObject { ["projectId"] = created!.Id });
    }

    /// <summary>The query string's fields, overlaid with a JSON or form body's (if any).</summary>
    private static async Task<(JsonObject? Fields, IResult? Error)> ReadFieldsAsync(HttpContext context)
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
    private static string? Field(JsonObject fields, List<SchemaProblem> problems, params string[] names)
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
