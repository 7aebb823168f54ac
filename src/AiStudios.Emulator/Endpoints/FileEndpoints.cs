using System;
using AiStudios.Emulator.Http;
using AiStudios.Emulator.Rendering;
using AiStudios.Emulator.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace AiStudios.Emulator.Endpoints;

/// <summary>
/// <c>GET /files/{projectId}.mp4</c> (the download URL) and <c>/files/{projectId}.png</c> (the thumbnail). No token
/// is needed, like a CDN link; a file exists only while its project is exported.
/// </summary>
internal static class FileEndpoints
{
    public static void Map(IEndpointRouteBuilder root) => root.MapGet("/files/{file}", Download);

    private static IResult Download(string file, [FromServices] ProjectStore store)
    {
        var dot = file.LastIndexOf('.');
        var id = dot > 0 ? file[..dot] : file;
        var extension = dot > 0 ? file[(dot + 1)..].ToLowerInvariant() : "";
        if (extension is not ("mp4" or "png")
            || !store.TryRead(null, id, p => p.State == ProjectStates.Exported, out var exported)
            || !exported)
        {
            return Envelope.NotFound($"File \"{file}\"");
        }

        return extension == "mp4"
            ? Results.Bytes(FakeMedia.Video(id), FakeMedia.VideoContentType, enableRangeProcessing: true)
            : Results.Bytes(FakeMedia.Thumbnail(), FakeMedia.ThumbnailContentType);
    }
}
