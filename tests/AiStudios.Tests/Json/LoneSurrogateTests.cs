using System;
using System.Collections.Generic;
using System.Text.Json;
using AiStudios.Serialization;
using AiStudios.Validation;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// A lone surrogate is not Unicode text. Escaped in JSON (<c>"\ud83d"</c>, what JavaScript
    /// writes for a cut emoji) it is kept raw where the SDK keeps values raw and refused in a typed
    /// string; as a raw UTF-16 char in a .NET string it can be neither read nor written, so it is
    /// refused clearly, never turned into U+FFFD.
    /// </summary>
    public class LoneSurrogateTests
    {
        // Attribute arguments are stored as UTF-8, where a lone surrogate cannot survive: the
        // cases mark its place with '#' and the surrogate is put in by the test.
        [Theory]
        [InlineData("{\"scenes\":[],\"name\":\"a#b\"}", '\uD83D', "$.name")]
        [InlineData("{\"scenes\":[],\n  \"note\":\"cut #\"}", '\uDE00', "$.note")]
        [InlineData("{\"scenes\":[],\"x#\":1}", '\uD800', "$")]
        public void FromJson_string_refuses_a_lone_surrogate_with_its_position(string template, char surrogate, string path)
        {
            string json = template.Replace('#', surrogate);
            Assert.Equal(surrogate, json[json.IndexOf(surrogate)]);

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json));

            Assert.Contains("lone surrogate", error.Message);
            Assert.StartsWith(path, error.Path);
            int index = json.IndexOf(surrogate);
            int lineStart = json.LastIndexOf('\n', index) + 1;
            Assert.Equal(json.Substring(0, index).Split('\n').Length - 1, error.LineNumber);
            Assert.Equal(index - lineStart, error.BytePositionInLine);
        }

        [Fact]
        public void A_surrogate_pair_is_text_and_reads_fine()
        {
            Assert.Equal("😀", Project.FromJson("{\"scenes\":[],\"name\":\"😀\"}").Name);
        }

        [Fact]
        public void Build_refuses_a_lone_surrogate_naming_the_clip_and_property()
        {
            ProjectBuilder builder = Video.Landscape().Scene(s => s.Text("half an emoji \uD83D"));

            var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

            Assert.Contains("Scene 0, clip 0", error.Message);
            Assert.Contains("'text'", error.Message);
            Assert.Contains("lone surrogate", error.Message);
        }

        [Fact]
        public void Build_refuses_a_lone_surrogate_in_the_project_name()
        {
            var error = Assert.Throws<InvalidOperationException>(() => Video.Landscape().Name("\uDC00").Build());

            Assert.Contains("'name'", error.Message);
            Assert.Contains("lone surrogate", error.Message);
        }

        [Fact]
        public void ToJson_refuses_a_lone_surrogate_set_in_code_instead_of_writing_U_FFFD()
        {
            Project project = Project.FromJson("{\"scenes\":[]}");
            project.Name = "a\uD800";

            var error = Assert.Throws<InvalidOperationException>(() => project.ToJson());

            Assert.Contains("'name'", error.Message);
            Assert.Contains("lone surrogate", error.Message);
        }

        [Fact]
        public void ToJson_refuses_a_lone_surrogate_in_an_additional_property_name()
        {
            Project project = Project.FromJson("{\"scenes\":[]}");
            project.AdditionalProperties["x\uDFFF"] = JsonReadSupport.Null;

            var error = Assert.Throws<InvalidOperationException>(() => project.ToJson());

            Assert.Contains("lone surrogate", error.Message);
        }

        [Fact]
        public void Validate_reports_a_lone_surrogate_ToJson_would_refuse()
        {
            Project project = Project.FromJson("{\"scenes\":[]}");
            project.Name = "a\uD800";

            ValidationProblem problem = Assert.Single(project.Validate(), p => p.Path == "name");

            Assert.Equal("AIS1002", problem.RuleId);
            Assert.Contains("lone surrogate", problem.Message);
        }

        [Fact]
        public void An_escaped_lone_surrogate_inside_a_value_of_any_JSON_is_written_back_verbatim()
        {
            // A script's tts is "any JSON": kept as it came, lone surrogate and all.
            string json = "{\"scenes\":[{\"sceneIdx\":0,\"clips\":[],\"scripts\":[{\"org\":\"<p>Hi</p>\",\"isTTS\":true,\"tts\":{\"voice\":\"cut \\ud83d\"},\"modelId\":\"m\",\"clothId\":\"c\"}]}]}";

            Project project = Project.FromJson(json);

            Assert.Contains("\"tts\":{\"voice\":\"cut \\ud83d\"}", project.ToJson());
            Assert.DoesNotContain(project.Validate(), p => p.Message.Contains("disposed") || p.Path.Contains("tts"));
        }
    }
}
