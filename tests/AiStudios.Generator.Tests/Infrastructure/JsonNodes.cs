using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiStudios.Generator.Tests.Infrastructure
{
    /// <summary>Walks a parsed schema for the mutation tests.</summary>
    internal static class JsonNodes
    {
        /// <summary>The node and every node below it, depth first, parents before children.</summary>
        public static IEnumerable<JsonNode> Flatten(JsonNode node)
        {
            yield return node;
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a,
                _ => Enumerable.Empty<JsonNode?>(),
            };
            foreach (JsonNode? child in children)
            {
                if (child is not null)
                {
                    foreach (JsonNode descendant in Flatten(child))
                    {
                        yield return descendant;
                    }
                }
            }
        }
    }
}
