using System.Linq;
using System.Threading.Tasks;
using AiStudios.Analyzers.Reporting;
using AiStudios.Analyzers.Tests.Infrastructure;
using AiStudios.Analyzers.Tests.Rules;
using AiStudios.Validation;

namespace AiStudios.Analyzers.Tests.Parity
{
    /// <summary>
    /// The analyzers and Validate() run one implementation of the rules: for the same program,
    /// the compile-time diagnostics and the run-time problems of the project it builds are the
    /// same rule ids at the same JSON paths, with the same messages.
    /// </summary>
    public sealed class SameProblemsTests
    {
        public static TheoryData<string, string> Programs() => new TheoryData<string, string>
        {
            {
                "builder with geometry, range, colour, layer, id and speech problems",
                @"Video.Landscape().Name(""Broken"")
            .Scene(s => s
                .Avatar(""M000045058"", a => a.Position(100, 700).Scale(1.5).Opacity(0))
                .Text(""Title"", t => t.Id(""title"").Position(5000, 0).Size(800, 120).Fill(""red"").FontSize(0)
                    .Animation(an => an.Type(AnimationType.FadeIn).Duration(31).Delay(-1)).Shadow(sh => sh.Blur(11)))
                .Image(""/logo.png"", i => i.Id(""title"").Layer(1).Size(0, 100).Angle(-30))
                .Shape(ShapeName.Star, sh => sh.Position(1850, 10).Size(200, 100).Stroke(""#12"")))
            .Scene(s => s
                .Avatar(""M000045058"")
                .ScriptMarkup(""<p>Hello <b>there</b></p>"")
                .Video(""/v.mp4"", v => v.Position(-4.6, -3.4).Size(480, 270).Scale(4.008).Volume(101))
                .Audio(""/a.mp3"", """", a => a.Volume(0)))
            .Scene(s => s.Avatar(""M000045058"").Script(""  ""))
            .Build()"
            },
            {
                "object initializer with avatar, script and enum problems",
                @"new Project
        {
            Orientation = Orientation.Portrait,
            Scenes =
            {
                new Scene
                {
                    SceneIndex = 0,
                    Background = new Background { SourceUrl = ""/bg.png"", SourceColor = ""rgb(300,0,0)"" },
                    Clips =
                    {
                        new AvatarClip { Id = ""a"", Layer = 1, Left = 438.15, Top = 1100, Width = 679, Height = 2229, Model = new AvatarModel { AvatarId = ""M000045058"", ClothesId = ""BG00002320"" } },
                        new AvatarClip { Id = ""b"", Layer = 2, Left = 0, Top = 0, Width = 679, Height = 2229, Model = new AvatarModel { AvatarId = ""M000045059"", ClothesId = ""BG00002320"" } },
                        new ShapeClip { Id = ""c"", Layer = 2, Left = 1100, Top = 0, Width = 100, Height = 100, Fill = ""#000000"", Stroke = ""#12"", Shape = (ShapeName)99 },
                        new ImageClip { Id = ""d"", Layer = 3, Left = 0, Top = 1800, Width = 1080, Height = 600, SourceUrl = ""/x.png"", Opacity = 101 },
                    },
                    Scripts = new List<Script>
                    {
                        new Script { Text = ""<p>Hi</p>"", ModelId = ""M000045058"", ClothId = ""BG00000000"" },
                        new Script { Text = ""<p>Again<br></p>"" },
                    },
                },
            },
        }"
            },
            {
                "published examples: nothing to report",
                @"Video.Landscape().Scene(s => s.Background(""/images/background/bg_blue_gradient.png"", ""rgb(54,188,37)"").Avatar(""M000045058"").Script(""Hello, this is test video using Api."")
                .Video(""https://cdn.example.com/intro.mp4"", v => v.Position(-4.6, -3.4).Size(480, 270).Scale(4.008))).Build()"
            },
            { "the seed as an initializer: nothing to report", PublishedExampleTests.SeedProject },
        };

        [Theory]
        [MemberData(nameof(Programs))]
        public async Task Analyzers_and_Validate_report_the_same_problems(string name, string expression)
        {
            (string[] atCompileTime, string[] atRunTime) = await BothWaysAsync(expression);
            Assert.Equal(atRunTime, atCompileTime);
            Assert.True(name.StartsWith("published", System.StringComparison.Ordinal) || name.StartsWith("the seed", System.StringComparison.Ordinal) ? atRunTime.Length == 0 : atRunTime.Length >= 10, name);
        }

        [Fact]
        public async Task Numbers_at_the_edge_of_a_range_read_the_same_both_ways_and_outside_it()
        {
            (string[] atCompileTime, string[] atRunTime) = await BothWaysAsync(
                @"Video.Landscape().Scene(s => s
                .Text(""Title"", t => t.Shadow(sh => sh.Blur(10.0004).OffsetX(0.0999)))
                .Shape(ShapeName.Circle, sh => sh.Position(1820.2, 10).Size(200, 100))).Build()");

            Assert.Equal(atRunTime, atCompileTime);
            Assert.Equal(
                new[]
                {
                    "AIS0002 scenes[0].clips[1]: 50.1% of the clip lies outside the 1920 x 1080 landscape canvas: its drawn box (200 x 100 px) spans x 1820.2 to 2020.2 and y 10 to 110. Move it or make it smaller.",
                    "AIS0004 scenes[0].clips[0].shadow.blur: 'blur' is 10.0004; it must be 0 to 10.",
                    "AIS0004 scenes[0].clips[0].shadow.offsetX: 'offsetX' is 0.0999; it must be 0.1 to 10.",
                },
                atRunTime);
        }

        private static async Task<(string[] AtCompileTime, string[] AtRunTime)> BothWaysAsync(string expression)
        {
            (var diagnostics, Project project) = await CompiledSample.RunAsync(Snippets.Project(expression));

            string[] atCompileTime = diagnostics
                .Select(d => $"{d.Id} {d.Properties[ProblemReporter.PathKey]}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .OrderBy(line => line, System.StringComparer.Ordinal)
                .ToArray();
            // Rules only the run time can judge (a property missing from the payload) have no diagnostic.
            string[] atRunTime = project.Validate()
                .Where(p => Analyzers.Diagnostics.DiagnosticDescriptors.PayloadRules.ContainsKey(p.RuleId))
                .Select(p => $"{p.RuleId} {p.Path}: {p.Message}")
                .OrderBy(line => line, System.StringComparer.Ordinal)
                .ToArray();
            return (atCompileTime, atRunTime);
        }
    }
}
