using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using System.Threading.Tasks;
using AiStudios.Cli.Commands;
using AiStudios.Cli.Terminal;

namespace AiStudios.Cli
{
    /// <summary>The command tree of <c>aistudios</c> and how it runs.</summary>
    internal static class CliApp
    {
        public static RootCommand Build(CliConsole console)
        {
            var root = new RootCommand("aistudios: AI Studios (DeepBrain AI) video projects from the command line: validate, preview, render. " + ExitCodes.Help)
            {
                ValidateCommand.Create(console),
                PreviewCommand.Create(console),
                RenderCommand.Create(console),
                WaitCommand.Create(console),
                ProjectsCommand.Create(console),
                AvatarsCommand.Create(console),
                SchemaCommand.Create(console),
                EmulatorCommand.Create(console),
                BatchCommand.Create(console),
            };
            return root;
        }

        public static async Task<int> RunAsync(string[] args, CliConsole console)
        {
            RootCommand root = Build(console);
            ParseResult result = root.Parse(args);
            if (result.Errors.Count > 0 && result.Action is not HelpAction)
            {
                // Usage errors are exit 2 (System.CommandLine's own default is 1, which here means "the project has errors").
                foreach (var error in result.Errors)
                {
                    console.Fail(error.Message);
                }

                string command = string.Join(" ", new[] { "aistudios" }.Concat(CommandPath(result)));
                console.Note($"See '{command} --help'.");
                return ExitCodes.Usage;
            }

            // Signals are handled by the commands that wait (they print how to resume); the others end at once.
            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                ProcessTerminationTimeout = null,
            };
            return await result.InvokeAsync(configuration);
        }

        private static string[] CommandPath(ParseResult result)
        {
            var names = new System.Collections.Generic.List<string>();
            for (var command = result.CommandResult; command is not null && command.Command is not RootCommand; command = command.Parent as System.CommandLine.Parsing.CommandResult)
            {
                names.Insert(0, command.Command.Name);
            }

            return names.ToArray();
        }
    }
}
