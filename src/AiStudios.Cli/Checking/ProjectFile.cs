using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using AiStudios.Serialization;
using AiStudios.Validation;

namespace AiStudios.Cli.Checking
{
    /// <summary>
    /// A project file read and checked: the project when its JSON is one, and every problem located
    /// at file, line, column and JSON path. JSON that is not a project is one problem, AIS1000, at
    /// the place the reader stopped; never a stack trace.
    /// </summary>
    internal sealed class ProjectFile
    {
        /// <summary>The id of "this file is not a project the SDK can read" (docs/diagnostics/AIS1000.md).</summary>
        public const string UnreadableRuleId = "AIS1000";

        /// <summary>Project files larger than this are refused: the service takes 10 MiB bodies.</summary>
        public const long MaxBytes = 16 * 1024 * 1024;

        private ProjectFile(string displayPath, Project? project, IReadOnlyList<FileProblem> problems)
        {
            DisplayPath = displayPath;
            Project = project;
            Problems = problems;
        }

        public string DisplayPath { get; }

        /// <summary>The project; null when the file is not one.</summary>
        public Project? Project { get; }

        public IReadOnlyList<FileProblem> Problems { get; }

        public bool HasErrors
        {
            get
            {
                foreach (FileProblem problem in Problems)
                {
                    if (problem.Severity == ValidationSeverity.Error)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Reads and validates a file.</summary>
        /// <exception cref="CliException">The file cannot be read (missing, a folder, no permission, too large).</exception>
        public static ProjectFile Check(string path, string displayPath)
        {
            byte[] bytes = ReadBytes(path, displayPath);
            var source = new SourceText(bytes);
            Project project;
            try
            {
                project = Project.FromJson(source.Json.ToArray());
            }
            catch (AiStudiosJsonException e)
            {
                (int line, int column) = source.Position(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                string message = e.Problem + (e.Problem.EndsWith(".", StringComparison.Ordinal) ? string.Empty : ".");
                return new ProjectFile(displayPath, null, new[] { new FileProblem(displayPath, line, column, ValidationSeverity.Error, UnreadableRuleId, message, e.Path ?? "$") });
            }
            catch (JsonException e)
            {
                (int line, int column) = source.Position(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                return new ProjectFile(displayPath, null, new[] { new FileProblem(displayPath, line, column, ValidationSeverity.Error, UnreadableRuleId, "Invalid JSON.", e.Path ?? "$") });
            }

            JsonLocations locations = JsonLocations.Of(source.Json.Span);
            var problems = new List<FileProblem>();
            foreach (ValidationProblem problem in project.Validate())
            {
                (int line, int column) = source.Position(locations.OffsetOf(problem.Path));
                string jsonPath = problem.Path.Length == 0 ? "$" : "$." + problem.Path;
                problems.Add(new FileProblem(displayPath, line, column, problem.Severity, problem.RuleId, problem.Message, jsonPath));
            }

            return new ProjectFile(displayPath, project, problems);
        }

        private static byte[] ReadBytes(string path, string displayPath)
        {
            try
            {
                var info = new FileInfo(path);
                if (Directory.Exists(path))
                {
                    throw new CliException(ExitCodes.Usage, $"{displayPath}: is a folder, not a project file.");
                }

                if (!info.Exists)
                {
                    throw new CliException(ExitCodes.Usage, $"{displayPath}: no such file.");
                }

                if (info.Length > MaxBytes)
                {
                    throw new CliException(ExitCodes.Usage, $"{displayPath}: {info.Length} bytes; project files over {MaxBytes / (1024 * 1024)} MiB are not read.");
                }

                return File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw new CliException(ExitCodes.Usage, $"{displayPath}: cannot be read ({e.GetType().Name}: {e.Message})");
            }
        }
    }
}
