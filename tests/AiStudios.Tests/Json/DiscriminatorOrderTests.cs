using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiStudios.Serialization;
using AiStudios.Testing;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// JSON does not order properties, so a clip's <c>type</c> may come anywhere: first, last, in
    /// the middle, after properties only one kind has or after properties of an unknown kind. The
    /// clip reader reads them all in one pass when it can; whatever the order, the project read
    /// must be the same, and a name given twice is refused at its second occurrence.
    /// </summary>
    public class DiscriminatorOrderTests
    {
        private const string Shape = "\"id\":\"c\",\"shapeName\":\"Rectangle_corner0\",\"width\":10,\"height\":10";

        public static IEnumerable<object[]> Fixtures() => new[]
        {
            new object[] { RepoPaths.SeedProject },
            new object[] { RepoPaths.Fixture("reference-values-project.json") },
            new object[] { RepoPaths.Fixture("dialogue-project.json") },
            new object[] { Path.Combine(AppContext.BaseDirectory, "Fixtures", "every-clip.json") },
        };

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void Type_last_reads_the_same_project_byte_for_byte(string path)
        {
            JsonObject project = JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
            // Both through JsonNode, so raw values kept verbatim have the same (compact) text.
            byte[] expected = Project.FromJson(Reordered(project, names => names)).ToUtf8Bytes();

            // The other properties keep their order, so kept values keep theirs: the bytes are equal.
            byte[] actual = Project.FromJson(Reordered(project, TypeLast)).ToUtf8Bytes();

            Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(actual));
        }

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void Any_order_of_a_clips_properties_reads_an_equal_project(string path)
        {
            JsonObject project = JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
            string expected = Project.FromJson(File.ReadAllBytes(path)).ToJson();

            foreach (Func<List<string>, List<string>> order in new Func<List<string>, List<string>>[] { TypeLast, Reversed, TypeInTheMiddle, Shuffled })
            {
                Project read = Project.FromJson(Reordered(project, order));

                JsonAssert.Equal(expected, read.ToJson());
                Assert.Equal(
                    Project.FromJson(File.ReadAllBytes(path)).Scenes.SelectMany(s => s.Clips).Select(c => c.GetType()),
                    read.Scenes.SelectMany(s => s.Clips).Select(c => c.GetType()));
            }
        }

        [Fact]
        public void An_unknown_kind_after_a_property_only_an_avatar_has_is_an_UnknownClip_that_keeps_it()
        {
            Clip clip = OnlyClip("{\"id\":\"s\",\"width\":1,\"height\":1,\"model\":{\"x\":1},\"script\":5,\"type\":\"sticker\"}");

            var unknown = Assert.IsType<UnknownClip>(clip);
            Assert.Equal("sticker", unknown.Type);
            Assert.Equal(1, unknown.AdditionalProperties["model"].GetProperty("x").GetInt32());
            Assert.Equal(5, unknown.AdditionalProperties["script"].GetInt32());
        }

        [Fact]
        public void A_property_of_another_kind_before_type_is_kept_raw_by_the_kind_type_names()
        {
            // "model" alone would make it an avatar; "type" says text, where "model" is unknown and
            // "fontSize" is required: the guess is dropped and the clip read as text.
            Clip clip = OnlyClip("{\"id\":\"t\",\"width\":1,\"height\":1,\"model\":5,\"text\":\"hi\",\"fontSize\":12,\"type\":\"textImage\"}");

            var text = Assert.IsType<TextClip>(clip);
            Assert.Equal("hi", text.Text);
            Assert.Equal(5, text.AdditionalProperties["model"].GetInt32());
        }

        [Fact]
        public void A_kept_raw_value_of_a_property_met_before_type_is_kept()
        {
            Clip clip = OnlyClip("{\"id\":\"a\",\"width\":1,\"height\":1,\"source_url\":\"u\",\"volume\":\"loud\",\"label\":\"bgm\",\"type\":\"audio\"}");

            var audio = Assert.IsType<AudioClip>(clip);
            Assert.Equal("u", audio.SourceUrl);
            Assert.Equal("loud", audio.AdditionalProperties["volume"].GetString());
        }

        [Theory]
        [InlineData("{\"id\":\"s\",\"width\":1,\"height\":1,\"shapeName\":\"Rectangle_corner0\"}")]
        [InlineData("{\"id\":\"s\",\"width\":1,\"height\":1,\"source_url\":\"u\"}")]
        [InlineData("{\"id\":\"s\",\"width\":1,\"height\":1}")]
        public void A_clip_without_type_is_refused_at_the_clip_whatever_it_holds(string clip)
        {
            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(InScene(clip)));

            Assert.Equal("$.scenes[0].clips[0]", error.Path);
            Assert.Contains("'type' is missing", error.Message);
        }

        [Theory]
        [InlineData("{\"id\":\"s\",\"width\":1,\"height\":1,\"shapeName\":\"Rectangle_corner0\",\"type\":5}")]
        [InlineData("{\"id\":\"s\",\"width\":1,\"height\":1,\"source_url\":\"u\",\"type\":null}")]
        public void A_type_that_is_no_string_is_refused_at_its_value(string clip)
        {
            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(InScene(clip)));

            Assert.Equal("$.scenes[0].clips[0].type", error.Path);
            Assert.Contains("a string naming the kind of Clip", error.Message);
        }

        [Theory]
        // type given twice: read last, read after a guess, read after properties left for the kind.
        [InlineData("{" + Shape + ",\"type\":\"shape\",\n\"type\":\"shape\"}", "type")]
        [InlineData("{\"id\":\"c\",\"width\":10,\"height\":10,\"source_url\":\"u\",\"type\":\"image\",\n\"type\":\"image\"}", "type")]
        [InlineData("{\"id\":\"c\",\"width\":10,\"height\":10,\"shapeName\":\"Rectangle_corner0\",\"type\":\"shape\",\n\"type\":\"text\"}", "type")]
        // A shared property twice, both before type; and once on each side of a property left behind.
        [InlineData("{\"id\":\"c\",\"width\":10,\"height\":10,\"left\":1,\n\"left\":2,\"shapeName\":\"Rectangle_corner0\",\"type\":\"shape\"}", "left")]
        [InlineData("{\"id\":\"c\",\"width\":10,\"height\":10,\"left\":1,\"source_url\":\"u\",\n\"left\":2,\"type\":\"image\"}", "left")]
        // A kind's property twice before type (left behind, then guessed), and an unknown one.
        [InlineData("{\"id\":\"c\",\"width\":10,\"height\":10,\"source_url\":\"u\",\n\"source_url\":\"v\",\"type\":\"image\"}", "source_url")]
        [InlineData("{\"id\":\"c\",\"width\":10,\"height\":10,\"shapeName\":\"Rectangle_corner0\",\n\"shapeName\":\"Rectangle_corner0\",\"type\":\"shape\"}", "shapeName")]
        [InlineData("{\"id\":\"c\",\"width\":10,\"height\":10,\"note\":1,\n\"note\":2,\"type\":\"sticker\"}", "note")]
        public void A_name_given_twice_in_a_clip_is_refused_at_its_second_occurrence_in_any_order(string clip, string name)
        {
            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(InScene(clip)));

            Assert.Equal("$.scenes[0].clips[0]." + name, error.Path);
            Assert.Equal(1, error.LineNumber);
            Assert.Equal(0, error.BytePositionInLine);
            Assert.Contains($"'{name}' appears twice", error.Message);
        }

        [Fact]
        public void A_wrong_value_met_before_type_is_reported_where_it_is()
        {
            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(InScene("{\"id\":\"t\",\"width\":1,\"height\":1,\"text\":\"hi\",\n\"fontSize\":\"big\",\"type\":\"textImage\"}")));

            Assert.Equal("$.scenes[0].clips[0].fontSize", error.Path);
            Assert.Equal(1, error.LineNumber);
        }

        private static Clip OnlyClip(string clip) => Project.FromJson(InScene(clip)).Scenes[0].Clips.Single();

        private static string InScene(string clip) => "{\"scenes\":[{\"sceneIdx\":0,\"clips\":[" + clip + "]}]}";

        private static List<string> TypeLast(List<string> names) => names.Where(n => n != "type").Append("type").ToList();

        private static List<string> Reversed(List<string> names) => Enumerable.Reverse(names).ToList();

        private static List<string> TypeInTheMiddle(List<string> names)
        {
            List<string> others = names.Where(n => n != "type").ToList();
            others.Insert(others.Count / 2, "type");
            return others;
        }

        private static List<string> Shuffled(List<string> names)
        {
            var random = new Random(names.Count);
            return names.OrderBy(_ => random.Next()).ToList();
        }

        /// <summary>The project with every clip's properties put in the order <paramref name="order"/> gives.</summary>
        private static byte[] Reordered(JsonObject project, Func<List<string>, List<string>> order)
        {
            JsonObject copy = project.DeepClone().AsObject();
            foreach (JsonNode? scene in copy["scenes"]!.AsArray())
            {
                JsonArray clips = scene!["clips"]!.AsArray();
                for (int i = 0; i < clips.Count; i++)
                {
                    JsonObject clip = clips[i]!.AsObject();
                    var reordered = new JsonObject();
                    foreach (string name in order(clip.Select(p => p.Key).ToList()))
                    {
                        reordered[name] = clip[name]?.DeepClone();
                    }

                    clips[i] = reordered;
                }
            }

            return System.Text.Encoding.UTF8.GetBytes(copy.ToJsonString());
        }
    }
}
