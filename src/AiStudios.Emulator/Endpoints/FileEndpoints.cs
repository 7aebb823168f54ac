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
/// <c>GET /files/{projectId}.mp4</c> (the download URL), <c>/files/{projectId}.png</c> (the thumbnail) and
/// <c>/files/audio/{name}.wav</c> (a simple audio). No token is needed, like a CDN link; a video or thumbnail exists
/// only while its project is exported.
/// </summary>
internal static class FileEndpoints
{
    public static void Map(IEndpointRouteBuilder root)
    {
        root.MapGet("/files/{file}", Download);
        root.MapGet("/files/audio/{file}", DownloadAudio);
    }

    /// <summary>An audio file of <c>POST /simple/audio</c>, while the emulator still knows its name.</summary>
    private static IResult DownloadAudio(string file, [FromServices] AudioFiles files) =>
        files.Exists(file)
            ? Results.Bytes(FakeMedia.Audio(file), FakeMedia.AudioContentType, enableRangeProcessing: true)
            : Envelope.NotFound($"File \"{SafeText.Of(file, 100)}\"");

    private static IResult Download(string file, [FromServices] ProjectStore store)
    {
        var dot = file.LastIndexOf('.');
        var id = dot > 0 ? file[..dot] : file;
        var extension = dot > 0 ? file[(dot + 1)..].ToLowerInvariant() : "";
        if (extension is not ("mp4" or "png")
            || !store.TryRead(null, id, p => p.State == ProjectStates.Exported, out var exported)
            || !exported)
        {
            return Envelope.NotFound($"File \"{SafeText.Of(file, 100)}\"");
        }

        return extension == "mp4"
            ? Results.Bytes(FakeMedia.Video(id), FakeMedia.VideoContentType, enableRangeProcessing: true)
            : Results.Bytes(FakeMedia.Thumbnail(), FakeMedia.ThumbnailContentType);
    }
}
