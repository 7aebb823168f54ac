using System.IO;
using System.Linq;
using AiStudios.Testing;
using AiStudios.Validation;

namespace AiStudios.Analyzers.Tests.Validation
{
    /// <summary>project.Validate(): the schema rules on parsed payloads, paths, severities and the report.</summary>
    public sealed class ValidateTests
    {
        private const string Clip = @"{""id"":""t"",""type"":""textImage"",""text"":""Hi"",""fill"":""#000000"",""fontSize"":40,""width"":400,""height"":100,""left"":10,""top"":10,""layer"":1";

        [Fact]
        public void The_seed_project_has_no_problem()
        {
            Project seed = Project.FromJson(File.ReadAllText(RepoPaths.SeedProject));
            Assert.Empty(seed.Validate());
        }

        [Fact]
        public void Raw_values_the_typed_properties_could_not_hold_are_reported_with_their_path()
        {
            Project project = Parse(Clip + @",""opacity"":75.5,""angle"":""abc"",""scaleX"":null,""x-extra"":{""kept"":true}}");
            Assert.Equal(
                new[] { ("AIS1002", "scenes[0].clips[0].opacity"), ("AIS1002", "scenes[0].clips[0].angle"), ("AIS1002", "scenes[0].clips[0].scaleX") },
                project.Validate().Select(p => (p.RuleId, p.Path)).OrderBy(p => Order(p.Path)).ToArray());
        }

        [Fact]
        public void An_unknown_enum_value_is_reported_and_unknown_properties_are_not()
        {
            Project project = Parse(Clip + @",""animation"":{""type"":""spin"",""duration"":2}}", orientation: "sideways");
            ValidationProblem[] problems = project.Validate().ToArray();
            Assert.Equal(new[] { "orientation", "scenes[0].clips[0].animation.type" }, problems.Select(p => p.Path).OrderBy(p => p));
            Assert.All(problems, p => Assert.Equal("AIS0015", p.RuleId));
        }

        [Fact]
        public void A_clip_type_the_SDK_does_not_know_is_a_note_and_its_common_properties_are_still_checked()
        {
            Project project = Parse(@"{""id"":""s"",""type"":""sticker"",""width"":100,""height"":100,""opacity"":0}");
            Assert.Equal(
                new[] { ("AIS1003", ValidationSeverity.Info, "scenes[0].clips[0].type"), ("AIS0004", ValidationSeverity.Error, "scenes[0].clips[0].opacity") },
                project.Validate().Select(p => (p.RuleId, p.Severity, p.Path)));
        }

        [Fact]
        public void Required_properties_missing_in_code_are_reported()
        {
            var project = new Project
            {
                Scenes =
                {
                    new Scene { SceneIndex = 0, Clips = { new ShapeClip { Id = "s", Width = 10, Height = 10, Shape = ShapeName.Star } } },
                    new Scene { SceneIndex = 1, Clips = { new TextClip { Id = null!, Text = null!, FontSize = 10, Fill = "#000000", Width = 10, Height = 10 } } },
                },
            };
            Assert.Equal(
                new[] { "scenes[0].clips[0].fill", "scenes[1].clips[0].id", "scenes[1].clips[0].text" },
                project.Validate().Where(p => p.RuleId == "AIS1001").Select(p => p.Path).OrderBy(p => p));
        }

        [Fact]
        public void The_report_counts_and_prints_problems_one_per_line()
        {
            Project project = Video.Landscape().Scene(s => s.Avatar("M000045058").Text("Hi", t => t.Opacity(150))).Build();
            ValidationReport report = project.Validate();
            Assert.True(report.HasErrors);
            Assert.Equal(new[] { "AIS0004" }, report.Errors.Select(p => p.RuleId));
            Assert.Equal(new[] { "AIS0009" }, report.Warnings.Select(p => p.RuleId));
            Assert.Equal(
                "1 error, 1 warning\n  error AIS0004 at scenes[0].clips[1].opacity: 'opacity' is 150; it must be 1 to 100.\n"
                + "  warning AIS0009 at scenes[0].scripts: The scene has an avatar but nothing for it to say, so it would stand silent. Give the scene a script (Script(\"...\") in the builder, scripts[0].org in JSON).",
                report.ToString().Replace("\r\n", "\n"));
        }

        [Fact]
        public void An_empty_report_says_so()
        {
            ValidationReport report = Video.Landscape().Scene(s => s.Avatar("M000045058").Script("Hello")).Build().Validate();
            Assert.False(report.HasErrors);
            Assert.Equal("No problems.", report.ToString());
        }

        private static int Order(string path) => path.EndsWith("opacity") ? 0 : path.EndsWith("angle") ? 1 : 2;

        private static Project Parse(string clip, string orientation = "landscape") =>
            Project.FromJson($@"{{""orientation"":""{orientation}"",""scenes"":[{{""sceneIdx"":0,""clips"":[{clip}]}}]}}");
    }
}
