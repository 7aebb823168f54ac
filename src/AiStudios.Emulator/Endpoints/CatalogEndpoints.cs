using System.Text.Json.Nodes;
using AiStudios.Emulator.Catalog;
using AiStudios.Emulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace AiStudios.Emulator.Endpoints;

/// <summary>The lookups: <c>GET /model</c>, <c>GET /dropdown/models</c>, <c>/dropdown/workspaces</c>, <c>/dropdown/templates_business</c>.</summary>
internal static class CatalogEndpoints
{
    public static void Map(IEndpointRouteBuilder secured)
    {
        secured.MapGet("/model", ([FromServices] ModelCatalog catalog) =>
            Envelope.Ok(new JsonObject { ["models"] = catalog.PublicModels() }));

        secured.MapGet("/dropdown/models", ([FromServices] ModelCatalog catalog) =>
            Envelope.Ok(new JsonObject { ["models"] = catalog.DropdownModels() }));

        secured.MapGet("/dropdown/workspaces", ListWorkspaces);
        secured.MapGet("/dropdown/templates_business", ListTemplates);
    }

    /// <summary><c>data.workspaces</c>: a list of <c>{workspaceId, workspaceName}</c> (upstream shows one pair, shape undocumented).</summary>
    private static IResult ListWorkspaces([FromServices] EmulatorOptions options)
    {
        var workspaces = new JsonArray();
        foreach (var workspace in options.Workspaces)
        {
            workspaces.Add(new JsonObject { ["workspaceId"] = workspace.WorkspaceId, ["workspaceName"] = workspace.WorkspaceName });
        }

        return Envelope.Ok(new JsonObject { ["workspaces"] = workspaces });
    }

    /// <summary><c>data.templates</c>: a list of <c>{id, name}</c> (upstream names the fields, not the wrapping).</summary>
    private static IResult ListTemplates([FromServices] EmulatorOptions options)
    {
        var templates = new JsonArray();
        foreach (var template in options.Templates)
        {
            templates.Add(new JsonObject { ["id"] = template.Id, ["name"] = template.Name });
        }

        return Envelope.Ok(new JsonObject { ["templates"] = templates });
    }
}
