using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AiStudios.Testing;
using Json.Schema;

namespace AiStudios.Tests.Schema
{
    /// <summary>The checked-in schema accepts what the service accepts and refuses what it refuses.</summary>
    public class SchemaValidationTests
    {
        private static readonly JsonSchema ProjectSchema = JsonSchema.FromText(File.ReadAllText(RepoPaths.Schema("project.schema.json")));

        private static EvaluationResults Evaluate(string json) =>
            ProjectSchema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        [Fact]
        public void The_seed_fixture_validates()
        {
            EvaluationResults results = Evaluate(File.ReadAllText(RepoPaths.SeedProject));

            Assert.True(results.IsValid, Describe(results));
        }

        [Fact]
        public void What_the_builder_writes_validates()
        {
            Project project = Video.Portrait()
                .Scene(s => s.Background("/images/bg.png").Avatar("M000045058").Script("Hello")
                    .Text("Title").Shape(ShapeName.Star).Image("https://cdn.example/i.png")
                    .Video("https://cdn.example/v.mp4").Audio("https://cdn.example/a.mp3", "Music"))
                .Build();

            EvaluationResults results = Evaluate(project.ToJson());

            Assert.True(results.IsValid, Describe(results));
        }

        [Theory]
        [InlineData("\"opacity\" : 100", "\"opacity\" : 150")]
        [InlineData("\"orientation\": \"landscape\"", "\"orientation\": \"square\"")]
        [InlineData("\"type\" : \"aiModel\"", "\"type\" : \"hologram\"")]
        [InlineData("\"width\" : 679", "\"width\" : 0")]
        [InlineData("\"sceneIdx\" : 0", "\"sceneIdx\" : -1")]
        public void Invalid_values_are_refused(string from, string to)
        {
            string seed = File.ReadAllText(RepoPaths.SeedProject);
            Assert.Contains(from, seed);

            EvaluationResults results = Evaluate(seed.Replace(from, to));

            Assert.False(results.IsValid);
        }

        [Fact]
        public void Every_property_has_a_description()
        {
            JsonNode schema = JsonNode.Parse(File.ReadAllText(RepoPaths.Schema("project.schema.json")))!;
            var missing = new System.Collections.Generic.List<string>();
            Walk(schema["properties"]!.AsObject(), "$", missing);
            foreach (var def in schema["$defs"]!.AsObject())
            {
                if (def.Value!["properties"] is JsonObject properties)
                {
                    Walk(properties, def.Key, missing);
                }
            }

            Assert.Empty(missing);
        }

        private static void Walk(JsonObject properties, string owner, System.Collections.Generic.List<string> missing)
        {
            foreach (var property in properties)
            {
                if (property.Value!["description"] is null)
                {
                    missing.Add(owner + "." + property.Key);
                }
            }
        }

        private static string Describe(EvaluationResults results) =>
            string.Join("\n", (results.Details ?? new System.Collections.Generic.List<EvaluationResults>())
                .Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));
    }
}
