using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiStudios.Packaging.Tests.Infrastructure;
using AiStudios.Testing;
using Xunit.Abstractions;

namespace AiStudios.Packaging.Tests
{
    [CollectionDefinition(Name)]
    public sealed class PackagesCollection : ICollectionFixture<PackageFeed>
    {
        public const string Name = "packed packages";
    }

    /// <summary>
    /// Real projects built from the packed .nupkg files with <c>dotnet build</c>, one folder of
    /// Consumers/ each. Adding a consumer: a folder with a project that references
    /// <c>Version="$(AiStudiosPackageVersion)"</c>, and a test here that builds it.
    /// </summary>
    [Collection(PackagesCollection.Name)]
    public sealed class PackagingTests
    {
        private readonly PackageFeed _feed;
        private readonly ITestOutputHelper _output;

        public PackagingTests(PackageFeed feed, ITestOutputHelper output)
        {
            _feed = feed;
            _output = output;
        }

        private async Task<ConsumerBuild> BuildAsync(string consumer, params string[] properties)
        {
            ConsumerBuild build = await ConsumerBuild.BuildAsync(_feed, consumer, properties);
            _output.WriteLine($"packed {_feed.Version} in {_feed.PackTime.TotalSeconds:F1} s; {consumer} built in {build.Result.Elapsed.TotalSeconds:F1} s");
            _output.WriteLine(build.Result.Output);
            return build;
        }

        /// <summary>1-based line and column of <paramref name="text"/> on the line that holds <paramref name="marker"/>.</summary>
        private static (int Line, int Column) Find(string file, string marker, string text)
        {
            string[] lines = File.ReadAllLines(file);
            int index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
            Assert.True(index >= 0, $"no '{marker}' in {file}");
            int column = lines[index].IndexOf(text, StringComparison.Ordinal);
            Assert.True(column >= 0, $"no '{text}' on line {index + 1} of {file}");
            return (index + 1, column + 1);
        }

