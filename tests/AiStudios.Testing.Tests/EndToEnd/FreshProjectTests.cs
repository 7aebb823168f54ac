using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace AiStudios.Testing.Tests.EndToEnd
{
    /// <summary>
    /// The "Done when" of the package, for real: a fresh xunit project outside the repository that
    /// references src/AiStudios.Testing, run with `dotnet test` through a snapshot's whole life.
    /// Built once (and again after its source changes); every other step is `dotnet test --no-build`.
    /// </summary>
    public sealed class FreshProjectTests
    {
        private const string Verified = "VideoTests.Intro_video.verified.json";
        private const string Received = "VideoTests.Intro_video.received.json";
        private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
        private static readonly TimeSpan TestTimeout = TimeSpan.FromMinutes(3);

        private readonly ITestOutputHelper _output;

        public FreshProjectTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task A_fresh_xunit_project_fails_first_accepts_passes_catches_a_changed_left_and_never_accepts_on_CI()
        {
            var clock = Stopwatch.StartNew();
            using var folder = new Infrastructure.TempFolder();
            WriteProject(folder.Path, titleLeft: 100);
            string verified = folder.File(Verified), received = folder.File(Received);

            await Dotnet(folder, "build -p:BuildProjectReferences=false --disable-build-servers -nodeReuse:false", BuildTimeout, expectSuccess: true);

            string first = await Dotnet(folder, "test --no-build", TestTimeout, expectSuccess: false);
            Assert.Contains("No verified snapshot " + Verified + " yet.", first);
            Assert.True(File.Exists(received), "the first run writes the received file");
            Assert.False(File.Exists(verified));

            await Dotnet(folder, "test --no-build", TestTimeout, expectSuccess: true, ("AISTUDIOS_ACCEPT", "1"));
            Assert.True(File.Exists(verified), "accepting writes the verified file");
            Assert.False(File.Exists(received), "accepting removes the received file");
            Assert.Contains("\"left\": 100,", File.ReadAllText(verified));

            await Dotnet(folder, "test --no-build", TestTimeout, expectSuccess: true);

            WriteProject(folder.Path, titleLeft: 250);
            await Dotnet(folder, "build -p:BuildProjectReferences=false --disable-build-servers -nodeReuse:false", BuildTimeout, expectSuccess: true);
            string changed = await Dotnet(folder, "test --no-build", TestTimeout, expectSuccess: false);
            Assert.Contains("does not match: 1 value differs.", changed);
            Assert.Contains("$.scenes[0].clips[1].left", changed);
            Assert.Contains("verified: 100", changed);
            Assert.Contains("received: 250", changed);
            Assert.Contains("\"left\": 100,", File.ReadAllText(verified));
            Assert.Contains("\"left\": 250,", File.ReadAllText(received));

            File.Delete(verified);
            File.Delete(received);
            string onCi = await Dotnet(folder, "test --no-build", TestTimeout, expectSuccess: false, ("CI", "true"), ("AISTUDIOS_ACCEPT", "1"));
            Assert.Contains("No verified snapshot " + Verified + " yet.", onCi);
            Assert.Contains("This is a build server (CI=true): snapshots are never accepted here", onCi);
            Assert.False(File.Exists(verified), "nothing is accepted on a build server");

            _output.WriteLine($"end-to-end wall time: {clock.Elapsed.TotalSeconds:F1} s");
        }

        private async Task<string> Dotnet(Infrastructure.TempFolder folder, string arguments, TimeSpan timeout, bool expectSuccess, params (string Name, string Value)[] variables)
        {
            var step = Stopwatch.StartNew();
            (int exitCode, string output) = await DotnetCli.RunAsync(folder.Path, arguments, timeout, variables);
            _output.WriteLine($"dotnet {arguments} {string.Join(" ", variables.Select(v => v.Name + "=" + v.Value))}: exit {exitCode}, {step.Elapsed.TotalSeconds:F1} s");
            Assert.True(expectSuccess ? exitCode == 0 : exitCode != 0, $"dotnet {arguments} exited {exitCode}; expected {(expectSuccess ? "success" : "a test failure")}:\n{Tail(output)}");
            return output;
        }

        private static string Tail(string output) => output.Length <= 6000 ? output : "..." + output.Substring(output.Length - 6000);

        /// <summary>The consumer's project: its own test file, package versions as the repository pins them.</summary>
        private static void WriteProject(string folder, int titleLeft)
        {
            XDocument packages = XDocument.Load(RepoPaths.InRepo("Directory.Packages.props"));
            string Version(string id) => packages.Descendants("PackageVersion").Single(p => (string?)p.Attribute("Include") == id).Attribute("Version")!.Value;
            string testing = RepoPaths.InRepo(Path.Combine("src", "AiStudios.Testing", "AiStudios.Testing.csproj"));

            // Nothing of the repository's build settings reaches the temporary folder.
            File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(folder, "Consumer.Tests.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""Microsoft.NET.Test.Sdk"" Version=""{Version("Microsoft.NET.Test.Sdk")}"" />
    <PackageReference Include=""xunit"" Version=""{Version("xunit")}"" />
    <PackageReference Include=""xunit.runner.visualstudio"" Version=""{Version("xunit.runner.visualstudio")}"" />
    <ProjectReference Include=""{testing}"" />
  </ItemGroup>
</Project>
");
            File.WriteAllText(Path.Combine(folder, "VideoTests.cs"), $@"using AiStudios;
using AiStudios.Testing;
using Xunit;

public class VideoTests
{{
    [Fact]
    public void Intro_video()
    {{
        Project project = Video.Landscape()
            .Name(""Fresh project"")
            .Scene(s => s
                .Avatar(""M000045058"")
                .Text(""Hello"", t => t.Position({titleLeft}, 60).Size(600, 120))
                .Script(""Hi there.""))
            .Build();

        AiStudiosSnapshot.Verify(project);
    }}
}}
");
        }
    }
}
