using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AiStudios.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AiStudios.Generator.Tests
{
    /// <summary>
    /// Beside the random mutations of <see cref="FuzzTests"/>: every single node of the real
    /// schema removed or replaced by each JSON kind, one at a time. Deterministic, so a
    /// regression names the exact node.
    /// </summary>
    public class ExhaustiveMutationTests
    {
        private static readonly JsonNode[] Replacements =
        {
            JsonValue.Create(5)!, JsonValue.Create("text")!, new JsonArray(), new JsonObject(), JsonValue.Create(true)!,
        };

        [Fact]
        public void Removing_or_replacing_any_one_node_of_the_schema_never_throws()
        {
            string schema = GeneratorHarness.SchemaText;
            int nodeCount = JsonNodes.Flatten(JsonNode.Parse(schema)!).Count();
            var failures = new List<string>();
            for (int target = 1; target < nodeCount; target++)
            {
                for (int replacement = 0; replacement <= Replacements.Length; replacement++)
                {
                    bool remove = replacement == Replacements.Length;
                    JsonNode root = JsonNode.Parse(schema)!;
                    JsonNode victim = JsonNodes.Flatten(root).ElementAt(target);
                    string mutation = victim.GetPath() + (remove ? " removed" : " := " + Replacements[replacement].ToJsonString());
                    if (victim.Parent is JsonObject parent)
                    {
                        string key = victim.GetPropertyName();
                        if (remove)
                        {
                            parent.Remove(key);
                        }
                        else
                        {
                            parent[key] = Replacements[replacement].DeepClone();
                        }
                    }
                    else if (victim.Parent is JsonArray array && !remove)
                    {
                        array[victim.GetElementIndex()] = Replacements[replacement].DeepClone();
                    }

                    GeneratorRunResult result = GeneratorHarness.Run(GeneratorHarness.EmptyCompilation(), GeneratorHarness.Schema(root.ToJsonString()))
                        .Result.Results.Single();
                    if (result.Exception is not null || result.Diagnostics.Any(d => d.Id == "AIS9999"))
                    {
                        failures.Add(mutation + ": " + (result.Exception?.Message ?? result.Diagnostics.First(d => d.Id == "AIS9999").GetMessage()));
                    }
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        }
    }
}
