using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Catalog;
using AiStudios.Emulator.Http;
using AiStudios.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace AiStudios.Emulator.Endpoints;

/// <summary>
/// The lookups: <c>GET /model</c>, <c>GET /dropdown/models</c>, <c>/dropdown/workspaces</c>, <c>/dropdown/templates_business</c>,
/// <c>/dropdown/templates_automation</c>.
/// </summary>
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

        // The reference does not say which method it takes; every sample POSTs, with the fields as query parameters.
        secured.MapMethods("/dropdown/templates_automation", ["GET", "POST"], (Delegate)ListAutomationTemplatesAsync).AcceptsJsonOrFormBody(JsonBodyRoute.Small);
    }

    /// <summary>
    /// <c>data.templates</c>: <c>{id, name, thumbnailUrl}</c> of the <see cref="AutomationTemplates"/> of the category and
    /// orientation asked for. The fields come from the query string, a JSON body or a form (a body's win). A category or
    /// orientation outside the documented values, or a <c>fileBackground</c> other than <c>true</c>/<c>false</c>, is a 400;
    /// <c>fileBackground</c> does not change the list (which templates have one is not documented).
    /// </summary>
    private static async Task<IResult> ListAutomationTemplatesAsync(HttpContext context)
    {
        var (fields, error) = await RequestFields.ReadAsync(context);
        if (error is not null)
        {
            return error;
        }

        var problems = new List<SchemaProblem>();
        var category = BodyFields.Required(fields!, "category", problems);
        var orientation = RequestFields.Field(fields!, problems, "orientation") ?? "web";
        var fileBackground = RequestFields.Field(fields!, problems, "fileBackground");
        if (category is not null && !AutomationTemplates.Categories.Contains(category))
        {
            problems.Add(new SchemaProblem("/category", $"category must be one of {string.Join(", ", AutomationTemplates.Categories)}."));
        }

        if (!AutomationTemplates.Orientations.Contains(orientation))
        {
            problems.Add(new SchemaProblem("/orientation", "orientation must be web or mobile."));
        }

        if (fileBackground is not (null or "true" or "false"))
        {
            problems.Add(new SchemaProblem("/fileBackground", "fileBackground must be \"true\" or \"false\"."));
        }

        if (problems.Count > 0)
        {
            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The template filters are not valid.", SchemaProblem.ToJson(problems));
        }

        var templates = new JsonArray();
        foreach (var template in AutomationTemplates.For(category!, orientation))
        {
            templates.Add(new JsonObject { ["id"] = template.Id, ["name"] = template.Name, ["thumbnailUrl"] = template.ThumbnailUrl });
        }

        return Envelope.Ok(new JsonObject { ["templates"] = templates });
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
