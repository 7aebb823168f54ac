using System;

namespace AiStudios.Emulator.Faults;

/// <summary>Maps request paths to the form fault rules and counters use.</summary>
internal static class FaultPaths
{
    public const string ApiBase = "/api/odin/v3";

    /// <summary>Strips <c>/api/odin/v3</c> so rules and counters read like the API documentation.</summary>
    public static string Relative(string path)
    {
        if (path.StartsWith(ApiBase, StringComparison.OrdinalIgnoreCase))
        {
            var rest = path[ApiBase.Length..];
            return rest.Length == 0 ? "/" : rest;
        }

        return path;
    }
}
