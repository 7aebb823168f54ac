using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Cli.Connection;
using AiStudios.Cli.Terminal;
using Spectre.Console;

namespace AiStudios.Cli.Commands
{
    /// <summary><c>aistudios projects list|get|delete</c>.</summary>
    internal static class ProjectsCommand
    {
        public static Command Create(CliConsole console)
        {
            var command = new Command("projects", "List, fetch and delete the projects the service renders for this key.");
            command.Subcommands.Add(List(console));
            command.Subcommands.Add(Get(console));
            command.Subcommands.Add(Delete(console));
            return command;
        }

        private static Command List(CliConsole console)
        {
            var format = new Option<string>("--format", "-f") { Description = "text (a table) or json.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var connection = new ConnectionOptions();
            var command = new Command("list", "List the projects (GET /editor/project): id, name, state, progress, last update.") { format };
            connection.AddTo(command);
            command.SetAction(result => CommandRunner.RunAsync(console, async () =>
            {
                await using ClientSession session = await ClientSession.OpenAsync(connection.Read(result), CancellationToken.None);
                IReadOnlyList<ProjectSummary> projects = await session.Client.ListProjectsAsync();
                if (result.GetValue(format) == "json")
                {
                    WriteJson(console, projects);
                }
                else
                {
                    WriteTable(console, projects);
                }

                return ExitCodes.Success;
            }));
            return command;
        }

        private static Command Get(CliConsole console)
        {
            var projectId = new Argument<string>("projectId") { Description = "The project to fetch." };
            var output = new Option<string?>("--output", "-o") { Description = "Write the JSON to this file instead of standard output.", HelpName = "file" };
            var connection = new ConnectionOptions();
            var command = new Command("get", "Print a project as the service holds it (every field it has), as JSON.") { projectId, output };
            connection.AddTo(command);
            command.SetAction(result => CommandRunner.RunAsync(console, async () =>
            {
                await using ClientSession session = await ClientSession.OpenAsync(connection.Read(result), CancellationToken.None);
                FetchedProject fetched = await session.Client.GetProjectAsync(result.GetValue(projectId)!);
                string json = fetched.Project.ToJson(indented: true);
                if (result.GetValue(output) is string file)
                {
                    WriteFile(file, json);
                    console.Line($"Wrote project {fetched.Id} to {file}");
                }
                else
                {
                    console.Line(json);
                }

                return ExitCodes.Success;
            }));
            return command;
        }

        private static Command Delete(CliConsole console)
        {
            var projectIds = new Argument<string[]>("projectIds") { Description = "The projects to delete.", Arity = ArgumentArity.OneOrMore };
            var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask; needed when the input is not a terminal." };
            var connection = new ConnectionOptions();
            var command = new Command("delete", "Delete projects (DELETE /editor/project). Unknown ids are skipped.") { projectIds, yes };
            connection.AddTo(command);
            command.SetAction(result => CommandRunner.RunAsync(console, async () =>
            {
                string[] ids = result.GetValue(projectIds)!;
                if (!result.GetValue(yes))
                {
                    if (Console.IsInputRedirected || console.Ansi is null)
                    {
                        throw new CliException(ExitCodes.Usage, $"deleting {ids.Length} project(s) cannot be undone: pass --yes.");
                    }

                    if (!console.Ansi.Confirm($"Delete {ids.Length} project(s)? This cannot be undone.", defaultValue: false))
                    {
                        console.Note("Nothing deleted.");
                        return ExitCodes.Success;
                    }
                }

                await using ClientSession session = await ClientSession.OpenAsync(connection.Read(result), CancellationToken.None);
                int deleted = await session.Client.DeleteProjectsAsync(ids);
                console.Line($"Deleted {deleted} of {ids.Length} project(s).");
                return ExitCodes.Success;
            }));
            return command;
        }

        private static void WriteTable(CliConsole console, IReadOnlyList<ProjectSummary> projects)
        {
            string[] header = { "id", "name", "state", "progress", "updated" };
            List<string[]> rows = projects.Select(p => new[]
            {
                DisplayText.Of(p.Id, 40),
                DisplayText.Of(p.Name, 40),
                DisplayText.Of(p.State, 20),
                p.Progress is double progress ? progress.ToString("0.#", CultureInfo.InvariantCulture) + " %" : string.Empty,
                p.UpdatedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
            }).ToList();
            TableOutput.Write(console, header, rows);
            console.Note(projects.Count == 1 ? "1 project." : projects.Count + " projects.");
        }

        private static void WriteJson(CliConsole console, IReadOnlyList<ProjectSummary> projects) => JsonOutput.Write(console, json =>
        {
            json.WriteStartArray();
            foreach (ProjectSummary project in projects)
            {
                json.WriteStartObject();
                json.WriteString("id", project.Id);
                json.WriteString("name", project.Name);
                json.WriteString("state", project.State);
                if (project.Progress is double progress)
                {
                    json.WriteNumber("progress", progress);
                }

                json.WriteString("downloadUrl", project.DownloadUrl?.ToString());
                json.WriteString("createdAt", project.CreatedAt?.ToString("O", CultureInfo.InvariantCulture));
                json.WriteString("updatedAt", project.UpdatedAt?.ToString("O", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

        internal static void WriteFile(string file, string text)
        {
            try
            {
                string full = Path.GetFullPath(file);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                string temporary = full + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
                File.WriteAllText(temporary, text.EndsWith("\n", StringComparison.Ordinal) ? text : text + "\n", new UTF8Encoding(false));
                File.Move(temporary, full, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw new CliException(ExitCodes.Usage, $"{file}: cannot be written ({e.Message})");
            }
        }
    }
}
