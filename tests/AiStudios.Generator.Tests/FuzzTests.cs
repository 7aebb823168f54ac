using System.Linq;
using System.Text.Json.Nodes;
using AiStudios.Generator.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace AiStudios.Generator.Tests
{
    /// <summary>Property-based: whatever a schema file holds, the generator reports, it never throws.</summary>
    public class FuzzTests
    {
        private static readonly string Schema = GeneratorHarness.SchemaText;

        private static readonly string[] Snippets =
        {
            "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "1e999", "-0", "\"$ref\": \"#/$defs/scene\"",
            "\"x-union\": 1", "\"allOf\": []", "\"enum\": []", "\"type\": [\"null\"]", "\"oneOf\": [{}]", "\u0000", "\uD800",
        };

        private static void AssertGeneratorSurvives(string schema, string catalog)
        {
            var run = GeneratorHarness.Run(
                GeneratorHarness.EmptyCompilation(),
                GeneratorHarness.Schema(schema),
                GeneratorHarness.Catalog(catalog));
            GeneratorRunResult result = run.Result.Results.Single();
            Assert.Null(result.Exception);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "AIS9999");
        }

        [Fact]
        public void Text_mutations_of_the_schema_never_throw()
        {
            Gen.Select(Gen.Int[0, Schema.Length], Gen.Int[0, 40], Gen.Int[0, Snippets.Length - 1], Gen.Int[0, 2])
                .Sample(
                    (position, length, snippet, kind) =>
                    {
                        string mutated = kind switch
                        {
                            0 => Schema.Substring(0, position),
                            1 => Schema.Remove(position, System.Math.Min(length, Schema.Length - position)),
                            _ => Schema.Insert(position, Snippets[snippet]),
                        };
                        AssertGeneratorSurvives(mutated, GeneratorHarness.CatalogText);
                    },
                    iter: 400,
                    threads: 1);
        }

        [Fact]
        public void Structural_mutations_of_the_schema_never_throw()
        {
            JsonNode[] replacements = { JsonValue.Create(5)!, JsonValue.Create("text")!, new JsonArray(), new JsonObject(), JsonValue.Create(true)! };
            Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, replacements.Length], Gen.Int[0, 1])
                .Sample(
                    (target, replacement, remove) =>
                    {
                        JsonNode root = JsonNode.Parse(Schema)!;
                        JsonNode[] nodes = JsonNodes.Flatten(root).Where(n => n.Parent is not null).ToArray();
                        JsonNode victim = nodes[target % nodes.Length];
                        JsonNode parent = victim.Parent!;
                        if (parent is JsonObject obj)
                        {
                            string key = victim.GetPropertyName();
                            if (remove == 1 || replacement == replacements.Length)
                            {
                                obj.Remove(key);
                            }
                            else
                            {
                                obj[key] = replacements[replacement].DeepClone();
                            }
                        }
                        else if (parent is JsonArray array)
                        {
                            array[victim.GetElementIndex()] = replacements[replacement % replacements.Length].DeepClone();
                        }

                        AssertGeneratorSurvives(root.ToJsonString(), GeneratorHarness.CatalogText);
                    },
                    iter: 400,
                    threads: 1);
        }

        [Fact]
        public void Mutations_of_the_avatar_catalog_never_throw()
        {
            string catalog = GeneratorHarness.CatalogText;
            Gen.Select(Gen.Int[0, catalog.Length], Gen.Int[0, Snippets.Length - 1])
                .Sample(
                    (position, snippet) => AssertGeneratorSurvives(Schema, catalog.Insert(position, Snippets[snippet])),
                    iter: 200,
                    threads: 1);
        }
    }
}
