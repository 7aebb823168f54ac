using System;
using System.IO;
using System.Linq;
using AiStudios.Testing;

namespace AiStudios.Tests.Cli.Infrastructure
{
    /// <summary>The project files the tool is run on, under tests/Fixtures, as paths relative to the repository.</summary>
    public static class Fixtures
    {
        /// <summary>The API reference's create-project body as published: a comma after the last clip.</summary>
        public const string PublishedSample = "tests/Fixtures/seed-project-trailing-comma.json";

        public const string Valid = "tests/Fixtures/seed-project.json";

        /// <summary>The seed project plus a text clip at x 2100 to 3000 (AIS0001).</summary>
        public const string OffCanvas = "tests/Fixtures/off-canvas-project.json";

        public const string TwoScenes = "tests/Fixtures/two-scene-project.json";

        public static string FullPath(string relative) => RepoPaths.InRepo(relative);

        /// <summary>The 1-based line of the first line of the file that contains <paramref name="text"/>.</summary>
        public static int LineOf(string relative, string text)
        {
            string[] lines = File.ReadAllLines(FullPath(relative));
            int index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
            return index >= 0 ? index + 1 : throw new InvalidOperationException($"'{text}' is not in {relative}");
        }
    }
}
