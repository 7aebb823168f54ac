using System;
using System.Linq;
using System.Text;
using AiStudios.Serialization;
using AiStudios.Validation;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// Messages quote what was wrong, but never all of it: an echoed value is cut to its first
    /// 200 characters plus its length, so a 10 MB number makes a short message, not a 10 MB one.
    /// </summary>
    public class EchoedValueTests
    {
        private const int Huge = 10_000_000;
        private const int MessageLimit = 1_000;

        private static byte[] Utf8(params string[] parts) => Encoding.UTF8.GetBytes(string.Concat(parts));

        [Fact]
        public void A_huge_number_where_an_integer_is_required_gives_a_short_message()
        {
            byte[] json = Utf8("{\"scenes\":[{\"clips\":[],\"sceneIdx\":", new string('9', Huge), "}]}");

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json));

            Assert.True(error.Message.Length < MessageLimit, $"{error.Message.Length} characters");
            Assert.Contains("999999999", error.Message);
            Assert.Contains("10000000 characters", error.Message);
            Assert.Equal("$.scenes[0].sceneIdx", error.Path);
        }

        [Fact]
        public void A_huge_property_name_in_a_path_is_cut_too()
        {
            string name = new string('n', Huge);
            byte[] json = Utf8("{\"scenes\":[],\"", name, "\":{\"a\":1,\"a\":2}}");

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json));

            Assert.True(error.Message.Length < MessageLimit, $"{error.Message.Length} characters");
            Assert.True(error.Path!.Length < MessageLimit, $"{error.Path.Length} characters");
        }

        [Fact]
        public void A_deep_path_of_long_names_is_cut_as_a_whole_keeping_both_ends()
        {
            // 60 levels of 300-character names (each cut to 200 in the path) would make a path of
            // about 13,000 characters; the message keeps the first levels and the last, where the
            // failure is (a duplicate name), and counts the levels in between.
            var json = new StringBuilder("{\"scenes\":[],\"extra\":");
            for (int level = 0; level < 60; level++)
            {
                json.Append("{\"").Append((char)('a' + (level % 26)), 300).Append(level).Append("\":");
            }

            json.Append("{\"last\":1,\"last\":2}").Append('}', 61);

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json.ToString()));

            Assert.True(error.Path!.Length <= JsonPathFinder.MaxPathLength, $"{error.Path.Length} characters");
            Assert.True(error.Message.Length < MessageLimit, $"{error.Message.Length} characters");
            Assert.StartsWith("$.extra['aaaa", error.Path);
            Assert.EndsWith(".last", error.Path);
            Assert.Matches(@"\.…\(\d+ levels\)…", error.Path);
        }

        [Fact]
        public void A_huge_enum_value_is_cut_in_its_validation_message()
        {
            byte[] json = Utf8("{\"scenes\":[],\"orientation\":\"", new string('x', Huge), "\"}");
            Project project = Project.FromJson(json);

            ValidationProblem problem = Assert.Single(project.Validate(), p => p.Path == "orientation");

            Assert.True(problem.Message.Length < MessageLimit, $"{problem.Message.Length} characters");
            Assert.Contains("10000000 characters", problem.Message);
        }

        [Fact]
        public void A_huge_colour_and_a_huge_unknown_name_are_cut_in_validation_messages()
        {
            Project project = Project.FromJson(Utf8("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{\"id\":\"t\",\"type\":\"textImage\",\"text\":\"Hi\",\"fontSize\":40,\"width\":400,\"height\":100,\"fill\":\"", new string('#', Huge), "\"}]}]}"));
            project.AdditionalProperties[new string('k', Huge)] = default;

            ValidationReport report = project.Validate();

            Assert.Contains(report, p => p.Path.EndsWith("fill", StringComparison.Ordinal));
            Assert.All(report, p => Assert.True(p.Message.Length < MessageLimit && p.Path.Length < MessageLimit, p.RuleId + ": " + p.Message.Length + " characters"));
        }

        [Fact]
        public void A_huge_unknown_avatar_id_gives_a_short_error_at_once()
        {
            string id = new string('M', Huge);

            var error = Assert.Throws<ArgumentException>(() => Video.Landscape().Scene(s => s.Avatar(id)));

            Assert.True(error.Message.Length < MessageLimit, $"{error.Message.Length} characters");
        }

        [Fact]
        public void A_huge_unknown_avatar_id_in_a_payload_is_reported_briefly()
        {
            string json = System.IO.File.ReadAllText(Testing.RepoPaths.SeedProject).Replace("M000045058", new string('M', 1_000_000));

            ValidationReport report = Project.FromJson(json).Validate();

            Assert.NotEmpty(report);
            Assert.All(report, p => Assert.True(p.Message.Length < MessageLimit, p.RuleId + ": " + p.Message.Length + " characters"));
        }
    }
}
