using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Auth;
using AiStudios.Emulator.Catalog;
using AiStudios.Emulator.Editing;
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

/// <summary>
/// The one-call endpoints: <c>POST /simple/video</c> (one avatar on a chroma key, a draft unless <c>isExport</c>),
/// <c>POST /simple/custom</c> (the same with any avatar of the account, rendered unless <c>isExport: false</c>) and
/// <c>POST /simple/audio</c> (synchronous: the speech as an audio file, no project).
/// </summary>
internal static class SimpleEndpoints
{
    public const string ChromaKeyColor = "rgb(0,255,0)";

    public static void Map(IEndpointRouteBuilder secured)
    {
        secured.MapPost("/simple/video", VideoAsync).AcceptsJsonBody(JsonBodyRoute.Medium);
        secured.MapPost("/simple/custom", CustomAsync).AcceptsJsonBody(JsonBodyRoute.Medium);
        secured.MapPost("/simple/audio", AudioAsync).AcceptsJsonBody(JsonBodyRoute.Medium);
    }

    private static async Task<IResult> VideoAsync(
        HttpContext context,
        [FromServices] ModelCatalog catalog,
        [FromServices] ExportRequestReader exportReader,
        [FromServices] ProjectStore store,
        [FromServices] RenderSimulator renderer,
        [FromServices] Counters counters)
    {
        var (body, fields, error) = await ReadAsync(context, "language", "text", "model", "clothes");
        if (error is not null)
        {
            return error;
        }

        var created = Create(context, body!, fields![0], fields[1], fields[2], fields[3], "Simple video", exportByDefault: false, catalog, exportReader, store, renderer);
        if (created.Error is not null)
        {
            return created.Error;
        }

        counters.SimpleVideoCreated();
        return Envelope.Ok(new JsonObject { ["projectId"] = created.Project!.Id });
    }

    /// <summary>
    /// A custom avatar's video: like a simple video, but <c>clothes</c> is not part of the call (the avatar's first
    /// clothes are used) and it renders unless <c>isExport</c> is false. <c>taskId</c> is the render's
    /// <c>backendTaskId</c>, or for a draft a fresh id no render uses (what it is for is not documented).
    /// </summary>
    private static async Task<IResult> CustomAsync(
        HttpContext context,
        [FromServices] ModelCatalog catalog,
        [FromServices] ExportRequestReader exportReader,
        [FromServices] ProjectStore store,
        [FromServices] RenderSimulator renderer,
        [FromServices] Counters counters,
        [FromServices] System.TimeProvider time)
    {
        var (body, fields, error) = await ReadAsync(context, "language", "text", "model");
        if (error is not null)
        {
            return error;
        }

        var created = Create(context, body!, fields![0], fields[1], fields[2], clothes: null, "Custom avatar video", exportByDefault: true, catalog, exportReader, store, renderer);
        if (created.Error is not null)
        {
            return created.Error;
        }

        counters.CustomVideoCreated();
        var taskId = store.TryRead(null, created.Project!.Id, p => p.Job?.TaskId, out var task) ? task : null;
        return Envelope.Ok(new JsonObject
        {
            ["projectId"] = created.Project.Id,
            ["taskId"] = taskId ?? ProjectIds.New(time.GetUtcNow(), "task-"),
        });
    }

    /// <summary>
    /// The speech of <c>text</c> in the avatar's voice, answered at once: <c>fileName</c>, <c>downloadUrl</c> (served
    /// by the emulator without a token) and <c>metaList</c> (one entry per sentence; its fields are the emulator's own,
    /// upstream documents none). Nothing is stored but the file name.
    /// </summary>
    private static async Task<IResult> AudioAsync(
        HttpContext context,
        [FromServices] ModelCatalog catalog,
        [FromServices] AudioFiles files,
        [FromServices] Counters counters)
    {
        var (_, fields, error) = await ReadAsync(context, "language", "text", "model");
        if (error is not null)
        {
            return error;
        }

        var (text, model) = (fields![1], fields[2]);
        if (!catalog.HasModel(model))
        {
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidModel, catalog.UnknownMessage(model, null));
        }

        var file = files.Add();
        counters.AudioCreated();
        return Envelope.Ok(new JsonObject
        {
            ["fileName"] = file.FileName,
            ["downloadUrl"] = file.Url.ToString(),
            ["metaList"] = AudioFiles.MetaList(text),
        });
    }

    /// <summary>The body and its required, non-blank string fields, in the order named; or the 400 that lists the missing ones.</summary>
    private static async Task<(JsonObject? Body, string[]? Fields, IResult? Error)> ReadAsync(HttpContext context, params string[] names)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return (null, null, error);
        }

        var problems = new List<SchemaProblem>();
        var values = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            values[i] = BodyFields.Required(body!, names[i], problems) ?? "";
        }

        return problems.Count > 0
            ? (null, null, Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, $"The body must hold {string.Join(", ", names)}.", SchemaProblem.ToJson(problems)))
            : (body, values, null);
    }

    private static (StoredProject? Project, IResult? Error) Create(
        HttpContext context,
        JsonObject body,
        string language,
        string text,
        string model,
        string? clothes,
        string name,
        bool exportByDefault,
        ModelCatalog catalog,
        ExportRequestReader exportReader,
        ProjectStore store,
        RenderSimulator renderer)
    {
        var clip = catalog.AvatarClip(model, clothes);
        if (clip is null)
        {
            return (null, Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidModel, catalog.UnknownMessage(model, clothes)));
        }

        var (export, exportError) = exportReader.Read(body, exportByDefault, ErrorCodes.InvalidRequest);
        if (exportError is not null)
        {
            return (null, exportError);
        }

        var payload = StoredPayload.From(BuildProject(name, language, text, clip));
        var faults = FaultContext.Get(context);
        if (!store.TryAdd(Caller.AppId(context), payload, created => ProjectEndpoints.StartIfExported(created, export!, renderer, faults), out var project, out var refusal))
        {
            return (null, ProjectEndpoints.StoreFull(refusal!));
        }

        return (project, null);
    }

    /// <summary>A regular one-scene project, so GET, edit and export treat it like any other.</summary>
    private static JsonObject BuildProject(string name, string language, string text, JsonObject clip)
    {
        clip["id"] = "aiModel-simple";
        clip["name"] = "aiModel-simple";
        var model = (JsonObject)clip["model"]!;
        model["language"] = language;
        return new JsonObject
        {
            ["name"] = name,
            ["orientation"] = "landscape",
            ["scenes"] = new JsonArray
            {
                new JsonObject
                {
                    ["sceneIdx"] = 0,
                    ["background"] = ProjectParts.Background("", ChromaKeyColor),
                    ["watermark"] = false,
                    ["thumbnailUrl"] = null,
                    ["scripts"] = new JsonArray { ProjectParts.Script(text, model) },
                    ["clips"] = new JsonArray { clip },
                },
            },
        };
    }
}
