using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiStudios.Tests.Cli.Infrastructure;

namespace AiStudios.Tests.Cli
{
    /// <summary><c>aistudios validate</c>, run as a process on the fixtures.</summary>
    public class ValidateTests
    {
        [Fact]
        public async Task The_published_sample_with_its_trailing_comma_is_one_located_problem()
        {
            CliResult result = await CliProcess.RunAsync("validate", Fixtures.PublishedSample);

            Assert.True(result.ExitCode == 1, result.ToString());
            string line = Assert.Single(result.OutputLines);
            int closingBracket = Fixtures.LineOf(Fixtures.PublishedSample, "\"thumbnailUrl\"") - 1;
            Assert.StartsWith($"{Fixtures.PublishedSample}({closingBracket},5): error AIS1000: Invalid JSON: ", line);
            Assert.Contains("trailing comma", line);
            Assert.EndsWith("[$.scenes[0].clips]", line);
            Assert.DoesNotContain("   at ", result.Output + result.Error);
        }

        [Fact]
        public async Task A_valid_project_exits_0()
        {
            CliResult result = await CliProcess.RunAsync("validate", Fixtures.Valid);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Empty(result.OutputLines);
            Assert.Contains("1 file checked: 0 errors, 0 warnings.", result.Error);
        }

        [Fact]
        public async Task A_clip_off_the_canvas_is_AIS0001_with_its_json_path_and_line()
        {
            CliResult result = await CliProcess.RunAsync("validate", Fixtures.OffCanvas);

            Assert.True(result.ExitCode == 1, result.ToString());
            string line = Assert.Single(result.OutputLines);
            int clipStart = Fixtures.LineOf(Fixtures.OffCanvas, "\"textImage-0-1\"") - 1;
            Assert.StartsWith($"{Fixtures.OffCanvas}({clipStart},7): error AIS0001: The clip is drawn wholly outside the 1920 x 1080 landscape canvas", line);
            Assert.EndsWith("[$.scenes[0].clips[1]]", line);
        }

        [Fact]
        public async Task Sarif_has_the_fields_code_scanning_requires()
        {
            CliResult result = await CliProcess.RunAsync("validate", Fixtures.OffCanvas, Fixtures.PublishedSample, "--format", "sarif");

            Assert.True(result.ExitCode == 1, result.ToString());
            using JsonDocument sarif = JsonDocument.Parse(result.Output);
            JsonElement root = sarif.RootElement;
            Assert.Equal("2.1.0", root.GetProperty("version").GetString());
            Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString());
            JsonElement run = Assert.Single(root.GetProperty("runs").EnumerateArray());
            JsonElement driver = run.GetProperty("tool").GetProperty("driver");
            Assert.Equal("aistudios", driver.GetProperty("name").GetString());
            Assert.Equal(new[] { "AIS0001", "AIS1000" }, driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray());
            Assert.All(driver.GetProperty("rules").EnumerateArray(), r => Assert.EndsWith("/docs/diagnostics/" + r.GetProperty("id").GetString() + ".md", r.GetProperty("helpUri").GetString()));

            JsonElement[] results = run.GetProperty("results").EnumerateArray().ToArray();
            Assert.Equal(2, results.Length);
            Assert.Equal(new[] { "AIS0001", "AIS1000" }, results.Select(r => r.GetProperty("ruleId").GetString()).ToArray());
            foreach (JsonElement item in results)
            {
                Assert.Equal("error", item.GetProperty("level").GetString());
                Assert.False(string.IsNullOrEmpty(item.GetProperty("message").GetProperty("text").GetString()));
                JsonElement location = Assert.Single(item.GetProperty("locations").EnumerateArray());
                JsonElement physical = location.GetProperty("physicalLocation");
                Assert.StartsWith("tests/Fixtures/", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
                Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
                Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() > 1);
                Assert.True(physical.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
            }

            Assert.Equal("$.scenes[0].clips[1]", results[0].GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        }

        [Fact]
        public async Task Json_format_counts_and_lists_the_problems()
        {
            CliResult result = await CliProcess.RunAsync("validate", Fixtures.OffCanvas, Fixtures.Valid, "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            using JsonDocument report = JsonDocument.Parse(result.Output);
            Assert.Equal(2, report.RootElement.GetProperty("files").GetInt32());
            Assert.Equal(1, report.RootElement.GetProperty("errors").GetInt32());
            JsonElement problem = Assert.Single(report.RootElement.GetProperty("problems").EnumerateArray());
            Assert.Equal("AIS0001", problem.GetProperty("ruleId").GetString());
            Assert.Equal("$.scenes[0].clips[1]", problem.GetProperty("jsonPath").GetString());
        }

        [Fact]
        public async Task A_quoted_glob_is_expanded_by_the_tool()
        {
            string folder = Sandbox.NewFolder("glob");
            Directory.CreateDirectory(Path.Combine(folder, "videos", "q3"));
            File.Copy(Fixtures.FullPath(Fixtures.Valid), Path.Combine(folder, "videos", "intro.json"));
            File.Copy(Fixtures.FullPath(Fixtures.OffCanvas), Path.Combine(folder, "videos", "q3", "update.json"));

            CliResult result = await CliProcess.RunInAsync(folder, null, "validate", "videos/**/*.json");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.StartsWith("videos/q3/update.json(", Assert.Single(result.OutputLines));
            Assert.Contains("2 files checked: 1 error, 0 warnings.", result.Error);
        }

        [Fact]
        public async Task A_missing_file_or_a_pattern_without_files_is_an_io_error()
        {
            CliResult missing = await CliProcess.RunAsync("validate", "tests/Fixtures/no-such-project.json", Fixtures.Valid);
            CliResult nothing = await CliProcess.RunAsync("validate", "tests/Fixtures/*.nothing");

            Assert.True(missing.ExitCode == 2, missing.ToString());
            Assert.Contains("error: tests/Fixtures/no-such-project.json: no such file.", missing.Error);
            Assert.True(nothing.ExitCode == 2, nothing.ToString());
            Assert.Contains("no file matches 'tests/Fixtures/*.nothing'", nothing.Error);
        }

        [Fact]
        public async Task A_wrong_command_line_is_a_usage_error()
        {
            CliResult unknownFormat = await CliProcess.RunAsync("validate", Fixtures.Valid, "--format", "xml");
            CliResult noFiles = await CliProcess.RunAsync("validate");

            Assert.True(unknownFormat.ExitCode == 2, unknownFormat.ToString());
            Assert.Contains("xml", unknownFormat.Error);
            Assert.Contains("See 'aistudios validate --help'.", unknownFormat.Error);
            Assert.True(noFiles.ExitCode == 2, noFiles.ToString());
        }
    }
}
