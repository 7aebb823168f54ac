using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiStudios.Emulator.Http;
using AiStudios.Emulator.Rendering;
using AiStudios.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Endpoints;

/// <summary>The export fields of a request body, read and checked.</summary>
internal sealed record ExportRequest(bool IsExport, ExportSettings Settings);

/// <summary>
/// Reads <c>isExport</c>, <c>workspaceId</c>, <c>resolution</c> and <c>webhookUrl</c>, shared by create, edit, export
/// and simple video. <c>webhookUrl</c> must be an absolute http(s) URL (the samples' <c>${webhook_delivery_address}</c>
/// placeholder is refused); <c>workspaceId</c> must be a listed workspace.
/// </summary>
internal sealed class ExportRequestReader(EmulatorOptions options)
{
    private static readonly string[] FieldNames = ["isExport", "resolution", "webhookUrl", "workspaceId"];

    /// <summary>Reads the export fields of a parsed body (a create's), copying only those four into a tree.</summary>
    public (ExportRequest? Request, IResult? Error) Read(JsonElement body, bool exportByDefault, string invalidCode)
    {
        var fields = new JsonObject();
        if (body.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in FieldNames)
            {
                if (body.TryGetProperty(name, out var value))
                {
                    fields[name] = JsonNode.Parse(value.GetRawText());
                }
            }
        }

        return Read(fields, exportByDefault, invalidCode);
    }

    public (ExportRequest? Request, IResult? Error) Read(JsonObject body, bool exportByDefault, string invalidCode)
    {
        var problems = new List<SchemaProblem>();

        var isExport = exportByDefault;
        if (body["isExport"] is { } isExportNode)
        {
            if (isExportNode.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                isExport = isExportNode.GetValue<bool>();
            }
            else
            {
                problems.Add(new SchemaProblem("/isExport", "isExport must be a boolean."));
            }
        }

        var resolution = ExportSettings.DefaultResolution;
        if (body["resolution"] is { } resolutionNode)
        {
            if (resolutionNode.GetValueKind() == JsonValueKind.String && ExportSettings.Resolutions.Contains(resolutionNode.GetValue<string>()))
            {
                resolution = resolutionNode.GetValue<string>();
            }
            else
            {
                problems.Add(new SchemaProblem("/resolution", $"resolution must be one of {string.Join(", ", ExportSettings.Resolutions.Select(r => '"' + r + '"'))}."));
            }
        }

        Uri? webhook = null;
        if (body["webhookUrl"] is { } webhookNode)
        {
            var text = webhookNode.GetValueKind() == JsonValueKind.String ? webhookNode.GetValue<string>() : null;
            if (text is null
                || (text.Length > 0
                    && (!Uri.TryCreate(text, UriKind.Absolute, out webhook) || (webhook.Scheme != Uri.UriSchemeHttp && webhook.Scheme != Uri.UriSchemeHttps))))
            {
                webhook = null;
                problems.Add(new SchemaProblem("/webhookUrl", "webhookUrl must be an absolute http or https URL."));
            }
        }

        string? workspaceId = null;
        if (body["workspaceId"] is { } workspaceNode)
        {
            if (workspaceNode.GetValueKind() == JsonValueKind.String)
            {
                workspaceId = workspaceNode.GetValue<string>();
            }
            else
            {
                problems.Add(new SchemaProblem("/workspaceId", "workspaceId must be a string."));
            }
        }

        if (problems.Count > 0)
        {
            return (null, Envelope.Error(StatusCodes.Status400BadRequest, invalidCode, "The export settings are not valid.", SchemaProblem.ToJson(problems)));
        }

        if (workspaceId is not null && !options.Workspaces.Any(w => w.WorkspaceId == workspaceId))
        {
            return (null, Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidWorkspace, $"Workspace \"{SafeText.Of(workspaceId, 100)}\" does not exist; see GET /dropdown/workspaces."));
        }

        return (new ExportRequest(isExport, new ExportSettings(resolution, workspaceId, webhook)), null);
    }
}
