using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Auth;
using AiStudios.Emulator.Faults;
using AiStudios.Emulator.Hosting;
using AiStudios.Emulator.Http;
using AiStudios.Emulator.Rendering;
using AiStudios.Emulator.Storage;
using AiStudios.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace AiStudios.Emulator.Endpoints;

/// <summary>Create, get, list and delete projects.</summary>
internal static class ProjectEndpoints
{
    public static void Map(IEndpointRouteBuilder secured)
    {
        secured.MapPost("/editor/project", CreateAsync);
        secured.MapGet("/editor/project/{id}", Get);
        secured.MapGet("/editor/project", List);
        secured.MapDelete("/editor/project", DeleteAsync);
    }

    /// <summary>Validates the body against the project schema, stores it as sent, and exports unless <c>isExport</c> is false.</summary>
    private static async Task<IResult> CreateAsync(
        HttpContext context,
        [FromServices] ProjectSchemaValidator validator,
        [FromServices] ExportRequestReader exportReader,
        [FromServices] ProjectStore store,
        [FromServices] RenderSimulator renderer,
        [FromServices] Counters counters)
    {
        var (node, error) = await JsonBody.ReadAsync(context);
        if (error is not null)
        {
            return error;
        }

        var problems = validator.Validate(node);
        if (problems.Count > 0)
        {
            return Envelope.Error(
                StatusCodes.Status400BadRequest,
                ErrorCodes.InvalidProject,
                $"The project is not valid: {problems.Count} problem(s), see details.",
                SchemaProblem.ToJson(problems));
        }

        var payload = (JsonObject)node!;
        var (export, exportError) = exportReader.Read(payload, exportByDefault: true, ErrorCodes.InvalidProject);
        if (exportError is not null)
        {
            return exportError;
        }

        var faults = FaultContext.Get(context);
        var project = store.Add(Caller.AppId(context), payload, created =>
        {
            if (export!.IsExport)
            {
                renderer.Start(created, export.Settings, faults, created.CreatedAt);
            }
        });

        counters.ProjectCreated();
        return Envelope.Ok(new JsonObject { ["projectId"] = project.Id });
    }

    private static IResult Get(HttpContext context, string id, [FromServices] ProjectStore store) =>
        store.TryRead(Caller.AppId(context), id, ProjectView.Full, out var project)
            ? Envelope.Ok(new JsonObject { ["project"] = project })
            : Envelope.NotFound($"Project \"{id}\"");

    /// <summary>The caller's projects that were ever exported, newest first, unpaged.</summary>
    private static IResult List(HttpContext context, [FromServices] ProjectStore store)
    {
        var items = store.ReadAll(Caller.AppId(context), p => p.HasExport ? ProjectView.ListItem(p) : null)
            .OfType<JsonObject>()
            .Reverse()
            .ToList();
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return Envelope.Ok(new JsonObject { ["projects"] = array, ["total"] = items.Count });
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, [FromServices] ProjectStore store)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return error;
        }

        if (body!["ids"] is not JsonArray ids || ids.Any(id => id?.GetValueKind() != JsonValueKind.String))
        {
            return Envelope.Error(
                StatusCodes.Status400BadRequest,
                ErrorCodes.InvalidRequest,
                "The body must be {\"ids\": [\"...\"]}.",
                SchemaProblem.ToJson([new SchemaProblem("/ids", "ids must be an array of project id strings.")]));
        }

        var deleted = store.Delete(Caller.AppId(context), ids.Select(id => id!.GetValue<string>()));
        return Envelope.Ok(new JsonObject { ["deletedCount"] = deleted });
    }
}
