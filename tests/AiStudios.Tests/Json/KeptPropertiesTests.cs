using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// Properties kept in AdditionalProperties are held as the exact bytes they came as and made
    /// into a JsonElement only when asked for: what is written back must be those bytes, and the
    /// collection must behave as the dictionary its type promises.
    /// </summary>
    public class KeptPropertiesTests
    {
        // Whitespace inside values, escapes (a lone surrogate among them), exponents, nesting, null.
        private const string Kept =
            "\"note\": { \"a\" : [1, 2.50, 1e+2] ,\"b\":\"x\\u0041\\udc00\" }," +
            "\"flag\":true,\"nothing\":null,\"big\":12345678901234567890123,\"text\":\"caf\\u00e9 <p>\"";

        [Fact]
        public void Kept_values_are_written_back_byte_for_byte()
        {
            string json = "{\"scenes\":[]," + Kept + "}";

            string written = Project.FromJson(json).ToJson();

            Assert.Equal("{\"scenes\":[]," + Kept.Replace("\"note\": {", "\"note\":{") + "}", written);
        }

        [Fact]
        public void Kept_values_of_a_known_property_the_typed_one_cannot_hold_are_written_back_byte_for_byte()
        {
            string json = "{\"scenes\":[],\"name\":[ 1,  2 ],\"isExport\":\"yes\",\"orientation\":\"diagonal\"}";

            Assert.Equal(json.Replace("[ 1,  2 ]", "[ 1,  2 ]"), Project.FromJson(json).ToJson());
        }

        [Fact]
        public void A_value_asked_for_is_the_value_that_came()
        {
            Project project = Project.FromJson("{\"scenes\":[]," + Kept + "}");
            IDictionary<string, JsonElement> kept = project.AdditionalProperties;

            Assert.Equal(5, kept.Count);
            Assert.Equal(new[] { "note", "flag", "nothing", "big", "text" }, kept.Keys);
            Assert.Equal(2.5, kept["note"].GetProperty("a")[1].GetDouble());
            Assert.Equal("{ \"a\" : [1, 2.50, 1e+2] ,\"b\":\"x\\u0041\\udc00\" }", kept["note"].GetRawText());
            Assert.True(kept["flag"].GetBoolean());
            Assert.Equal(JsonValueKind.Null, kept["nothing"].ValueKind);
            Assert.Equal("café <p>", kept["text"].GetString());
            Assert.True(kept.TryGetValue("big", out JsonElement big));
            Assert.Equal("12345678901234567890123", big.GetRawText());
            Assert.False(kept.TryGetValue("missing", out _));
            Assert.Throws<KeyNotFoundException>(() => kept["missing"]);

            // Asked for twice, the same element: it is made once.
            Assert.Contains(new KeyValuePair<string, JsonElement>("flag", kept["flag"]), kept);
        }

        [Fact]
        public void Changes_made_through_the_dictionary_are_written()
        {
            Project project = Project.FromJson("{\"scenes\":[]," + Kept + "}");
            IDictionary<string, JsonElement> kept = project.AdditionalProperties;
            using JsonDocument seven = JsonDocument.Parse("7");

            kept["flag"] = seven.RootElement.Clone();
            Assert.True(kept.Remove("note"));
            Assert.False(kept.Remove("note"));
            kept.Add("added", seven.RootElement.Clone());
            Assert.Throws<ArgumentException>(() => kept.Add("added", seven.RootElement.Clone()));

            Assert.Equal(
                "{\"scenes\":[],\"flag\":7,\"nothing\":null,\"big\":12345678901234567890123,\"text\":\"caf\\u00e9 <p>\",\"added\":7}",
                project.ToJson());
        }

        [Fact]
        public void Many_kept_properties_are_found_removed_and_refused_twice_like_a_dictionary()
        {
            var json = new StringBuilder("{\"scenes\":[]");
            for (int i = 0; i < 40; i++)
            {
                json.Append(",\"k").Append(i).Append("\":").Append(i);
            }

            Project project = Project.FromJson(json.Append('}').ToString());
            IDictionary<string, JsonElement> kept = project.AdditionalProperties;

            Assert.Equal(40, kept.Count);
            Assert.Equal(39, kept["k39"].GetInt32());
            Assert.True(kept.Remove("k10"));
            Assert.False(kept.ContainsKey("k10"));
            Assert.Equal(11, kept["k11"].GetInt32());
            Assert.Equal(39, kept.Count);
            Assert.Equal(Enumerable.Range(0, 40).Where(i => i != 10).Select(i => "k" + i), kept.Select(p => p.Key));

            var twice = Assert.Throws<AiStudios.Serialization.AiStudiosJsonException>(() => Project.FromJson(json.ToString().TrimEnd('}') + ",\n\"k25\":0}"));
            Assert.Equal("$.k25", twice.Path);
        }

        [Fact]
        public void Changing_the_dictionary_while_enumerating_it_is_refused()
        {
            Project project = Project.FromJson("{\"scenes\":[]," + Kept + "}");

            Assert.Throws<InvalidOperationException>(() =>
            {
                foreach (KeyValuePair<string, JsonElement> entry in project.AdditionalProperties)
                {
                    project.AdditionalProperties.Remove(entry.Key);
                }
            });
        }

        [Fact]
        public void A_copy_made_by_the_builder_keeps_the_raw_bytes()
        {
            Project project = Project.FromJson("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[],\"x\":[ 1 ]}]," + Kept + "}");

            string copied = Project.FromJson(project.ToUtf8Bytes()).ToJson();

            Assert.Equal(project.ToJson(), copied);
            Assert.Contains("\"x\":[ 1 ]", copied);
        }
    }
}
