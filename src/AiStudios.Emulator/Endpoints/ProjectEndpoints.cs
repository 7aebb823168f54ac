using System.Collections.Generic;
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
        secured.MapPost("/editor/project", CreateAsync).AcceptsJsonBody(JsonBodyRoute.Project);
        secured.MapGet("/editor/project/{id}", Get);
        secured.MapGet("/editor/project", List);
        secured.MapDelete("/editor/project", DeleteAsync).AcceptsJsonBody(JsonBodyRoute.Medium);
    }

    /// <summary>
    /// Validates the body against the project schema, stores it as sent (its bytes), and exports unless
    /// <c>isExport</c> is false. The body is parsed once, into a pooled document, never into a tree of nodes.
    /// </summary>
    private static async Task<IResult> CreateAsync(
        HttpContext context,
        [FromServices] ProjectSchemaValidator validator,
        [FromServices] ExportRequestReader exportReader,
        [FromServices] ProjectStore store,
        [FromServices] RenderSimulator renderer,
        [FromServices] Counters counters,
        [FromServices] CreateCounter creates)
    {
        var (body, error) = await JsonBody.ReadAsync(context);
        if (error is not null)
        {
            return error;
        }

        // A full store refuses before the (costly) schema evaluation; the add below checks again.
        if (store.Refusal(body!.Length) is { } full)
        {
            body.Dispose();
            return StoreFull(full);
        }

        ExportRequest export;
        StoredPayload payload;
        using (body)
        {
            using var document = Parse(body!, out var invalid);
            if (invalid is not null)
            {
                return invalid;
            }

            var problems = validator.Validate(document!.RootElement);
            if (problems.Count > 0)
            {
                return InvalidProject($"The project is not valid: {problems.Count} problem(s), see details.", problems);
            }

            var (request, exportError) = exportReader.Read(document.RootElement, exportByDefault: true, ErrorCodes.InvalidProject);
            if (exportError is not null)
            {
                return exportError;
            }

            export = request!;

            // Only a body that is kept is copied out of the pool.
            payload = StoredPayload.From(body.ToArray(), document.RootElement);
        }

        var faults = FaultContext.Get(context);
        if (!store.TryAdd(Caller.AppId(context), payload, created => StartIfExported(created, export, renderer, faults), out var project, out var refusal))
        {
            return StoreFull(refusal!);
        }

        counters.ProjectCreated();
        creates.Created(project!.Name, project.Id);
        return Envelope.Ok(new JsonObject { ["projectId"] = project.Id });
    }

    private static JsonDocument? Parse(RequestBody body, out IResult? invalid)
    {
        try
        {
            invalid = null;
            return JsonDocument.Parse(body.Json, JsonBody.ParseOptions);
        }
        catch (JsonException ex)
        {
            invalid = JsonBody.InvalidJson($"The body is not valid JSON: {ex.Message}");
            return null;
        }
    }

    /// <summary>A refusal of a project (or an edit of one) that does not match the schema; at most the first problems are listed.</summary>
    internal static IResult InvalidProject(string msg, IReadOnlyList<SchemaProblem> problems) =>
        Envelope.Error(
            StatusCodes.Status400BadRequest,
            ErrorCodes.InvalidProject,
            problems.Count > ProjectSchemaValidator.MaxProblems ? $"{msg} The first {ProjectSchemaValidator.MaxProblems} are listed." : msg,
            SchemaProblem.ToJson(problems.Take(ProjectSchemaValidator.MaxProblems)));

    /// <summary>507: the store is bounded (<see cref="EmulatorOptions.MaxStoredProjects"/>, <see cref="EmulatorOptions.MaxStoredBytes"/>).</summary>
    internal static IResult StoreFull(string msg) => Envelope.Error(StatusCodes.Status507InsufficientStorage, ErrorCodes.StoreFull, msg);

    /// <summary>Starts the first render of a new project unless it was created as a draft.</summary>
    internal static void StartIfExported(StoredProject created, ExportRequest export, RenderSimulator renderer, FaultSet faults)
    {
        if (export.IsExport)
        {
            renderer.Start(created, export.Settings, faults, created.CreatedAt);
        }
    }

    private static IResult Get(HttpContext context, string id, [FromServices] ProjectStore store) =>
        store.TryRead(Caller.AppId(context), id, project => Envelope.Ok(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("project");
            ProjectView.WriteFull(writer, project);
            writer.WriteEndObject();
        }), out var answer)
            ? answer
            : Envelope.NotFound($"Project \"{SafeText.Of(id, 100)}\"");

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
