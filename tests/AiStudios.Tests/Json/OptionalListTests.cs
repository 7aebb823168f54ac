using System.Text.Json;
using AiStudios.Serialization;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// An optional list with an item of another kind is kept raw as a whole. The reader reads such
    /// a list in one pass and goes back to its start when it meets that item, so whatever comes
    /// before it (items read, items that failed) must not change the outcome: the list is kept
    /// raw exactly when some item is of another kind, and the read carries on after it.
    /// </summary>
    public class OptionalListTests
    {
        [Theory]
        [InlineData("[null,{\"org\":\"<p>x</p>\"}]")]
        [InlineData("[{\"org\":\"<p>x</p>\"},{\"org\":\"<p>y</p>\"},7]")]
        [InlineData("[\"not a script\"]")]
        [InlineData("[{\"org\":\"a\"},[{\"org\":\"nested\"}],{\"org\":\"b\"}]")]
        public void A_list_with_an_item_of_another_kind_anywhere_is_kept_raw_and_the_read_goes_on(string scripts)
        {
            string json = "{\"scenes\":[{\"sceneIdx\":0,\"scripts\":" + scripts + ",\"clips\":[],\"transition\":{\"kind\":\"cut\"}}],\"name\":\"after\"}";

            Project project = Project.FromJson(json);

            Scene scene = project.Scenes[0];
            Assert.Null(scene.Scripts);
            Testing.JsonAssert.Equal(scripts, scene.AdditionalProperties["scripts"].GetRawText());
            Assert.Empty(scene.Clips);
            Assert.Equal("cut", scene.AdditionalProperties["transition"].GetProperty("kind").GetString());
            Assert.Equal("after", project.Name);
            Testing.JsonAssert.Equal(json, project.ToJson());
        }

        [Fact]
        public void A_list_whose_items_are_all_of_its_kind_is_typed()
        {
            Project project = Project.FromJson("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[],\"scripts\":[{\"org\":\"a\"},{\"org\":\"b\"}]}]}");

            Assert.Equal(new[] { "a", "b" }, System.Linq.Enumerable.Select(project.Scenes[0].Scripts!, s => s.Text));
            Assert.False(project.Scenes[0].AdditionalProperties.ContainsKey("scripts"));
        }

        [Fact]
        public void An_item_that_cannot_be_read_does_not_matter_when_an_item_of_another_kind_follows()
        {
            // The first script holds an escaped lone surrogate, which a typed string refuses but a raw
            // value keeps: the null after it makes the whole list raw, so nothing is refused.
            string json = "{\"scenes\":[{\"sceneIdx\":0,\"clips\":[],\"scripts\":[{\"org\":\"cut \\ud83d\"},null]}]}";

            Project project = Project.FromJson(json);

            Assert.Null(project.Scenes[0].Scripts);
            Assert.Contains("\"scripts\":[{\"org\":\"cut \\ud83d\"},null]", project.ToJson());
        }

        [Fact]
        public void An_item_that_cannot_be_read_is_reported_when_every_item_is_of_the_list_kind()
        {
            string json = "{\"scenes\":[{\"sceneIdx\":0,\"clips\":[],\"scripts\":[{\"org\":\"a\"},{\"org\":\"cut \\ud83d\"}]}]}";

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json));

            Assert.Contains("lone surrogate", error.Message);
            Assert.Equal("$.scenes[0].scripts[1].org", error.Path);
        }

        [Fact]
        public void A_name_given_twice_in_an_item_is_refused_whether_or_not_the_list_is_kept_raw()
        {
            foreach (string tail in new[] { string.Empty, ",null" })
            {
                string json = "{\"scenes\":[{\"sceneIdx\":0,\"clips\":[],\"scripts\":[{\"org\":\"a\",\"org\":\"b\"}" + tail + "]}]}";

                var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json));

                Assert.Contains("'org' appears twice", error.Message);
                Assert.Equal("$.scenes[0].scripts[0].org", error.Path);
            }
        }

        [Theory]
        [InlineData(JsonTokenType.StartObject, JsonTokenType.StartObject, true)]
        [InlineData(JsonTokenType.Null, JsonTokenType.StartObject, false)]
        [InlineData(JsonTokenType.True, JsonTokenType.True, true)]
        [InlineData(JsonTokenType.False, JsonTokenType.True, true)]
        [InlineData(JsonTokenType.Number, JsonTokenType.True, false)]
        [InlineData(JsonTokenType.False, JsonTokenType.Number, false)]
        [InlineData(JsonTokenType.String, JsonTokenType.String, true)]
        public void Either_boolean_is_an_item_of_a_boolean_list(JsonTokenType token, JsonTokenType kind, bool expected)
        {
            Assert.Equal(expected, JsonReadSupport.IsItemOf(token, kind));
        }
    }
}
