using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiStudios.Testing;
using AiStudios.Validation;
using CsCheck;

namespace AiStudios.Analyzers.Tests.Validation
{
    /// <summary>project.Validate(): the schema rules on parsed payloads, paths, severities and the report.</summary>
    public sealed class ValidateTests
    {
        private const string Clip = @"{""id"":""t"",""type"":""textImage"",""text"":""Hi"",""fill"":""#000000"",""fontSize"":40,""width"":400,""height"":100,""left"":10,""top"":10,""layer"":1";

        [Fact]
        public void The_seed_project_has_no_problem()
        {
            // A published example: its speech is on the avatar clip (the older form the 1.6.x getting-started pages
            // still send), so its missing scenes[].scripts is not reported either.
            Project seed = Project.FromJson(File.ReadAllText(RepoPaths.SeedProject));
            Assert.Empty(seed.Validate());
        }

        [Fact]
        public void A_scene_without_scripts_nor_the_older_per_clip_speech_is_a_warning()
        {
            Project seed = Project.FromJson(File.ReadAllText(RepoPaths.SeedProject));
            ((AvatarClip)seed.Scenes[0].Clips[0]).ClipScript = null;

            Assert.Equal(
                new[] { ("AIS1004", ValidationSeverity.Warning, "scenes[0].scripts"), ("AIS0009", ValidationSeverity.Warning, "scenes[0].scripts") },
                seed.Validate().Select(p => (p.RuleId, p.Severity, p.Path)));
        }

        [Fact]
        public void Raw_values_the_typed_properties_could_not_hold_are_reported_with_their_path()
        {
            Project project = Parse(Clip + @",""opacity"":75.5,""angle"":""abc"",""x-extra"":{""kept"":true}}");
            Assert.Equal(
                new[] { ("AIS1002", "scenes[0].clips[0].opacity"), ("AIS1002", "scenes[0].clips[0].angle") },
                project.Validate().Select(p => (p.RuleId, p.Path)).OrderBy(p => Order(p.Path)).ToArray());
        }

        [Fact]
        public void An_explicit_null_in_an_optional_property_is_kept_written_back_and_not_reported()
        {
            // The service's own projects carry such nulls (thumbnailUrl, headOnly); null there means "none".
            Project project = Parse(Clip + @",""scaleX"":null,""opacity"":null,""fontFamily"":null,""shadow"":null}");
            Assert.Empty(project.Validate());
            Assert.Null(project.Scenes[0].Clips[0].ScaleX);
            JsonAssert.Equal(@"{""scaleX"":null,""opacity"":null,""fontFamily"":null,""shadow"":null}", Kept(project.ToJson(), "scaleX", "opacity", "fontFamily", "shadow"));
        }

        [Fact]
        public void A_null_where_the_reference_wants_a_value_is_a_warning()
        {
            string clip = Clip.Replace(@"""layer"":1", @"""layer"":null") + "}";
            Project project = Project.FromJson(@"{""scenes"":[{""sceneIdx"":0,""background"":null,""scripts"":[],""clips"":[" + clip + "]}]}");
            Assert.Equal(
                new[] { ("AIS1004", ValidationSeverity.Warning, "scenes[0].background"), ("AIS1004", ValidationSeverity.Warning, "scenes[0].clips[0].layer") },
                project.Validate().Select(p => (p.RuleId, p.Severity, p.Path)).OrderBy(p => p.Path, StringComparer.Ordinal));
        }

        [Fact]
        public void An_unknown_enum_value_is_reported_and_unknown_properties_are_not()
        {
            Project project = Parse(Clip + @",""animation"":{""type"":""spin"",""duration"":2,""delay"":0}}", orientation: "sideways");
            ValidationProblem[] problems = project.Validate().ToArray();
            Assert.Equal(new[] { "orientation", "scenes[0].clips[0].animation.type" }, problems.Select(p => p.Path).OrderBy(p => p));
            Assert.All(problems, p => Assert.Equal("AIS0015", p.RuleId));
        }

