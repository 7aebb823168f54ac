using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Auth;
using AiStudios.Emulator.Editing;
using AiStudios.Emulator.Faults;
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
/// The Korean-only <c>POST /editor/project/modify</c>: tag-keyed edits (<see cref="TagEditor"/>) of a stored project,
/// in place like the scene/type edit, then a render only when <c>isExport</c> is true (its default is false).
/// </summary>
internal static class ModifyEndpoints
{
    // The literal "modify" segment outranks POST /editor/project/{id}.
    public static void Map(IEndpointRouteBuilder secured) =>
        secured.MapPost("/editor/project/modify", ModifyAsync).AcceptsJsonBody(JsonBodyRoute.Medium);

    private static async Task<IResult> ModifyAsync(
        HttpContext context,
        [FromServices] ExportRequestReader exportReader,
        [FromServices] ProjectSchemaValidator validator,
        [FromServices] ProjectStore store,
        [FromServices] RenderSimulator renderer)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return error;
        }

        var problems = new List<SchemaProblem>();
        var id = BodyFields.Required(body!, "projectId", problems);
        if (body!["updates"] is not JsonObject updates)
        {
            problems.Add(new SchemaProblem("/updates", "updates must be an object of strings, e.g. {\"title\": \"...\", \"scripts_1\": \"...\"}."));
            updates = [];
        }

        if (problems.Count > 0)
        {
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body must hold projectId and updates.", SchemaProblem.ToJson(problems));
        }

        var (export, exportError) = exportReader.Read(body, exportByDefault: false, ErrorCodes.InvalidRequest);
        if (exportError is not null)
        {
            return exportError;
        }

        var faults = FaultContext.Get(context);
        var found = store.TryUpdate(Caller.AppId(context), id!, (project, now) =>
        {
            var edited = project.Payload.ToNode();
            var tagProblems = TagEditor.Apply(edited, updates);
            if (tagProblems.Count > 0)
            {
                return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidUpdate, "An update does not apply to this project; see details.", SchemaProblem.ToJson(tagProblems.Take(ProjectSchemaValidator.MaxProblems)));
            }

            return ProjectEndpoints.CommitEdit(project, edited, now, export!, faults, validator, store, renderer);
        }, out var result);

        return found ? result : Envelope.NotFound($"Project \"{SafeText.Of(id, 100)}\"");
    }
}
