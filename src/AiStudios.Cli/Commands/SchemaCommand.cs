using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using AiStudios.Cli.Terminal;

namespace AiStudios.Cli.Commands
{
    /// <summary><c>aistudios schema [-o file]</c>: the payload's JSON Schema, for <c>"$schema"</c> IntelliSense in editors.</summary>
    internal static class SchemaCommand
    {
        public const string ResourceName = "AiStudios.Cli.project.schema.json";

        public static Command Create(CliConsole console)
        {
            var output = new Option<string?>("--output", "-o") { Description = "Write the schema to this file instead of standard output.", HelpName = "file" };
            var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the project payload. Save it and point a project's \"$schema\" at it for IntelliSense in VS Code and Visual Studio.") { output };
            command.SetAction(result => CommandRunner.RunAsync(console, () =>
            {
                string schema = Read();
                if (result.GetValue(output) is string file)
                {
                    ProjectsCommand.WriteFile(file, schema);
                    console.Line("Wrote the project schema to " + file);
                }
                else
                {
                    console.Out.Write(schema.EndsWith("\n", System.StringComparison.Ordinal) ? schema : schema + "\n");
                }

                return Task.FromResult(ExitCodes.Success);
            }));
            return command;
        }

        public static string Read()
        {
            using Stream stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new CliException(ExitCodes.Problems, "the schema is missing from this build of the tool.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