        [Fact]
        public void A_clip_type_the_SDK_does_not_know_is_a_note_and_its_common_properties_are_still_checked()
        {
            Project project = Parse(@"{""id"":""s"",""type"":""sticker"",""layer"":1,""left"":0,""top"":0,""width"":100,""height"":100,""opacity"":0}");
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

        [Fact]
        public void A_value_just_outside_its_range_is_not_shown_rounded_into_it()
        {
            Project project = Video.Landscape().Scene(s => s.Text("Title", t => t.Shadow(sh => sh.Blur(10.0004).OffsetX(0.0999).OffsetY(1e-7)))).Build();
            Assert.Equal(
                new[]
                {
                    "'blur' is 10.0004; it must be 0 to 10.",
                    "'offsetX' is 0.0999; it must be 0.1 to 10.",
                    "'offsetY' is 1E-07; it must be 0.1 to 10.",
                },
                project.Validate().Where(p => p.RuleId == "AIS0004").Select(p => p.Message));
        }

        [Fact]
        public void The_value_shown_is_outside_the_range_whenever_the_value_is()
        {
            // Values a hair outside 0..10 (blur) and 0.1..10 (offsetX): the number in the message reads back outside too.
            Gen.Select(Gen.Int[0, 3], Gen.Double[1e-15, 1e-2]).Sample(pick =>
            {
                (string name, double bound, double value) = pick.Item1 switch
                {
                    0 => ("blur", 10d, 10 + pick.Item2),
                    1 => ("blur", 0d, -pick.Item2),
                    2 => ("offsetX", 0.1, 0.1 - pick.Item2),
                    _ => ("offsetX", 10d, 10 + pick.Item2),
                };
                Project project = Video.Landscape().Scene(s => s.Text("Title", t => t.Shadow(sh => _ = name == "blur" ? sh.Blur(value) : sh.OffsetX(value)))).Build();
                ValidationProblem? problem = project.Validate().SingleOrDefault(p => p.RuleId == "AIS0004");
                if (value == bound)
                {
                    return; // Too small a step to leave the bound: in range, nothing to show.
                }

                Match match = Regex.Match(problem!.Message, $"^'{name}' is (\\S+); it must be ");
                Assert.True(match.Success, problem.Message);
                double shown = double.Parse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
                Assert.Equal(value, shown);
            }, iter: 500);
        }

        [Fact]
        public void Messages_do_not_depend_on_the_machines_culture()
        {
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            culture.NumberFormat.NegativeSign = "~";
            culture.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo before = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = culture;
            try
            {
                Project project = Video.Landscape().Scene(s => s.Text("Title", t => t.Shadow(sh => sh.Blur(-0.5)))).Build();
                project.Orientation = (Orientation)(-1);
                Assert.Equal(
                    new[]
                    {
                        "'orientation' is (Orientation)-1, which is not a defined value; use one of landscape, portrait.",
                        "'blur' is -0.5; it must be 0 to 10.",
                    },
                    project.Validate().Where(p => p.RuleId is "AIS0015" or "AIS0004").Select(p => p.Message));
            }
            finally
            {
                CultureInfo.CurrentCulture = before;
            }
        }

        [Fact]
        public void A_whole_number_too_large_for_32_bits_is_said_to_be_so()
        {
            Project project = Parse(Clip.Replace(@"""layer"":1", @"""layer"":2147483648") + "}");
            ValidationProblem problem = Assert.Single(project.Validate());
            Assert.Equal(("AIS1002", "scenes[0].clips[0].layer"), (problem.RuleId, problem.Path));
            Assert.Equal("'layer' is 2147483648, out of the 32-bit range; it must be a whole number from -2147483648 to 2147483647.", problem.Message);
            Assert.Equal("'opacity' is 75.5; it must be a whole number.", Assert.Single(Parse(Clip + @",""opacity"":75.5}").Validate()).Message);
        }

        [Fact]
        public void A_share_just_past_half_is_not_rounded_to_half()
        {
            // 200 px wide from left 1820.2: 100.2 px, 50.1 %, past the right edge at 1920.
            Project project = Video.Landscape().Scene(s => s.Shape(ShapeName.Circle, sh => sh.Position(1820.2, 10).Size(200, 100))).Build();
            ValidationProblem problem = Assert.Single(project.Validate());
            Assert.Equal("AIS0002", problem.RuleId);
            Assert.StartsWith("50.1% of the clip lies outside the 1920 x 1080 landscape canvas: its drawn box (200 x 100 px) spans x 1820.2 to 2020.2", problem.Message);
        }

        [Fact]
        public void Raw_values_ToJson_cannot_write_are_reported_at_their_path()
        {
            JsonElement stale;
            using (JsonDocument document = JsonDocument.Parse(@"{""kept"":true}"))
            {
                stale = document.RootElement;
            }

            Project project = Parse(Clip + "}");
            project.AdditionalProperties["x-root"] = default;
            project.Scenes[0].Clips[0].AdditionalProperties["x-undefined"] = default;
            project.Scenes[0].Clips[0].AdditionalProperties["x-disposed"] = stale;
            project.Scenes[0].Clips[0].AdditionalProperties["opacity"] = default;
            Assert.ThrowsAny<Exception>(() => project.ToJson());

            ValidationProblem[] problems = project.Validate().ToArray();
            Assert.Equal(
                new[] { "scenes[0].clips[0].opacity", "scenes[0].clips[0].x-disposed", "scenes[0].clips[0].x-undefined", "x-root" },
                problems.Select(p => p.Path).OrderBy(p => p, StringComparer.Ordinal));
            Assert.All(problems, p => Assert.Equal(("AIS1002", ValidationSeverity.Error), (p.RuleId, p.Severity)));
            Assert.Contains(problems, p => p.Message == "'x-undefined' holds default(JsonElement), a value of no JSON kind (Undefined), which cannot be written as JSON; remove it or set a JSON value.");
            Assert.Contains(problems, p => p.Message == "'x-disposed' holds a JsonElement whose JsonDocument was disposed, which cannot be written as JSON; remove it or set a JSON value.");
        }

        [Fact]
        public void Raw_values_that_can_be_written_under_unknown_names_are_not_reported()
        {
            Project project = Parse(Clip + @",""x-huge"":1e400,""x-null"":null,""x-list"":[1,""a"",{}]}");
            Assert.Empty(project.Validate());
            Assert.Contains("1e400", project.ToJson());
        }

        private static int Order(string path) => path.EndsWith("opacity") ? 0 : path.EndsWith("angle") ? 1 : 2;

        /// <summary>A project of one scene with the clip, and the background and scripts the reference requires.</summary>
        private static Project Parse(string clip, string orientation = "landscape") =>
            Project.FromJson($@"{{""orientation"":""{orientation}"",""scenes"":[{{""sceneIdx"":0,""background"":{{""source_color"":""rgb(0,0,0)""}},""scripts"":[],""clips"":[{clip}]}}]}}");

        /// <summary>The named properties of the first clip of written JSON, as an object.</summary>
        private static string Kept(string json, params string[] names)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement clip = document.RootElement.GetProperty("scenes")[0].GetProperty("clips")[0];
            var kept = new System.Text.Json.Nodes.JsonObject();
            foreach (string name in names)
            {
                kept[name] = System.Text.Json.Nodes.JsonNode.Parse(clip.GetProperty(name).GetRawText());
            }

            return kept.ToJsonString();
        }
    }
}
