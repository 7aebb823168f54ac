using System.IO;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Tests.Infrastructure;

/// <summary>The seed project as the emulator tests post it; where files are comes from the shared <see cref="Testing.RepoPaths"/> (tests/Shared).</summary>
public static class RepoPaths
{
    /// <summary>A fresh, mutable copy of the seed project (<c>tests/Fixtures/seed-project.json</c>).</summary>
    public static JsonObject SeedProject() => (JsonObject)JsonNode.Parse(File.ReadAllText(Testing.RepoPaths.SeedProject))!;
}
