using System.Text.Json;
using AiStudios.Serialization;

namespace AiStudios.Tests.Json
{
    /// <summary>Inputs a review found mishandled; each once broke the round trip or the error message.</summary>
    public class ReviewedEdgeCaseTests
    {
        [Fact]
        public void An_escaped_lone_surrogate_in_an_unknown_value_round_trips_verbatim()
        {
            // JavaScript's JSON.stringify writes this for an emoji cut in half; it is valid JSON.
            string json = "{\"scenes\":[],\"note\":\"cut \\ud83d here\"}";

            string written = Project.FromJson(json).ToJson();

            Assert.Contains("\"note\":\"cut \\ud83d here\"", written);
        }

        [Fact]
        public void An_escaped_lone_surrogate_in_a_typed_string_is_reported_as_such()
        {
            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson("{\"scenes\":[],\"name\":\"a\\udc00b\"}"));

            Assert.Contains("lone surrogate", error.Message);
            Assert.Equal("$.name", error.Path);
        }

        [Fact]
        public void An_optional_list_with_a_null_item_is_kept_raw_and_written_back()
        {
            string json = "{\"scenes\":[{\"sceneIdx\":0,\"clips\":[],\"scripts\":[{\"org\":\"<p>x</p>\"},null]}]}";

            Project project = Project.FromJson(json);

            Assert.Null(project.Scenes[0].Scripts);
            Assert.Equal(JsonValueKind.Array, project.Scenes[0].AdditionalProperties["scripts"].ValueKind);
            Testing.JsonAssert.Equal(json, project.ToJson());
        }

        [Fact]
        public void A_clip_type_that_is_not_a_string_is_named_as_the_problem()
        {
            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{\"id\":\"c\",\"type\":5,\"width\":1,\"height\":1}]}]}"));

            Assert.Equal("$.scenes[0].clips[0].type", error.Path);
            Assert.Contains("'type' must be a string", error.Message);
        }

        [Fact]
        public void A_default_JsonElement_in_AdditionalProperties_is_a_clear_error_when_writing()
        {
            Project project = Project.FromJson("{\"scenes\":[]}");
            project.AdditionalProperties["broken"] = default;

            var error = Assert.Throws<System.InvalidOperationException>(() => project.ToJson());

            Assert.Contains("AdditionalProperties['broken']", error.Message);
        }
    }
}
