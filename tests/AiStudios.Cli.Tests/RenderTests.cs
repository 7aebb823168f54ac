using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiStudios.Tests.Cli.Infrastructure;

namespace AiStudios.Tests.Cli
{
    /// <summary><c>aistudios render --wait --emulator</c>: the tool's own in-process emulator, fast renders.</summary>
    public class RenderTests
    {
        [Fact]
        public async Task A_valid_file_renders_to_100_percent_and_prints_the_url()
        {
            string folder = Sandbox.NewFolder("render");

            CliResult result = await CliProcess.RunInAsync(folder, null, "render", Fixtures.FullPath(Fixtures.Valid), "--wait", "--emulator", "--output", "video.mp4");

            Assert.True(result.ExitCode == 0, result.ToString());
            string[] lines = result.OutputLines;
            Assert.Matches("^Created project [0-9a-f]{24}$", lines[0]);
            Assert.Contains(lines, l => Regex.IsMatch(l, @"^progress +100 %  done \(exported\)  \d\d:\d\d$"));
            Assert.Contains(lines, l => Regex.IsMatch(l, @"^progress +[1-9]\d? %  rendering"));
            Assert.Matches(@"^Done in \d+\.\d s: http://127\.0\.0\.1:\d+/files/[0-9a-f]{24}\.mp4$", lines[^2]);
            Assert.Equal("Saved 4096 bytes to video.mp4", lines[^1]);
            Assert.Equal(4096, new FileInfo(Path.Combine(folder, "video.mp4")).Length);
            Assert.Empty(Directory.GetFiles(folder, "*.part"));
        }

        [Fact]
        public async Task An_invalid_project_is_not_sent()
        {
            CliResult result = await CliProcess.RunAsync("render", Fixtures.OffCanvas, "--wait", "--emulator");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("error AIS0001", Assert.Single(result.OutputLines));
            Assert.Contains("Not sent: the project has errors (nothing was created or billed).", result.Error);
        }

        [Fact]
        public async Task Without_a_key_one_line_names_the_variables()
        {
            CliResult result = await CliProcess.RunAsync("render", Fixtures.Valid, "--wait");

            Assert.True(result.ExitCode == 3, result.ToString());
            Assert.Empty(result.OutputLines);
            string line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: no AI Studios key: set AISTUDIOS_APPID and AISTUDIOS_USERKEY", line);
        }

        [Fact]
        public async Task Without_wait_it_prints_the_command_to_follow_the_render()
        {
            CliResult result = await CliProcess.RunAsync("render", Fixtures.Valid, "--emulator");

            Assert.True(result.ExitCode == 0, result.ToString());
            string id = Regex.Match(result.Output, "Created project ([0-9a-f]{24})").Groups[1].Value;
            Assert.Contains("Follow it with: aistudios wait " + id, result.Error);
        }
    }
}
