using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AiStudios.Testing;

namespace AiStudios.Tests.Json
{
    /// <summary>A project read and written again is the same JSON: every field, every value.</summary>
    public class RoundTripTests
    {
        private static string Seed => File.ReadAllText(RepoPaths.SeedProject);

        private static string EveryClip => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "every-clip.json"));

        [Fact]
        public void Seed_fixture_round_trips_unchanged()
        {
            Project project = Project.FromJson(Seed);

            JsonAssert.Equal(Seed, project.ToJson());
        }

        [Fact]
        public void Payload_with_every_clip_type_optional_field_and_unknown_property_round_trips_unchanged()
        {
            Project project = Project.FromJson(EveryClip);

            JsonAssert.Equal(EveryClip, project.ToJson());
        }

        [Fact]
        public void Every_clip_type_is_read_into_its_own_class()
        {
            Project project = Project.FromJson(EveryClip);

            Assert.Collection(
                project.Scenes[0].Clips,
                c => Assert.IsType<AvatarClip>(c),
                c => Assert.IsType<ShapeClip>(c),
                c => Assert.IsType<ImageClip>(c),
                c => Assert.IsType<TextClip>(c),
                c => Assert.IsType<VideoClip>(c),
                c => Assert.IsType<AudioClip>(c),
                c => Assert.Equal("sticker", Assert.IsType<UnknownClip>(c).Type),
                c => Assert.IsType<ShapeClip>(c));
        }

        [Fact]
        public void Numbers_keep_their_exact_value_and_integers_stay_integers()
        {
            string json = Project.FromJson(Seed).ToJson();

            Assert.Contains("\"top\":144.5979042385424", json);
            Assert.Contains("\"adjustX\":-0.016860747210092203", json);
            Assert.Contains("\"height\":2229,", json);
            Assert.DoesNotContain("2229.0", json);
        }

        [Fact]
        public void Values_the_typed_property_cannot_hold_are_kept_raw_and_written_back()
        {
            Project project = Project.FromJson(EveryClip);
            var shape = (ShapeClip)project.Scenes[0].Clips[7];

            Assert.Null(shape.Opacity);
            Assert.Equal(75.5, shape.AdditionalProperties["opacity"].GetDouble());
            Assert.Equal(JsonValueKind.Null, shape.AdditionalProperties["layer"].ValueKind);
            Assert.Equal("none", shape.AdditionalProperties["shadow"].GetString());
            Assert.Null(shape.Animation!.Type);
            Assert.Equal("spin", shape.Animation.AdditionalProperties["type"].GetString());
        }

        [Fact]
        public void Unknown_properties_are_kept_at_every_level()
        {
            Project project = Project.FromJson(EveryClip);
            var avatar = (AvatarClip)project.Scenes[0].Clips[0];

            Assert.True(project.AdditionalProperties.ContainsKey("x-root-extra"));
            Assert.Equal("123456789012345678901234567890", project.AdditionalProperties["x-root-extra"].GetProperty("big").GetRawText());
            Assert.True(project.Scenes[0].AdditionalProperties.ContainsKey("x-scene-extra"));
            Assert.True(avatar.Model.Editor!.AdditionalProperties.ContainsKey("x-editor-extra"));
            Assert.Equal("o", avatar.Model.Origin!.AdditionalProperties["x-origin-extra"].GetString());
        }

        [Fact]
        public void A_typed_value_set_after_reading_replaces_the_raw_value_of_the_same_name()
        {
            Project project = Project.FromJson(EveryClip);
            var shape = (ShapeClip)project.Scenes[0].Clips[7];

            shape.Opacity = 60;
            shape.Layer = 9;

            using JsonDocument written = JsonDocument.Parse(project.ToJson());
            JsonElement clip = written.RootElement.GetProperty("scenes")[0].GetProperty("clips")[7];
            Assert.Equal(60, clip.GetProperty("opacity").GetInt32());
            Assert.Equal(9, clip.GetProperty("layer").GetInt32());
            Assert.Single(clip.EnumerateObject(), p => p.Name == "opacity");
        }

        [Fact]
        public void Explicit_nulls_survive_the_round_trip()
        {
            string json = Project.FromJson(Seed).ToJson();

            Assert.Contains("\"thumbnailUrl\":null", json);
        }

        [Fact]
        public void Editing_a_fetched_project_changes_only_what_was_edited()
        {
            Project project = Project.FromJson(EveryClip);
            TextClip text = project.Scenes[0].Clips.OfType<TextClip>().Single();

            text.Text = "Changed";

            string difference = Assert.Single(JsonAssert.Differences(EveryClip, project.ToJson()));
            Assert.StartsWith("$.scenes[0].clips[3].text:", difference);
        }

        [Fact]
        public void Reads_the_same_from_text_bytes_and_streams()
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(EveryClip);

            string fromText = Project.FromJson(EveryClip).ToJson();
            string fromBytes = Project.FromJson(utf8).ToJson();
            string fromStream = Project.FromJson(new MemoryStream(utf8)).ToJson();

            Assert.Equal(fromText, fromBytes);
            Assert.Equal(fromText, fromStream);
        }

        [Fact]
        public async Task Reads_from_a_stream_asynchronously()
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(Seed);

            Project project = await Project.FromJsonAsync(new MemoryStream(utf8));

            JsonAssert.Equal(Seed, project.ToJson());
        }

        [Fact]
        public void A_byte_order_mark_is_accepted()
        {
            byte[] utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Seed)).ToArray();

            JsonAssert.Equal(Seed, Project.FromJson(utf8).ToJson());
        }

        [Fact]
        public void Writes_to_a_callers_Utf8JsonWriter_and_as_indented_text()
        {
            Project project = Project.FromJson(Seed);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                project.WriteTo(writer);
            }

            JsonAssert.Equal(Seed, Encoding.UTF8.GetString(stream.ToArray()));
            string indented = project.ToJson(indented: true);
            Assert.Contains("\n", indented);
            JsonAssert.Equal(Seed, indented);
        }

        [Fact]
        public void Speech_markup_is_written_readably()
        {
            string json = Project.FromJson(Seed).ToJson();

            Assert.Contains("<p>Hello, this is test video using Api.</p>", json);
        }

        [Fact]
        public void Writing_a_non_finite_number_says_which_property()
        {
            Project project = Project.FromJson(Seed);
            project.Scenes[0].Clips[0].ScaleX = double.NaN;

            var error = Assert.Throws<System.InvalidOperationException>(() => project.ToJson());
            Assert.Contains("'scaleX'", error.Message);
        }
    }
}
