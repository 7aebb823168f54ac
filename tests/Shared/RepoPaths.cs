using System;
using System.IO;

namespace AiStudios.Testing
{
    /// <summary>Finds files of the repository from a test's output folder.</summary>
    public static class RepoPaths
    {
        private static readonly Lazy<string> LazyRoot = new Lazy<string>(() =>
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AiStudios.Generator.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("AiStudios.Generator.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => LazyRoot.Value;

        public static string Schema(string name) => Path.Combine(Root, "schema", name);

        /// <summary>A file of <c>tests/Fixtures</c>.</summary>
        public static string Fixture(string name) => Path.Combine(Root, "tests", "Fixtures", name);

        /// <summary>The canonical create-project body of the API reference.</summary>
        public static string SeedProject => Fixture("seed-project.json");

        public static string InRepo(string relative) => Path.Combine(Root, relative);
    }
}
