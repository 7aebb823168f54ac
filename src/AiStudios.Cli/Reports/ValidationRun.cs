using System.Collections.Generic;
using System.Linq;
using AiStudios.Cli.Checking;
using AiStudios.Validation;

namespace AiStudios.Cli.Reports
{
    /// <summary>What <c>aistudios validate</c> found: every file checked and its problems, in file order.</summary>
    internal sealed class ValidationRun
    {
        public ValidationRun(IReadOnlyList<ProjectFile> files)
        {
            Files = files;
        }

        public IReadOnlyList<ProjectFile> Files { get; }

        public IEnumerable<FileProblem> Problems => Files.SelectMany(f => f.Problems);

        public int Errors => Problems.Count(p => p.Severity == ValidationSeverity.Error);

        public int Warnings => Problems.Count(p => p.Severity == ValidationSeverity.Warning);

        public int ExitCode => Errors > 0 ? ExitCodes.Problems : ExitCodes.Success;

        public string Summary =>
            Count(Files.Count, "file") + " checked: " + Count(Errors, "error") + ", " + Count(Warnings, "warning") + ".";

        private static string Count(int n, string noun) => n + " " + noun + (n == 1 ? string.Empty : "s");
    }
}
