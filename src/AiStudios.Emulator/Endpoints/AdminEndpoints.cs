using System;
using System.Text.Json.Nodes;
using AiStudios.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace AiStudios.Emulator.Endpoints;

/// <summary>
/// <c>GET /emulator/admin/counts[?contains=text]</c>: what tests and load runs of a separately started emulator need
/// to assert (creates received, projects created per name, duplicates). At the root, not under <c>/api/odin/v3</c>,
/// so no SDK call can reach it; only for the loopback host names; no token; never faulted.
/// </summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/emulator/admin";

    private const int MaxDuplicatesListed = 100;

    public static bool IsAdminPath(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static void Map(IEndpointRouteBuilder root) =>
        root.MapGet(Prefix + "/counts", Counts).RequireHost("127.0.0.1:*", "localhost:*");

    private static IResult Counts(HttpContext context, [FromServices] Counters counters, [FromServices] CreateCounter creates)
    {
        string? contains = context.Request.Query["contains"];
        if (contains is { Length: > 1000 })
        {
            return Http.Envelope.Error(StatusCodes.Status400BadRequest, Http.ErrorCodes.InvalidRequest, "contains is longer than 1,000 characters.");
        }

        CreateCounts counts = creates.Read(contains, MaxDuplicatesListed);
        var duplicates = new JsonArray();
        foreach (DuplicateName duplicate in counts.Duplicates)
        {
            var ids = new JsonArray();
            foreach (string id in duplicate.ProjectIds)
            {
                ids.Add(id);
            }

            duplicates.Add(new JsonObject { ["name"] = duplicate.Name, ["count"] = duplicate.Count, ["projectIds"] = ids });
        }

        return Http.Envelope.Ok(new JsonObject
        {
            ["createRequests"] = counters.RequestCount("POST /editor/project"),
            ["projectsCreated"] = counters.ProjectsCreated,
            ["exportsStarted"] = counters.ExportsStarted,
            ["listRequests"] = counters.RequestCount("GET /editor/project"),
            ["byName"] = new JsonObject
            {
                ["contains"] = counts.Contains,
                ["projectsCreated"] = counts.ProjectsCreated,
                ["distinctNames"] = counts.DistinctNames,
                ["duplicateNames"] = counts.DuplicateNames,
                ["extraCreates"] = counts.ExtraCreates,
                ["untracked"] = counts.Untracked,
                ["duplicates"] = duplicates,
            },
        });
    }
}
