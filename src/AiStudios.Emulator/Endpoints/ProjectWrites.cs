using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiStudios.Emulator.Auth;
using AiStudios.Emulator.Faults;
using AiStudios.Emulator.Http;
using AiStudios.Emulator.Rendering;
using AiStudios.Emulator.Storage;
using AiStudios.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Endpoints;

/// <summary>
/// Stores projects that did not come as a create body: built by the emulator (from a template, an upload) or edited
/// (scene/type and tag-keyed edits). Each is checked against the schema first, so a client that fetches it reads a
/// valid project, and nothing changes when it is refused.
/// </summary>
internal static class ProjectWrites
{
    /// <summary>Adds a built project; renders it when <paramref name="export"/> says so.</summary>
    public static (StoredProject? Project, IResult? Error) AddBuilt(
        HttpContext context,
        JsonObject built,
        ExportRequest export,
        ProjectSchemaValidator validator,
        ProjectStore store,
        RenderSimulator renderer)
    {
        var payload = StoredPayload.From(built);
        if (Refusal(payload, validator, "The project would not be valid; nothing was created.") is { } invalid)
        {
            return (null, invalid);
        }

        var faults = FaultContext.Get(context);
        return store.TryAdd(Caller.AppId(context), payload, created => ProjectEndpoints.StartIfExported(created, export, renderer, faults), out var project, out var refusal)
            ? (project, null)
            : (null, ProjectEndpoints.StoreFull(refusal!));
    }

    /// <summary>
    /// Replaces a stored project's payload with <paramref name="edited"/> (inside <see cref="ProjectStore.TryUpdate{T}"/>)
    /// once it passes the schema and fits the store, then starts a render when <paramref name="export"/> says so (an
    /// edit replaces a running render: the content changed).
    /// </summary>
    public static IResult CommitEdit(
        StoredProject project,
        JsonObject edited,
        DateTimeOffset now,
        ExportRequest export,
        FaultSet faults,
        ProjectSchemaValidator validator,
        ProjectStore store,
        RenderSimulator renderer)
    {
        var payload = StoredPayload.From(edited);
        if (Refusal(payload, validator, "The edited project would not be valid; nothing was changed.") is { } invalid)
        {
            return invalid;
        }

        if (!store.TryReplacePayload(project, payload, out var refusal))
        {
            return ProjectEndpoints.StoreFull(refusal!);
        }

        project.UpdatedAt = now;
        if (export.IsExport)
        {
            renderer.Start(project, export.Settings, faults, now);
        }

        return Envelope.Ok(new JsonObject { ["projectId"] = project.Id });
    }

    private static IResult? Refusal(StoredPayload payload, ProjectSchemaValidator validator, string msg)
    {
        using var document = JsonDocument.Parse(payload.Utf8);
        var invalid = validator.Validate(document.RootElement);
        return invalid.Count > 0 ? ProjectEndpoints.InvalidProject(msg, invalid) : null;
    }
}