        [Fact]
        public void The_readme_consumer_holds_the_readmes_first_example_word_for_word()
        {
            string readme = File.ReadAllText(RepoPaths.InRepo("README.md")).Replace("\r\n", "\n");
            int start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
            string example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
            string program = File.ReadAllText(Path.Combine(ConsumerBuild.SourceFolder("ReadmeExample"), "Program.cs")).Replace("\r\n", "\n");

            Assert.StartsWith(example, program, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_net10_console_app_with_the_readme_example_builds_clean_runs_and_prints_the_json()
        {
            ConsumerBuild build = await BuildAsync("ReadmeExample");
            Assert.True(build.Succeeded, build.ToString());
            Assert.Empty(build.Diagnostics);

            CommandResult run = await build.RunAsync();
            Assert.True(run.ExitCode == 0, run.ToString());
            using JsonDocument json = JsonDocument.Parse(run.Output);
            JsonElement scenes = json.RootElement.GetProperty("scenes");
            Assert.Equal(2, scenes.GetArrayLength());
            Assert.Equal("Quarterly update", json.RootElement.GetProperty("name").GetString());
            JsonElement avatar = scenes[0].GetProperty("clips").EnumerateArray().Single(c => c.GetProperty("type").GetString() == "aiModel");
            Assert.Equal("M000045058", avatar.GetProperty("model").GetProperty("ai_name").GetString());
        }

        [Fact]
        public async Task An_off_canvas_text_clip_fails_the_build_with_AIS0001_at_its_line()
        {
            ConsumerBuild build = await BuildAsync("OffCanvasText");

            Assert.False(build.Succeeded, build.ToString());
            BuildDiagnostic error = Assert.Single(build.Diagnostics, d => d.Severity == "error");
            Assert.Equal("AIS0001", error.Id);
            Assert.Equal(Path.Combine(build.Directory, "Program.cs"), error.File);
            (int line, int column) = Find(Path.Combine(build.Directory, "Program.cs"), "// AIS0001", "Text(");
            Assert.Equal((line, column), (error.Line, error.Column));
            Assert.Contains("wholly outside the 1920 x 1080 landscape canvas", error.Message);
        }

        [Fact]
        public async Task A_compiler_older_than_the_generator_needs_gets_AIS9100_and_no_analyzers()
        {
            // The package's own check, with its minimum raised above this compiler: what Roslyn < 4.8 sees.
            ConsumerBuild build = await BuildAsync("OffCanvasText", "AiStudiosMinimumRoslynVersion=99.0");

            Assert.True(build.Succeeded, build.ToString());
            BuildDiagnostic warning = Assert.Single(build.Diagnostics, d => d.Id == "AIS9100");
            Assert.Equal("warning", warning.Severity);
            Assert.Contains("need Roslyn 99.0 or later", warning.Message);
            Assert.DoesNotContain(build.Diagnostics, d => d.Id == "AIS0001");
        }

        [Fact]
        public async Task A_project_declaring_its_avatar_catalog_complete_fails_on_an_avatar_no_catalog_lists()
        {
            ConsumerBuild build = await BuildAsync("CompleteCatalog");

            Assert.False(build.Succeeded, build.ToString());
            BuildDiagnostic error = Assert.Single(build.Diagnostics, d => d.Severity == "error");
            Assert.Equal("AIS0011", error.Id);
            Assert.Equal(Find(Path.Combine(build.Directory, "Program.cs"), "// AIS0011", "\"M000320746\"").Line, error.Line);
            Assert.Contains("declares its avatar catalog complete", error.Message);
        }

        [Fact]
        public async Task A_netstandard20_library_on_CSharp_7_3_uses_its_own_catalogs_and_the_sdks_avatars()
        {
            ConsumerBuild build = await BuildAsync("NetStandardCatalog");

            Assert.True(build.Succeeded, build.ToString());
            Assert.Empty(build.Diagnostics);
            string generated = Directory.GetFiles(Path.Combine(build.Directory, "obj"), "Contoso.Videos.Avatars.g.cs", SearchOption.AllDirectories).Single();
            string text = File.ReadAllText(generated);
            Assert.Contains("from team.avatars.json, my.avatars.json.", text);   // one found by the convention, one listed by hand, neither twice
            Assert.DoesNotContain("#nullable", text);
            Assert.Contains("=> global::AiStudios.Avatars.M000045058.BG00002320;", text);
        }

        [Fact]
        public async Task An_app_with_only_the_dependency_injection_package_gets_the_sdk_and_its_analyzers()
        {
            ConsumerBuild build = await BuildAsync("DependencyInjectionOnly");

            Assert.True(build.Succeeded, build.ToString());
            BuildDiagnostic warning = Assert.Single(build.Diagnostics);
            Assert.Equal(("warning", "AIS0014"), (warning.Severity, warning.Id));
            Assert.Equal(Find(Path.Combine(build.Directory, "Program.cs"), "// AIS0014", "\"demo-app-id\"").Line, warning.Line);

            CommandResult run = await build.RunAsync();
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("client http://127.0.0.1:9/api/odin/v3/ shared=True scenes=1", run.Output.Trim());
        }

        [Fact]
        public async Task A_malformed_catalog_fails_the_build_with_AIS9008_at_its_file_and_line()
        {
            ConsumerBuild build = await BuildAsync("MalformedCatalog");

            Assert.False(build.Succeeded, build.ToString());
            BuildDiagnostic error = Assert.Single(build.Diagnostics, d => d.Severity == "error");
            Assert.Equal("AIS9008", error.Id);
            Assert.Equal(Path.Combine(build.Directory, "broken.avatars.json"), error.File);
            Assert.Equal(6, error.Line);
            Assert.Contains("broken.avatars.json", error.Message);
        }
    

        [Fact]
        public async Task A_test_project_with_only_the_testing_package_snapshots_a_video_first_run_accept_pass_and_ci()
        {
            ConsumerBuild build = await BuildAsync("SnapshotTests");
            Assert.True(build.Succeeded, build.ToString());
            string verified = Path.Combine(build.Directory, "VideoTests.Title_card.verified.json");
            string received = Path.Combine(build.Directory, "VideoTests.Title_card.received.json");

            // A developer's machine: no build-server variable (a null value removes it).
            var developer = new System.Collections.Generic.Dictionary<string, string?>
            {
                ["CI"] = null, ["CONTINUOUS_INTEGRATION"] = null, ["TF_BUILD"] = null, ["GITHUB_ACTIONS"] = null,
                ["GITLAB_CI"] = null, ["BUILDKITE"] = null, ["JENKINS_URL"] = null, ["TEAMCITY_VERSION"] = null,
                ["AISTUDIOS_ACCEPT"] = null,
            };

            CommandResult first = await build.TestAsync(developer);
            Assert.True(first.ExitCode != 0, first.ToString());
            Assert.Contains("AISTUDIOS_ACCEPT=1", first.Output);
            Assert.DoesNotContain("build server", first.Output);
            Assert.True(File.Exists(received) && !File.Exists(verified), first.ToString());
            Assert.Contains("\"ai_name\": \"M000045058\"", File.ReadAllText(received));

            CommandResult accept = await build.TestAsync(new System.Collections.Generic.Dictionary<string, string?>(developer) { ["AISTUDIOS_ACCEPT"] = "1" });
            Assert.True(accept.ExitCode == 0, accept.ToString());
            Assert.True(File.Exists(verified) && !File.Exists(received), accept.ToString());

            CommandResult again = await build.TestAsync(developer);
            Assert.True(again.ExitCode == 0, again.ToString());

            // A build server never accepts: without the verified file the test fails and writes none.
            File.Delete(verified);
            CommandResult ci = await build.TestAsync(new System.Collections.Generic.Dictionary<string, string?>(developer) { ["CI"] = "true", ["AISTUDIOS_ACCEPT"] = "1" });
            Assert.True(ci.ExitCode != 0, ci.ToString());
            Assert.Contains("build server", ci.Output);
            Assert.False(File.Exists(verified), ci.ToString());
        }

        [Fact]
        public async Task An_app_with_only_the_storyboard_package_writes_the_storyboard()
        {
            ConsumerBuild build = await BuildAsync("StoryboardPreview");
            Assert.True(build.Succeeded, build.ToString());
            Assert.Empty(build.Diagnostics);

            CommandResult run = await build.RunAsync();
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("scene-01.svg ", run.Output);
            Assert.Contains("scene-02.svg ", run.Output);
            Assert.Contains("index.html ", run.Output);
            Assert.Contains("off-canvas marked", run.Output);
        }

        [Fact]
        public async Task An_app_with_only_the_batch_package_plans_a_batch_into_a_sqlite_ledger()
        {
            ConsumerBuild build = await BuildAsync("BatchLedger");
            Assert.True(build.Succeeded, build.ToString());
            Assert.Empty(build.Diagnostics);

            CommandResult run = await build.RunAsync();
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("3 rows: 2 valid, 1 invalid; 1 error(s)", run.Output);
            Assert.Contains("people.csv: error BATCH001: row 3: The column 'headline'", run.Output);
            Assert.Contains("ledger: Pending 2, Skipped 1", run.Output);
        }

        [Fact]
        public async Task An_app_with_only_the_fleet_package_runs_a_silo_with_its_grains()
        {
            ConsumerBuild build = await BuildAsync("FleetSilo");
            Assert.True(build.Succeeded, build.ToString());
            Assert.Empty(build.Diagnostics);

            CommandResult run = await build.RunAsync();
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("opened: accepted, 2 rows; item 1: Pending (1)", run.Output);
        }

        [Fact]
        public async Task A_web_app_with_only_the_webhook_package_receives_a_signed_call_and_refuses_a_forged_one()
        {
            ConsumerBuild build = await BuildAsync("WebhookReceiver");
            Assert.True(build.Succeeded, build.ToString());
            Assert.Empty(build.Diagnostics);

            CommandResult run = await build.RunAsync();
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("signed: 200, handler got RenderCompletedWebhook credit 2 order 42", run.Output);
            Assert.Contains("repeated: 200 duplicate", run.Output);
            Assert.Contains("forged: 401", run.Output);
        }

        [Fact]
        public async Task The_tool_installs_from_the_feed_and_validates_files()
        {
            _feed.AssertPacked();
            string tools = Path.Combine(_feed.Root, "tools");
            CommandResult install = await DotNet.RunAsync(_feed.ConsumersRoot, TimeSpan.FromMinutes(3),
                "tool", "install", "--tool-path", tools, "--add-source", _feed.Feed, "--version", _feed.Version, "AiStudios.Cli");
            _output.WriteLine(install.ToString());
            Assert.True(install.ExitCode == 0, install.ToString());

            string folder = Path.Combine(_feed.Root, "tool-files");
            Directory.CreateDirectory(folder);
            File.Copy(RepoPaths.SeedProject, Path.Combine(folder, "valid.json"));
            string seed = File.ReadAllText(RepoPaths.SeedProject);
            File.WriteAllText(Path.Combine(folder, "off-canvas.json"), seed.Replace("\"left\" : 630.2493927359487", "\"left\" : 2630.25"));

            string aistudios = Path.Combine(tools, OperatingSystem.IsWindows() ? "aistudios.exe" : "aistudios");
            ProcessResult valid = await ProcessResult.RunAsync(aistudios, folder, "validate", "valid.json");
            ProcessResult offCanvas = await ProcessResult.RunAsync(aistudios, folder, "validate", "off-canvas.json");

            Assert.True(valid.ExitCode == 0, valid.ToString());
            Assert.Contains("1 file checked: 0 errors, 0 warnings.", valid.Error);
            Assert.True(offCanvas.ExitCode == 1, offCanvas.ToString());
            Assert.StartsWith("off-canvas.json(", offCanvas.Output);
            Assert.Contains("error AIS0001", offCanvas.Output);
            Assert.Contains("[$.scenes[0].clips[0]]", offCanvas.Output);
        }

        /// <summary>A program run directly (the installed tool's command), not through <c>dotnet</c>.</summary>
        private sealed record ProcessResult(int ExitCode, string Output, string Error)
        {
            public static async Task<ProcessResult> RunAsync(string executable, string workingDirectory, params string[] arguments)
            {
                var start = new System.Diagnostics.ProcessStartInfo(executable)
                {
                    WorkingDirectory = workingDirectory,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (string argument in arguments)
                {
                    start.ArgumentList.Add(argument);
                }

                using System.Diagnostics.Process process = System.Diagnostics.Process.Start(start)!;
                Task<string> output = process.StandardOutput.ReadToEndAsync();
                Task<string> error = process.StandardError.ReadToEndAsync();
                using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(1));
                await process.WaitForExitAsync(timeout.Token);
                return new ProcessResult(process.ExitCode, await output, await error);
            }

            public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
        }
    }
}
