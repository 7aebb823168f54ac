using System.IO;
using AiStudios.Cli.Checking;

namespace AiStudios.Cli.Reports
{
    /// <summary>
    /// One line per problem in the format compilers use, which editors and CI annotate:
    /// <c>project.json(12,9): error AIS0001: message [$.scenes[0].clips[2]]</c>.
    /// </summary>
    internal static class TextReport
    {
        /// <summary>A message longer than this is cut: the line must stay one line an annotation can show.</summary>
        private const int MaxMessageLength = 1000;

        public static void Write(ValidationRun run, TextWriter output)
        {
            foreach (FileProblem problem in run.Problems)
            {
                output.WriteLine(Line(problem));
            }
        }

        public static string Line(FileProblem problem) =>
            $"{problem.File}({problem.Line},{problem.Column}): {problem.SeverityText} {problem.RuleId}: {OneLine(problem.Message)} [{problem.JsonPath}]";

        private static string OneLine(string message)
        {
            string flat = message.Replace("\r", " ").Replace("\n", " ");
            return flat.Length <= MaxMessageLength ? flat : flat.Substring(0, MaxMessageLength - 1) + "\u2026";
        }
    }
}
