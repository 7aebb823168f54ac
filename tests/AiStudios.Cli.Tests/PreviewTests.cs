using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using AiStudios.Tests.Cli.Infrastructure;

namespace AiStudios.Tests.Cli
{
    /// <summary><c>aistudios preview</c>: the storyboard files of a project file.</summary>
    public class PreviewTests
    {
        [Fact]
        public async Task A_two_scene_project_gives_two_svgs_and_a_page()
        {
            string folder = Path.Combine(Sandbox.NewFolder("preview"), "board");

            CliResult result = await CliProcess.RunAsync("preview", Fixtures.TwoScenes, "-o", folder);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(new[] { "index.html", "scene-01.svg", "scene-02.svg" }, Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(n => n).ToArray());
            Assert.Contains($"Wrote 2 scene(s) to {folder}: scene-01.svg, scene-02.svg, index.html", result.Output);
            Assert.Contains("Open " + Path.Combine(folder, "index.html"), result.Output);
            foreach (string svg in Directory.GetFiles(folder, "*.svg"))
            {
                Assert.Equal("svg", XDocument.Load(svg).Root!.Name.LocalName);
            }

            string page = File.ReadAllText(Path.Combine(folder, "index.html"));
            Assert.Contains("Hello, this is test video using Api.", page);
            Assert.Contains("Thank you for watching", File.ReadAllText(Path.Combine(folder, "scene-02.svg")));
        }

        [Fact]
        public async Task The_default_folder_is_beside_the_file_and_problems_are_noted()
        {
            string folder = Sandbox.NewFolder("preview-default");
            File.Copy(Fixtures.FullPath(Fixtures.OffCanvas), Path.Combine(folder, "update.json"));

            CliResult result = await CliProcess.RunInAsync(folder, null, "preview", "update.json");

            Assert.True(result.ExitCode == 0, result.ToString());
            string svg = File.ReadAllText(Path.Combine(folder, "update.storyboard", "scene-01.svg"));
            Assert.Contains(">AIS0001 textImage-0-1</text>", svg);
            Assert.Contains("1 problem(s) in the project", result.Error);
        }

        [Fact]
        public async Task A_file_that_is_not_a_project_is_its_problem_line()
        {
            string folder = Path.Combine(Sandbox.NewFolder("preview-broken"), "board");

            CliResult result = await CliProcess.RunAsync("preview", Fixtures.PublishedSample, "-o", folder);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("error AIS1000", Assert.Single(result.OutputLines));
            Assert.False(Directory.Exists(folder));
        }
    }
}
