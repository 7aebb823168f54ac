using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Editing;
using AiStudios.Emulator.Http;
using AiStudios.Emulator.Rendering;
using AiStudios.Emulator.Storage;
using AiStudios.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace AiStudios.Emulator.Endpoints;

/// <summary>
/// <c>POST /editor/project/pptpdf</c>: a multipart upload (<c>file</c>, optional <c>name</c> and <c>workspaceId</c>)
/// becomes a draft project with one scene per page (<see cref="PresentationPages"/>), converted at once (upstream does
/// not say whether its conversion is finished when the call returns). Each scene shows its page as a text clip; render
/// it with <c>POST /editor/project/export</c>.
/// </summary>
internal static class PresentationEndpoints
{
    public static void Map(IEndpointRouteBuilder secured) =>
        secured.MapPost("/editor/project/pptpdf", ImportAsync).AcceptsUpload(UploadRoute.Presentation);

    private static async Task<IResult> ImportAsync(
        HttpContext context,
        [FromServices] ExportRequestReader exportReader,
        [FromServices] ProjectSchemaValidator validator,
        [FromServices] ProjectStore store,
        [FromServices] RenderSimulator renderer)
    {
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(
                new FormOptions
                {
                    MultipartBodyLengthLimit = UploadRoute.Presentation,
                    MemoryBufferThreshold = (int)UploadRoute.Presentation + 1, // never spooled to disk
                    ValueCountLimit = 16,
                    KeyLengthLimit = 256,
                    ValueLengthLimit = 64 * 1024,
                },
                context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new UploadRoute(UploadRoute.Presentation).TooLarge();
        }
        catch (InvalidDataException ex)
        {
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The multipart body cannot be read: " + SafeText.Of(ex.Message));
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body must hold a 'file' part (a .pdf, .pptx or .ppt file).");
        }

        byte[] bytes;
        using (var buffer = new MemoryStream((int)file.Length))
        {
            await file.CopyToAsync(buffer, context.RequestAborted);
            bytes = buffer.ToArray();
        }

        var fileName = Path.GetFileName(file.FileName ?? "");
        var (pages, problem) = PresentationPages.Count(fileName, bytes);
        if (problem is not null)
        {
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidFile, problem);
        }

        var workspace = form["workspaceId"].ToString();
        var (export, exportError) = exportReader.Read(
            new JsonObject { ["workspaceId"] = workspace.Length > 0 ? workspace : null },
            exportByDefault: false,
            ErrorCodes.InvalidRequest);
        if (exportError is not null)
        {
            return exportError;
        }

        var name = form["name"].ToString() is { Length: > 0 } given ? given : Path.GetFileNameWithoutExtension(fileName);
        var (created, refusal) = ProjectWrites.AddBuilt(context, Build(name, fileName, pages), export!, validator, store, renderer);
        return refusal ?? Envelope.Ok(new JsonObject { ["projectId"] = created!.Id });
    }

    private static JsonObject Build(string name, string fileName, int pages)
    {
        var scenes = new JsonArray();
        for (var page = 0; page < pages; page++)
        {
            scenes.Add(new JsonObject
            {
                ["sceneIdx"] = page,
                ["background"] = ProjectParts.Background("", "rgb(32,32,32)"),
                ["watermark"] = false,
                ["thumbnailUrl"] = null,
                ["scripts"] = new JsonArray(),
                ["clips"] = new JsonArray
                {
                    ProjectParts.Text($"page-{page}", 1, $"{fileName}, page {page + 1} of {pages}", 80, 80, 1760, 920, 48, "page"),
                },
            });
        }

        return new JsonObject { ["name"] = name, ["orientation"] = "landscape", ["scenes"] = scenes };
    }
}
