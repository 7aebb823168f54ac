using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Auth;
using AiStudios.Emulator.Catalog;
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

/// <summary><c>POST /simple/video</c>: one avatar on a chroma-key background, not exported unless asked.</summary>
internal static class SimpleVideoEndpoints
{
    public const string ChromaKeyColor = "rgb(0,255,0)";

    public static void Map(IEndpointRouteBuilder secured) => secured.MapPost("/simple/video", CreateAsync).AcceptsJsonBody(JsonBodyRoute.Medium);

    private static async Task<IResult> CreateAsync(
        HttpContext context,
        [FromServices] ModelCatalog catalog,
        [FromServices] ExportRequestReader exportReader,
        [FromServices] ProjectStore store,
        [FromServices] RenderSimulator renderer,
        [FromServices] Counters counters)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return error;
        }

        var problems = new List<SchemaProblem>();
        var language = RequiredString(body!, "language", problems);
        var text = RequiredString(body!, "text", problems);
        var model = RequiredString(body!, "model", problems);
        var clothes = RequiredString(body!, "clothes", problems);
        if (problems.Count > 0)
        {
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body must hold language, text, model and clothes.", SchemaProblem.ToJson(problems));
        }

        var clip = catalog.AvatarClip(model!, clothes!);
        if (clip is null)
        {
            var msg = catalog.HasModel(model!)
                ? $"Avatar \"{SafeText.Of(model, 100)}\" has no clothes \"{SafeText.Of(clothes, 100)}\"; see GET /model."
                : $"Avatar \"{SafeText.Of(model, 100)}\" does not exist; see GET /model.";
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidModel, msg);
        }

        var (export, exportError) = exportReader.Read(body!, exportByDefault: false, ErrorCodes.InvalidRequest);
        if (exportError is not null)
        {
            return exportError;
        }

        var payload = StoredPayload.From(BuildProject(language!, text!, model!, clothes!, clip));
        var faults = FaultContext.Get(context);
        if (!store.TryAdd(Caller.AppId(context), payload, created => ProjectEndpoints.StartIfExported(created, export!, renderer, faults), out var project, out var refusal))
        {
            return ProjectEndpoints.StoreFull(refusal!);
        }

        counters.SimpleVideoCreated();
        return Envelope.Ok(new JsonObject { ["projectId"] = project!.Id });
    }

    /// <summary>A regular one-scene project, so GET, edit and export treat it like any other.</summary>
    private static JsonObject BuildProject(string language, string text, string model, string clothes, JsonObject clip)
    {
        if (clip["model"] is JsonObject avatar)
        {
            avatar["language"] = language;
        }

        return new JsonObject
        {
            ["name"] = "Simple video",
            ["orientation"] = "landscape",
            ["scenes"] = new JsonArray
            {
                new JsonObject
                {
                    ["sceneIdx"] = 0,
                    ["background"] = new JsonObject
                    {
                        ["id"] = "background",
                        ["type"] = "background",
                        ["source_type"] = "image",
                        ["source_url"] = "",
                        ["source_color"] = ChromaKeyColor,
                    },
                    ["watermark"] = false,
                    ["thumbnailUrl"] = null,
                    ["scripts"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["org"] = text,
                            ["isTTS"] = false,
                            ["tts"] = null,
                            ["modelId"] = model,
                            ["clothId"] = clothes,
                        },
                    },
                    ["clips"] = new JsonArray { clip },
                },
            },
        };
    }

    private static string? RequiredString(JsonObject body, string name, List<SchemaProblem> problems)
    {
        if (body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Trim().Length > 0)
        {
            return value.GetValue<string>();
        }

        problems.Add(new SchemaProblem("/" + name, $"{name} must be a non-empty string."));
        return null;
    }
}
