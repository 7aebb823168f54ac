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
        var (request, error) = await TagModifyRequest.ReadAsync(context, "projectId", exportReader);
        if (error is not null)
        {
            return error;
        }

        var (id, _, updates, export) = request!;
        var faults = FaultContext.Get(context);
        var found = store.TryUpdate(Caller.AppId(context), id, (project, now) =>
        {
            var edited = project.Payload.ToNode();
            var tagProblems = TagEditor.Apply(edited, updates);
            if (tagProblems.Count > 0)
            {
                return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidUpdate, "An update does not apply to this project; see details.", SchemaProblem.ToJson(tagProblems.Take(ProjectSchemaValidator.MaxProblems)));
            }

            return ProjectWrites.CommitEdit(project, edited, now, export, faults, validator, store, renderer);
        }, out var result);

        return found ? result : Envelope.NotFound($"Project \"{SafeText.Of(id, 100)}\"");
    }
}
