using System.Text.Json.Nodes;
using AiStudios.Emulator.Catalog;
using AiStudios.Emulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace AiStudios.Emulator.Endpoints;

/// <summary><c>GET /model</c> and <c>GET /dropdown/workspaces</c>.</summary>
internal static class CatalogEndpoints
{
    public static void Map(IEndpointRouteBuilder secured)
    {
        secured.MapGet("/model", ([FromServices] ModelCatalog catalog) =>
            Envelope.Ok(new JsonObject { ["models"] = catalog.PublicModels() }));

        secured.MapGet("/dropdown/workspaces", ListWorkspaces);
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
}
