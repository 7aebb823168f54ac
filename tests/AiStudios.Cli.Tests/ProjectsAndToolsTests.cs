using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiStudios.Testing;
using AiStudios.Tests.Cli.Infrastructure;

namespace AiStudios.Tests.Cli
{
    /// <summary><c>projects list|get|delete</c> against a hosted emulator; <c>schema</c>, <c>emulator</c> and <c>--help</c>.</summary>
    public class ProjectsAndToolsTests : IClassFixture<HostedEmulator>
    {
        private readonly HostedEmulator _emulator;

        public ProjectsAndToolsTests(HostedEmulator emulator)
        {
            _emulator = emulator;
        }

        [Fact]
        public async Task Projects_are_listed_fetched_and_deleted()
        {
            CliResult created = await Run("render", Fixtures.Valid, "--base-url", _emulator.BaseUrl);
            string id = Regex.Match(created.Output, "Created project ([0-9a-f]{24})").Groups[1].Value;

            CliResult list = await Run("projects", "list", "--base-url", _emulator.BaseUrl);
            CliResult get = await Run("projects", "get", id, "--base-url", _emulator.BaseUrl);
            CliResult refused = await Run("projects", "delete", id, "--base-url", _emulator.BaseUrl);
            CliResult deleted = await Run("projects", "delete", id, "--yes", "--base-url", _emulator.BaseUrl);

            Assert.True(list.ExitCode == 0, list.ToString());
            Assert.Matches(@"^id +name +state +progress +updated$", list.OutputLines[0]);
            Assert.Contains(list.OutputLines, l => l.StartsWith(id + "  Test Project Using Api", StringComparison.Ordinal));
            Assert.True(get.ExitCode == 0, get.ToString());
            Assert.Contains("\"name\": \"Test Project Using Api\"", get.Output);
            Assert.Contains("\"_id\": \"" + id + "\"", get.Output);
            Assert.True(refused.ExitCode == 2, refused.ToString());
            Assert.Contains("pass --yes", refused.Error);
            Assert.True(deleted.ExitCode == 0, deleted.ToString());
            Assert.Equal("Deleted 1 of 1 project(s).", Assert.Single(deleted.OutputLines));
            Assert.Null(_emulator.Server.State.FindProject(id));
        }

        [Fact]
        public async Task Names_from_the_service_cannot_drive_the_terminal_or_forge_a_row()
        {
            // A project name is whatever its creator wrote: an escape sequence, a newline and a bidi override here.
            string file = Path.Combine(Path.GetTempPath(), "hostile-name-" + Guid.NewGuid().ToString("N") + ".json");
            var project = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Fixtures.FullPath(Fixtures.Valid)))!.AsObject();
            project["name"] = "Evil\u001b[2J\nforged row\u202Erev";
            File.WriteAllText(file, project.ToJsonString());
            try
            {
                CliResult created = await Run("render", file, "--base-url", _emulator.BaseUrl);
                Assert.True(created.ExitCode == 0, created.ToString());

                CliResult list = await Run("projects", "list", "--base-url", _emulator.BaseUrl);

                Assert.True(list.ExitCode == 0, list.ToString());
                Assert.DoesNotContain('\u001b', list.Output);
                Assert.DoesNotContain('\u202E', list.Output);
                Assert.Contains(list.OutputLines, l => l.Contains("Evil\uFFFD[2J\uFFFDforged row\uFFFDrev", StringComparison.Ordinal));
                Assert.DoesNotContain(list.OutputLines, l => l.StartsWith("forged", StringComparison.Ordinal));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public async Task Schema_prints_the_payload_schema()
        {
            CliResult result = await CliProcess.RunAsync("schema");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(File.ReadAllText(RepoPaths.Schema("project.schema.json")).TrimEnd(), result.Output.TrimEnd());
        }

        [Fact]
        public async Task Emulator_runs_until_interrupted()
        {
            CliProcess tool = CliProcess.Start(RepoPaths.Root, null, "emulator", "--port", "0");
            await tool.WaitForOutputAsync("AI Studios emulator listening on http://127.0.0.1:", TimeSpan.FromSeconds(60));

            tool.Signal("INT");
            CliResult result = await tool.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("emulator-key", result.Output + result.Error);
        }

        [Theory]
        [InlineData("--help")]
        [InlineData("validate", "--help")]
        [InlineData("preview", "--help")]
        [InlineData("render", "--help")]
        [InlineData("wait", "--help")]
        [InlineData("projects", "list", "--help")]
        [InlineData("projects", "get", "--help")]
        [InlineData("projects", "delete", "--help")]
        [InlineData("avatars", "--help")]
        [InlineData("avatars", "list", "--help")]
        [InlineData("avatars", "export", "--help")]
        [InlineData("schema", "--help")]
        [InlineData("emulator", "--help")]
        public async Task Every_command_has_help(params string[] arguments)
        {
            CliResult result = await CliProcess.RunAsync(arguments);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Usage:", result.Output);
            if (arguments.Length == 1)
            {
                Assert.Contains("Exit codes: 0 done", result.Output);
                Assert.Contains("130 interrupted", result.Output);
            }
        }

        private Task<CliResult> Run(params string[] arguments) => CliProcess.RunInAsync(RepoPaths.Root, _emulator.KeyVariables, arguments);
    }
}
