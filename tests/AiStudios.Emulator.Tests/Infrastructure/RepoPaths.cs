using System;
using System.IO;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Tests.Infrastructure;

/// <summary>Finds files relative to the repository root (the folder holding AiStudios.Generator.sln).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiStudios.Generator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AiStudios.Generator.sln above {AppContext.BaseDirectory}.");
    });

    public static string RepoRoot => Root.Value;

    /// <summary>The canonical create-project body, <c>tests/Fixtures/seed-project.json</c>.</summary>
    public static string SeedProjectPath => Path.Combine(RepoRoot, "tests", "Fixtures", "seed-project.json");

    /// <summary>A fresh, mutable copy of the seed project.</summary>
    public static JsonObject SeedProject() => (JsonObject)JsonNode.Parse(File.ReadAllText(SeedProjectPath))!;
}
