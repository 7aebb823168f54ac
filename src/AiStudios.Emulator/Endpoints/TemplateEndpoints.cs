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
        var (fields, error) = await RequestFields.ReadAsync(context);
        if (error is not null)
        {
            return error;
        }

        var problems = new List<SchemaProblem>();
        var model = RequestFields.Field(fields!, problems, "aiName", "model");
        var clothes = RequestFields.Field(fields!, problems, "clothId", "clothes");
        var name = RequestFields.Field(fields!, problems, "name");
        var workspace = RequestFields.Field(fields!, problems, "workspaceId");
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
}
