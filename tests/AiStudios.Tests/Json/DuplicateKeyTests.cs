using AiStudios.Serialization;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// A property named twice in one object is refused, whatever its place (a typed value, a value
    /// kept raw, an unknown property, the clip's type, inside a raw value): no "last wins" or
    /// "first wins" that silently drops one of the two.
    /// </summary>
    public class DuplicateKeyTests
    {
        private const string Shape = "\"id\":\"c\",\"type\":\"shape\",\"shapeName\":\"Rectangle_corner0\",\"width\":10,\"height\":10";

        [Theory]
        [InlineData("{\"scenes\":[],\"name\":\"a\",\n\"name\":\"b\"}", "$.name", "name")]
        [InlineData("{\"scenes\":[],\"name\":\"a\",\n\"name\":null}", "$.name", "name")]
        [InlineData("{\"scenes\":[],\"name\":5,\n\"name\":\"a\"}", "$.name", "name")]
        [InlineData("{\"scenes\":[],\"note\":1,\n\"note\":1}", "$.note", "note")]
        [InlineData("{\"scenes\":[],\"name\":\"a\",\n\"n\\u0061me\":\"a\"}", "$.name", "name")]
        [InlineData("{\"scenes\":[],\n\"scenes\":[]}", "$.scenes", "scenes")]
        [InlineData("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[],\n\"sceneIdx\":1}]}", "$.scenes[0].sceneIdx", "sceneIdx")]
        [InlineData("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{" + Shape + ",\"left\":1,\n\"left\":2}]}]}", "$.scenes[0].clips[0].left", "left")]
        [InlineData("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{" + Shape + ",\"layer\":null,\n\"layer\":2}]}]}", "$.scenes[0].clips[0].layer", "layer")]
        [InlineData("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{" + Shape + ",\n\"type\":\"text\"}]}]}", "$.scenes[0].clips[0].type", "type")]
        [InlineData("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{\"id\":\"u\",\"type\":\"sticker\",\"width\":1,\"height\":1,\n\"type\":\"gif\"}]}]}", "$.scenes[0].clips[0].type", "type")]
        [InlineData("{\"scenes\":[],\"note\":{\"a\":1,\"b\":[{\"c\":1,\n\"c\":2}]}}", "$.note.b[0].c", "c")]
        [InlineData("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{" + Shape + ",\"animation\":\"spin\",\n\"animation\":{\"type\":\"fade-in\"}}]}]}", "$.scenes[0].clips[0].animation", "animation")]
        public void A_property_named_twice_is_refused_at_its_second_occurrence(string json, string path, string name)
        {
            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json));

            Assert.Equal(path, error.Path);
            Assert.Equal(1, error.LineNumber);
            Assert.Equal(0, error.BytePositionInLine);
            Assert.Contains($"'{name}' appears twice", error.Message);
        }

        [Fact]
        public void The_same_name_in_different_objects_is_fine()
        {
            string json = "{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{" + Shape + ",\"x\":{\"id\":1},\"y\":[{\"id\":1},{\"id\":2}]}]}],\"x\":{\"x\":{\"x\":1}}}";

            Assert.Single(Project.FromJson(json).Scenes);
        }

        [Fact]
        public void Many_unknown_properties_with_one_repeat_far_apart_are_caught()
        {
            var json = new System.Text.StringBuilder("{\"scenes\":[],\"obj\":{");
            for (int i = 0; i < 500; i++)
            {
                json.Append("\"key").Append(i).Append("\":").Append(i).Append(',');
            }

            json.Append("\n\"key3\":0}}");

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json.ToString()));

            Assert.Equal("$.obj.key3", error.Path);
        }
    }
}
