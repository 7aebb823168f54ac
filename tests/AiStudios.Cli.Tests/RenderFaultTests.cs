using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiStudios.Emulator;
using AiStudios.Tests.Cli.Infrastructure;

namespace AiStudios.Tests.Cli
{
    /// <summary>
    /// The tool against an emulator this test hosts, as against the real service (--base-url, the key
    /// from the environment): stalls, failures, a refused key, and Ctrl+C while waiting.
    /// </summary>
    public class RenderFaultTests : IClassFixture<HostedEmulator>
    {
        private readonly HostedEmulator _emulator;

        public RenderFaultTests(HostedEmulator emulator)
        {
            _emulator = emulator;
        }

        [Fact]
        public async Task A_stalled_render_exits_4_with_the_command_to_resume()
        {
            _emulator.Server.Faults.Enqueue("/editor/project", "stall=30", count: 1, method: "POST");

            CliResult result = await CliProcess.RunInAsync(RepoRoot, _emulator.KeyVariables, "render", Fixtures.Valid, "--wait", "--stall-timeout", "1s", "--poll-interval", "200ms", "--base-url", _emulator.BaseUrl);

            Assert.True(result.ExitCode == 4, result.ToString());
            string id = Regex.Match(result.Output, "Created project ([0-9a-f]{24})").Groups[1].Value;
            Assert.Contains("progress    30 %", result.Output);
            Assert.Contains("made no progress for 1 s (--stall-timeout); it is still at 30 %", result.Error);
            AssertAdvisesCheckingNotRenderingAgain(result, id);
            Assert.DoesNotContain(_emulator.Server.Credential.UserKey, result.Output + result.Error);
        }

        [Fact]
        public async Task A_wait_that_times_out_exits_4_and_says_the_render_may_still_finish()
        {
            _emulator.Server.Faults.Enqueue("/editor/project", "stall=20", count: 1, method: "POST");
            CliResult created = await CliProcess.RunInAsync(RepoRoot, _emulator.KeyVariables, "render", Fixtures.Valid, "--base-url", _emulator.BaseUrl);
            string id = Regex.Match(created.Output, "Created project ([0-9a-f]{24})").Groups[1].Value;

            // The render stops at 20 % 0.8 s after it was created; 4 s gives even a slow first poll time to read that.
            CliResult result = await CliProcess.RunInAsync(RepoRoot, _emulator.KeyVariables, "wait", id, "--timeout", "4s", "--poll-interval", "200ms", "--base-url", _emulator.BaseUrl);

            Assert.True(result.ExitCode == 4, result.ToString());
            Assert.Contains($"the render of project {id} did not finish within 4 s (--timeout); it was at 20 %", result.Error);
            AssertAdvisesCheckingNotRenderingAgain(result, id);
            Assert.Equal(1, _emulator.Server.State.Projects.Count(p => p.Id == id));
        }

        [Fact]
        public async Task A_failed_render_exits_5()
        {
            _emulator.Server.Faults.Enqueue("/editor/project", "fail-render=20", count: 1, method: "POST");

            CliResult result = await CliProcess.RunInAsync(RepoRoot, _emulator.KeyVariables, "render", Fixtures.Valid, "--wait", "--poll-interval", "200ms", "--base-url", _emulator.BaseUrl);

            Assert.True(result.ExitCode == 5, result.ToString());
            Assert.Contains("error: ", result.Error);
        }

        [Fact]
        public async Task A_refused_key_exits_3_without_showing_it()
        {
            var variables = _emulator.KeyVariables;
            variables["AISTUDIOS_USERKEY"] = "not-the-key-4f1c2e";

            CliResult result = await CliProcess.RunInAsync(RepoRoot, variables, "render", Fixtures.Valid, "--wait", "--base-url", _emulator.BaseUrl);

            Assert.True(result.ExitCode == 3, result.ToString());
            Assert.DoesNotContain("not-the-key-4f1c2e", result.Output + result.Error);
            Assert.Equal(0, _emulator.Server.State.Projects.Count(p => p.AppId == "nobody"));
        }

        [Fact]
        public async Task A_schema_reference_for_editors_is_not_sent()
        {
            string folder = Sandbox.NewFolder("schema-ref");
            string file = System.IO.Path.Combine(folder, "video.json");
            string seed = System.IO.File.ReadAllText(Fixtures.FullPath(Fixtures.Valid));
            System.IO.File.WriteAllText(file, "{\n  \"$schema\": \"./project.schema.json\"," + seed.Substring(seed.IndexOf('{') + 1));

            CliResult validated = await CliProcess.RunInAsync(folder, null, "validate", "video.json");
            CliResult rendered = await CliProcess.RunInAsync(folder, _emulator.KeyVariables, "render", "video.json", "--base-url", _emulator.BaseUrl);

            Assert.True(validated.ExitCode == 0, validated.ToString());
            Assert.True(rendered.ExitCode == 0, rendered.ToString());
            string id = Regex.Match(rendered.Output, "Created project ([0-9a-f]{24})").Groups[1].Value;
            Assert.DoesNotContain("$schema", _emulator.Server.State.FindProject(id)!.Payload.ToJsonString());
        }

        [Fact]
        public async Task The_key_may_come_from_a_settings_file_and_a_broken_one_is_named()
        {
            string folder = Sandbox.NewFolder("config");
            string settings = System.IO.Path.Combine(folder, "aistudios.json");
            System.IO.File.WriteAllText(settings, $"{{\"AiStudios\": {{\"AppId\": \"{_emulator.Server.Credential.AppId}\", \"UserKey\": \"{_emulator.Server.Credential.UserKey}\", \"BaseAddress\": \"{_emulator.BaseUrl}\"}}}}");
            string broken = System.IO.Path.Combine(folder, "broken.json");
            System.IO.File.WriteAllText(broken, "{\"AiStudios\": {\"UserKey\": \"secret-in-a-broken-file\",, }}");

            CliResult listed = await CliProcess.RunInAsync(folder, null, "projects", "list", "--config", settings);
            CliResult refused = await CliProcess.RunInAsync(folder, null, "projects", "list", "--config", broken);

            Assert.True(listed.ExitCode == 0, listed.ToString());
            Assert.StartsWith("id", listed.OutputLines[0]);
            Assert.DoesNotContain(_emulator.Server.Credential.UserKey, listed.Output + listed.Error);
            Assert.True(refused.ExitCode == 2, refused.ToString());
            Assert.Contains("the settings in " + broken + " could not be read", refused.Error);
            Assert.DoesNotContain("secret-in-a-broken-file", refused.Output + refused.Error);
        }

        private static string RepoRoot => AiStudios.Testing.RepoPaths.Root;

        /// <summary>A stopped wait names the project and how to check it, and never advises a new (billable) render outright.</summary>
        private static void AssertAdvisesCheckingNotRenderingAgain(CliResult result, string id)
        {
            string error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("error: ", StringComparison.Ordinal));
            Assert.StartsWith($"error: the render of project {id} ", error);
            Assert.Contains("It may still be running, or it may have failed; waiting stopped and nothing was cancelled.", error);
            Assert.Contains("Check it with: aistudios wait " + id, error);
            Assert.Contains("start a new render only once this one has really failed", error);
            Assert.DoesNotContain("render the project again", error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("GetProgressAsync", error);
        }
    }
}
