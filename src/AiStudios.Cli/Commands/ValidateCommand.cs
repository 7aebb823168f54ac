using System.Collections.Generic;
using System.CommandLine;
using System.Threading.Tasks;
using AiStudios.Cli.Checking;
using AiStudios.Cli.Reports;
using AiStudios.Cli.Terminal;

namespace AiStudios.Cli.Commands
{
    /// <summary><c>aistudios validate &lt;files or globs&gt; [--format text|json|sarif]</c>.</summary>
    internal static class ValidateCommand
    {
        public static Command Create(CliConsole console)
        {
            var files = new Argument<string[]>("files")
            {
                Description = "Project JSON files, or patterns such as 'videos/**/*.json' (quoted, so the tool expands them).",
                Arity = ArgumentArity.OneOrMore,
            };
            var format = new Option<string>("--format", "-f")
            {
                Description = "text: one line per problem, file(line,col): error AIS0001: message [$.json.path]; json; sarif: SARIF 2.1.0 for code scanning.",
                DefaultValueFactory = _ => "text",
            };
            format.AcceptOnlyFromAmong("text", "json", "sarif");

            var command = new Command("validate", "Check project JSON files against the schema and the service's rules, as the analyzers and Validate() do. Exit 0: no errors; 1: errors; 2: a file cannot be read.")
            {
                files,
                format,
            };
            command.SetAction(result => CommandRunner.RunAsync(console, () => RunAsync(console, result.GetValue(files)!, result.GetValue(format)!)));
            return command;
        }

        private static Task<int> RunAsync(CliConsole console, string[] arguments, string format)
        {
            var checkedFiles = new List<ProjectFile>();
            bool unreadable = false;
            foreach ((string path, string display) in FileGlobs.Expand(arguments))
            {
                try
                {
                    checkedFiles.Add(ProjectFile.Check(path, display));
                }
                catch (CliException e)
                {
                    // The other files are still checked; the run ends with the I/O exit code.
                    console.Fail(e.Message);
                    unreadable = true;
                }
            }

            var run = new ValidationRun(checkedFiles);
            switch (format)
            {
                case "json":
                    JsonReport.Write(run, console.Out);
                    break;
                case "sarif":
                    SarifReport.Write(run, console.Out);
                    break;
                default:
                    TextReport.Write(run, console.Out);
                    console.Note(run.Summary);
                    break;
            }

            return Task.FromResult(unreadable ? ExitCodes.Usage : run.ExitCode);
        }
    }
}
