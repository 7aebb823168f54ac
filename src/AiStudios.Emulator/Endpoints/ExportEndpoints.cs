using System.Linq;
using System.Text.Json;
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

/// <summary>Export, edit-then-export, and render progress.</summary>
internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder secured)
    {
        // The literal "export" segment outranks the {id} parameter in routing, so the two POSTs never collide.
        secured.MapPost("/editor/project/export", ExportAsync).AcceptsJsonBody(JsonBodyRoute.Small);
        secured.MapPost("/editor/project/{id}", EditAsync).AcceptsJsonBody(JsonBodyRoute.Medium);
        secured.MapGet("/editor/progress/{projectId}", Progress);
    }

    /// <summary>
    /// Starts a render. While one is already running the call changes nothing and succeeds (so a retried export does
    /// not restart it); after a finished or failed render it starts a new one.
    /// </summary>
    private static async Task<IResult> ExportAsync(
        HttpContext context,
        [FromServices] ExportRequestReader exportReader,
        [FromServices] ProjectStore store,
        [FromServices] RenderSimulator renderer)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return error;
        }

        if (body!["projectId"] is not JsonValue idValue || idValue.GetValueKind() != JsonValueKind.String || idValue.GetValue<string>().Length == 0)
        {
            return Envelope.Error(
                StatusCodes.Status400BadRequest,
                ErrorCodes.InvalidRequest,
                "The body must hold a projectId.",
                SchemaProblem.ToJson([new SchemaProblem("/projectId", "projectId must be a non-empty string.")]));
        }

        var (export, exportError) = exportReader.Read(body, exportByDefault: true, ErrorCodes.InvalidRequest);
        if (exportError is not null)
        {
            return exportError;
        }

        var id = idValue.GetValue<string>();
        var faults = FaultContext.Get(context);
        var found = store.TryUpdate(Caller.AppId(context), id, (project, now) =>
        {
            if (!ProjectStates.IsRendering(project.State))
            {
                renderer.Start(project, export!.Settings, faults, now);
            }

            return project.Id;
        }, out _);

        return found ? Envelope.Ok(new JsonObject { ["projectId"] = id }) : Envelope.NotFound($"Project \"{SafeText.Of(id, 100)}\"");
    }

    /// <summary>
    /// Applies <c>updates.value</c> (see <see cref="ProjectEditor"/>) to the stored project in place, checks the result
    /// against the schema, then exports unless <c>isExport</c> is false. An edit always starts a new render, replacing
    /// a running one, because the content changed.
    /// </summary>
    private static async Task<IResult> EditAsync(
        HttpContext context,
        string id,
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

        // Kind checks first: indexing a JsonArray or JsonValue by name throws (a 500 for {"updates": []}).
        if (body!["updates"] is not JsonObject updatesObject || updatesObject["value"] is not JsonArray updates)
        {
            return Envelope.Error(
                StatusCodes.Status400BadRequest,
                ErrorCodes.InvalidRequest,
                "The body must hold {\"updates\": {\"value\": [...]}}.",
                SchemaProblem.ToJson([new SchemaProblem("/updates/value", "updates.value must be an array of {sceneIdx, type, values}.")]));
        }

        var (export, exportError) = exportReader.Read(body, exportByDefault: true, ErrorCodes.InvalidRequest);
        if (exportError is not null)
        {
            return exportError;
        }

        var faults = FaultContext.Get(context);
        var found = store.TryUpdate(Caller.AppId(context), id, (project, now) =>
        {
            var edited = project.Payload.ToNode();
            var problems = ProjectEditor.Apply(edited, updates);
            if (problems.Count > 0)
            {
                return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidUpdate, "An update does not apply to this project; see details.", SchemaProblem.ToJson(problems.Take(ProjectSchemaValidator.MaxProblems)));
            }

            return ProjectWrites.CommitEdit(project, edited, now, export!, faults, validator, store, renderer);
        }, out var result);

        return found ? result : Envelope.NotFound($"Project \"{SafeText.Of(id, 100)}\"");
    }

    /// <summary>
    /// Progress 0..100 as a number, <c>state</c>, and <c>downloadUrl</c> once exported. A failed render answers
    /// HTTP 200 with <c>success: false</c> and <c>RENDER_FAILED</c>: the call worked, the render did not, and a
    /// client retrying 5xx must not retry a render that will never finish.
    /// </summary>
    private static IResult Progress(HttpContext context, string projectId, [FromServices] ProjectStore store)
    {
        var found = store.TryRead(Caller.AppId(context), projectId, project =>
        {
            if (project.State == ProjectStates.Failed)
            {
                return Envelope.Error(StatusCodes.Status200OK, ErrorCodes.RenderFailed, RenderSimulator.FailureMessage(project));
            }

            var data = new JsonObject { ["progress"] = project.Progress, ["state"] = project.State };
            if (project.State == ProjectStates.Exported)
            {
                data["downloadUrl"] = project.DownloadUrl;
            }

            return Envelope.Ok(data);
        }, out var result);

        return found ? result : Envelope.NotFound($"Project \"{SafeText.Of(projectId, 100)}\"");
    }
}
