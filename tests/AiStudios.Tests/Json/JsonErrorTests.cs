using System.IO;
using System.Text;
using AiStudios.Serialization;
using AiStudios.Testing;

namespace AiStudios.Tests.Json
{
    /// <summary>Bad input: one exception type that says what and where, never a half-filled object.</summary>
    public class JsonErrorTests
    {
        private static string Seed => File.ReadAllText(RepoPaths.SeedProject);

        [Fact]
        public void The_docs_sample_with_a_trailing_comma_names_line_column_and_path()
        {
            // The published create-project sample has a comma after the last clip.
            string lastClipEnd = "\"lockUniScaling\" : false\n      }";
            string broken = Seed.Replace(lastClipEnd, lastClipEnd + ",");

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(broken));

            Assert.Equal("$.scenes[0].clips", error.Path);
            int expectedLine = LineOf(broken, "    ],\n    \"thumbnailUrl\"");
            Assert.Equal(expectedLine - 1, error.LineNumber);
            Assert.Contains($"line {expectedLine}", error.Message);
            Assert.Contains("path $.scenes[0].clips", error.Message);
            Assert.Contains("trailing comma", error.Message);
            Assert.DoesNotContain("reader options", error.Message);
        }

        [Fact]
        public void A_value_of_the_wrong_type_names_its_path()
        {
            string broken = Seed.Replace("\"width\" : 679,", "\"width\" : \"wide\",");

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(broken));

            Assert.Equal("$.scenes[0].clips[0].width", error.Path);
            Assert.Contains("'width' must be a finite number, not a string", error.Message);
            Assert.Equal(LineOf(broken, "\"width\" : \"wide\"") - 1, error.LineNumber);
        }

        [Fact]
        public void A_missing_required_property_names_the_object_and_the_property()
        {
            string broken = Seed.Replace("\"sceneIdx\" : 0", "\"sceneIndex\" : 0");

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(broken));

            Assert.Equal("$.scenes[0]", error.Path);
            Assert.Contains("required property 'sceneIdx' is missing", error.Message);
        }

        [Fact]
        public void A_clip_without_a_type_is_refused()
        {
            string broken = Seed.Replace("\"type\" : \"aiModel\",", string.Empty);

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(broken));

            Assert.Equal("$.scenes[0].clips[0]", error.Path);
            Assert.Contains("'type'", error.Message);
        }

        [Fact]
        public void An_unknown_value_of_a_required_enum_is_refused_with_the_allowed_values()
        {
            string json = "{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{\"id\":\"s\",\"type\":\"shape\",\"width\":1,\"height\":1,\"shapeName\":\"Heart\"}]}]}";

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json));

            Assert.Equal("$.scenes[0].clips[0].shapeName", error.Path);
            Assert.Contains("Rectangle_corner0", error.Message);
        }

        [Theory]
        [InlineData("", "$")]
        [InlineData("   ", "$")]
        [InlineData("{\"scenes\": [", "$.scenes")]
        [InlineData("{\"name\": \"x\", \"scenes\": []} trailing", "$")]
        [InlineData("[1, 2]", "$")]
        [InlineData("{\"scenes\": {}}", "$.scenes")]
        [InlineData("{{\"scenes\": []}}", "$")]
        [InlineData("{\"name\": \"${API KEY}\", \"scenes\": [ {\"sceneIdx\": \"##YOUR_SCENE##\", \"clips\": []} ]}", "$.scenes[0].sceneIdx")]
        [InlineData("{\"scenes\": [], /* comment */ \"name\": \"x\"}", "$")]
        [InlineData("{\"scenes\": [{\"sceneIdx\": 0, \"clips\": [null]}]}", "$.scenes[0].clips[0]")]
        public void Malformed_input_throws_one_exception_type_with_a_path(string json, string path)
        {
            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json));

            Assert.Equal(path, error.Path);
            Assert.Contains("line ", error.Message);
            Assert.Contains("byte position ", error.Message);
        }

        [Fact]
        public void Invalid_utf8_is_reported_not_crashed_on()
        {
            byte[] bytes = Encoding.UTF8.GetBytes("{\"name\": \"ab\", \"scenes\": []}");
            bytes[11] = 0xFF;

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(bytes));

            Assert.Contains("line 1", error.Message);
        }

        [Fact]
        public void Deeply_nested_input_is_refused_without_overflowing_the_stack()
        {
            string json = "{\"x\":" + new string('[', 10_000) + new string(']', 10_000) + ",\"scenes\":[]}";

            Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json));
        }

        [Fact]
        public void Truncating_the_seed_anywhere_gives_the_exception_never_another_one()
        {
            string seed = Seed;
            for (int length = 0; length < seed.TrimEnd().Length; length += 7)
            {
                string truncated = seed.Substring(0, length);
                var error = Record.Exception(() => Project.FromJson(truncated));
                Assert.IsType<AiStudiosJsonException>(error);
            }
        }

        private static int LineOf(string text, string fragment)
        {
            int index = text.IndexOf(fragment, System.StringComparison.Ordinal);
            Assert.True(index >= 0, fragment);
            int line = 1;
            for (int i = 0; i < index; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                }
            }

            return line;
        }
    }
}
