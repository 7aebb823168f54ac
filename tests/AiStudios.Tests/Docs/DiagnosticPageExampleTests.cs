using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AiStudios.Validation;

namespace AiStudios.Tests.Docs
{
    /// <summary>The examples of the diagnostic pages that claim "no diagnostic", run through <c>Validate()</c>.</summary>
    public sealed class DiagnosticPageExampleTests
    {
        [Fact]
        public void The_AIS0008_page_dialogue_written_by_hand_validates_with_no_problem_about_its_scripts()
        {
            Project project = TwoAvatars();

            // docs/diagnostics/AIS0008.md, "Example", as written there.
            project.Scenes[0].Scripts = new List<Script>
            {
                new Script { Text = "<p>Hi, how are you?</p>", IsTts = false, Tts = Script.OwnVoice, ModelId = "M000045058", ClothId = "BG00002320" },
                new Script { Text = "<p>Fine, thanks.</p>", IsTts = false, Tts = Script.OwnVoice, ModelId = "M000320746", ClothId = "BG00007030" },
            };

            ValidationReport report = project.Validate();
            Assert.DoesNotContain(report, p => p.Path.StartsWith("scenes[0].scripts", System.StringComparison.Ordinal));
            Assert.False(report.HasErrors, report.ToString());
            using JsonDocument json = JsonDocument.Parse(project.ToJson());
            Assert.All(json.RootElement.GetProperty("scenes")[0].GetProperty("scripts").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("tts").ValueKind));
        }

        [Fact]
        public void Without_Script_OwnVoice_tts_is_left_out_and_Validate_says_so()
        {
            Project project = TwoAvatars();
            project.Scenes[0].Scripts = new List<Script>
            {
                new Script { Text = "<p>Hi</p>", IsTts = false, ModelId = "M000045058", ClothId = "BG00002320" },
            };

            ValidationProblem problem = Assert.Single(project.Validate(), p => p.RuleId == "AIS1004");
            Assert.Equal("scenes[0].scripts[0].tts", problem.Path);
            Assert.DoesNotContain("\"tts\"", project.ToJson(), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Script_OwnVoice_is_JSON_null()
        {
            Assert.Equal(JsonValueKind.Null, Script.OwnVoice.ValueKind);
        }

        private static Project TwoAvatars() => Video.Landscape()
            .Scene(s => s
                .Avatar(Avatars.M000045058.BG00002320)
                .Avatar("M000320746", "BG00007030", a => a.Position(900, 0))
                .Script("replaced"))
            .Build();
    }
}
