using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using AiStudios.Testing;
using AiStudios.Validation;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// Payload shapes the 1.6.x reference documents, in tests/Fixtures: each reads, validates without errors and
    /// writes back as the same JSON (every value, numbers by decimal value).
    /// </summary>
    public class ReferenceValuesTests
    {
        [Theory]
        [InlineData("reference-values-project.json")]
        [InlineData("dialogue-project.json")]
        [InlineData("seed-project.json")]
        public void A_documented_payload_reads_validates_without_errors_and_round_trips(string fixture)
        {
            string json = File.ReadAllText(RepoPaths.Fixture(fixture));

            Project project = Project.FromJson(json);

            Assert.False(project.Validate().HasErrors, project.Validate().ToString());
            JsonAssert.Equal(json, project.ToJson());
            JsonAssert.Equal(json, Project.FromJson(project.ToUtf8Bytes()).ToJson());
        }

        [Fact]
        public void The_reference_values_are_typed_as_the_reference_types_them_and_raise_no_warning()
        {
            Project project = Project.FromJson(File.ReadAllText(RepoPaths.Fixture("reference-values-project.json")));
            Scene scene = project.Scenes[0];
            var converted = (TextClip)scene.Clips[1];
            var keyword = (TextClip)scene.Clips[2];

            Assert.Empty(project.Validate());
            Assert.Equal(7.5, converted.FontSize);
            Assert.Equal(37.5, keyword.FontSize);
            Assert.Equal(new IntegerOrString(700), converted.FontWeight);
            Assert.Equal(700, converted.FontWeight!.Value.Number);
            Assert.Equal("bold", keyword.FontWeight!.Value.Text);
            Assert.Equal((string.Empty, string.Empty, string.Empty), (converted.Stroke, converted.BackgroundColor, converted.FontStyle));
            Assert.Equal(string.Empty, ((ShapeClip)scene.Clips[3]).Stroke);

            // Explicit nulls: not typed, kept as they came.
            Assert.Null(converted.FontFamily);
            Assert.Equal(JsonValueKind.Null, converted.AdditionalProperties["fontFamily"].ValueKind);
            Assert.Equal(JsonValueKind.Null, converted.AdditionalProperties["shadow"].ValueKind);
            Assert.Equal(JsonValueKind.Null, scene.Clips[3].AdditionalProperties["opacity"].ValueKind);
            Assert.Equal(JsonValueKind.Null, scene.Scripts![0].Tts!.Value.ValueKind);
            Assert.Equal("AIStudios", project.PronunciationDictionary!.Value.GetProperty("entries")[0].GetProperty("word").GetString());
        }

        [Fact]
        public void A_dialogue_is_one_script_per_line_each_naming_an_avatar_of_the_scene()
        {
            Project project = Project.FromJson(File.ReadAllText(RepoPaths.Fixture("dialogue-project.json")));

            ValidationProblem problem = Assert.Single(project.Validate());

            // The second speaker is an avatar of the account no catalog of this build lists: a warning, not an error.
            Assert.Equal(("AIS0011", ValidationSeverity.Warning, "scenes[0].clips[1].model.ai_name"), (problem.RuleId, problem.Severity, problem.Path));
            Assert.Equal(new[] { "M000045058", "M000320746", "M000045058" }, project.Scenes[0].Scripts!.Select(s => s.ModelId));
        }

        [Fact]
        public void A_number_or_string_value_keeps_its_kind_and_compares_as_its_value()
        {
            IntegerOrString number = 700;
            IntegerOrString text = "700";

            Assert.False(number.IsString);
            Assert.True(text.IsString);
            Assert.NotEqual(number, text);
            Assert.Equal(number.ToString(), text.ToString());
            Assert.True(number == new IntegerOrString(700));
            Assert.Equal(number.GetHashCode(), new IntegerOrString(700).GetHashCode());
            Assert.Equal((0, false), (default(IntegerOrString).Number!.Value, default(IntegerOrString).IsString));
            Assert.Throws<ArgumentNullException>(() => new IntegerOrString((string)null!));

            var clip = new TextClip { Id = "t", Text = "x", FontSize = 10.5, Fill = "#000000", Width = 1, Height = 1, FontWeight = 700 };
            Assert.Contains("\"fontWeight\":700", Written(clip), StringComparison.Ordinal);
            clip.FontWeight = "700";
            Assert.Contains("\"fontWeight\":\"700\"", Written(clip), StringComparison.Ordinal);
            Assert.Contains("\"fontSize\":10.5", Written(clip), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("5")]
        [InlineData("\"words\"")]
        [InlineData("[1]")]
        public void A_dictionary_that_is_not_an_object_is_kept_and_reported(string value)
        {
            string json = WithDictionary(value);

            Project project = Project.FromJson(json);

            ValidationProblem problem = Assert.Single(project.Validate());
            Assert.Equal(("AIS1002", "dictionary", ValidationSeverity.Error), (problem.RuleId, problem.Path, problem.Severity));
            JsonAssert.Equal(json, project.ToJson());
        }

        [Theory]
        [InlineData("null")]
        [InlineData("{}")]
        [InlineData("{\"entries\": [{\"word\": \"AI\", \"pronunciation\": \"A I\"}]}")]
        public void A_dictionary_object_or_null_is_no_problem(string value)
        {
            Project project = Project.FromJson(WithDictionary(value));

            Assert.Empty(project.Validate());
        }

        private static string WithDictionary(string value)
        {
            var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("reference-values-project.json")))!.AsObject();
            root["dictionary"] = System.Text.Json.Nodes.JsonNode.Parse(value);
            return root.ToJsonString();
        }

        private static string Written(Clip clip) => Serialization.JsonDocumentWriter.ToJson(clip.WriteTo, false);

        [Theory]
        [InlineData("700.5")]
        [InlineData("true")]
        [InlineData("[700]")]
        public void A_font_weight_that_is_neither_a_whole_number_nor_a_string_is_kept_raw_and_reported(string value)
        {
            string json = File.ReadAllText(RepoPaths.Fixture("reference-values-project.json")).Replace("\"fontWeight\": 700", "\"fontWeight\": " + value);

            Project project = Project.FromJson(json);

            var clip = (TextClip)project.Scenes[0].Clips[1];
            Assert.Null(clip.FontWeight);
            ValidationProblem problem = Assert.Single(project.Validate());
            Assert.Equal(("AIS1002", "scenes[0].clips[1].fontWeight"), (problem.RuleId, problem.Path));
            JsonAssert.Equal(json, project.ToJson());
        }
    }
}
