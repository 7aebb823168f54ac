using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiStudios.Emulator;
using AiStudios.Tests.Cli.Infrastructure;

namespace AiStudios.Tests.Cli
{
    /// <summary>Ctrl+C (SIGINT) while the tool waits for a render: a class of its own, so it runs beside the others.</summary>
    public class InterruptTests : IClassFixture<HostedEmulator>
    {
        private readonly HostedEmulator _emulator;

        public InterruptTests(HostedEmulator emulator)
        {
            _emulator = emulator;
        }

        [Fact]
        public async Task Interrupted_while_waiting_it_prints_the_resume_command_and_the_render_goes_on()
        {
            CliProcess tool = CliProcess.Start(RepoRoot, _emulator.KeyVariables, "render", Fixtures.Valid, "--wait", "--base-url", _emulator.BaseUrl);
            await tool.WaitForOutputAsync("progress", TimeSpan.FromSeconds(60));

            tool.Signal("INT");
            CliResult result = await tool.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.True(result.ExitCode == 130, result.ToString());
            string id = Regex.Match(result.Output, "Created project ([0-9a-f]{24})").Groups[1].Value;
            Assert.Contains($"project {id} is still rendering on the service (nothing was cancelled)", result.Error);
            Assert.Contains("Resume with: aistudios wait " + id, result.Error);
            EmulatorProjectSnapshot project = _emulator.Server.State.FindProject(id)!;
            Assert.NotEqual("failed", project.State);
            Assert.Equal(0, _emulator.Server.State.RequestCount("DELETE", "/editor/project"));

            // The printed command picks the render up again and follows it to the end.
            CliResult resumed = await CliProcess.RunInAsync(RepoRoot, _emulator.KeyVariables, "wait", id, "--poll-interval", "200ms", "--base-url", _emulator.BaseUrl);
            Assert.True(resumed.ExitCode == 0, resumed.ToString());
            Assert.Contains($"/files/{id}.mp4", resumed.Output);
        }

        private static string RepoRoot => AiStudios.Testing.RepoPaths.Root;
    }
}
