using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Http;
using AiStudios.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Endpoints;

/// <summary>
/// The body of the tag-keyed modify calls: the id (<c>projectId</c> or <c>templateId</c>), <c>name</c> (template
/// only), <c>updates</c> (an object) and the export fields, whose <c>isExport</c> defaults to false.
/// </summary>
internal sealed record TagModifyRequest(string Id, string? Name, JsonObject Updates, ExportRequest Export)
{
    public static async Task<(TagModifyRequest? Request, IResult? Error)> ReadAsync(HttpContext context, string idName, ExportRequestReader exportReader)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return (null, error);
        }

        var problems = new List<SchemaProblem>();
        var id = BodyFields.Required(body!, idName, problems);
        var name = BodyFields.Optional(body!, "name", problems);
        if (body!["updates"] is not JsonObject updates)
        {
            problems.Add(new SchemaProblem("/updates", "updates must be an object of strings, e.g. {\"title\": \"...\", \"scripts_1\": \"...\"}."));
            updates = [];
        }

        if (problems.Count > 0)
        {
            return (null, Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, $"The body must hold {idName} and updates.", SchemaProblem.ToJson(problems)));
        }

        var (export, exportError) = exportReader.Read(body, exportByDefault: false, ErrorCodes.InvalidRequest);
        return exportError is not null ? (null, exportError) : (new TagModifyRequest(id!, name, updates, export!), null);
    }
}
