using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace AiStudios.Benchmarks.Payload
{
    /// <summary>
    /// The same document in the other legal shapes the floor benchmarks time: every clip's
    /// <c>type</c> moved to the end (the discriminator last, which JSON allows and the SDK must
    /// read at the same cost), and every property the schema does not know removed.
    /// </summary>
    public static class PayloadVariants
    {
        public static byte[] TypeLast(byte[] utf8)
        {
            JsonObject project = JsonNode.Parse(utf8)!.AsObject();
            foreach (JsonNode? scene in project["scenes"]!.AsArray())
            {
                JsonArray clips = scene!["clips"]!.AsArray();
                for (int i = 0; i < clips.Count; i++)
                {
                    clips[i] = MoveToEnd(clips[i]!.AsObject(), "type");
                }
            }

            return Harness.JsonOutput.Capture(writer => project.WriteTo(writer));
        }

        /// <summary>Without the one property per scene that no class declares ("transition").</summary>
        public static byte[] WithoutUnknowns(byte[] utf8)
        {
            JsonObject project = JsonNode.Parse(utf8)!.AsObject();
            foreach (JsonNode? scene in project["scenes"]!.AsArray())
            {
                scene!.AsObject().Remove("transition");
            }

            return Harness.JsonOutput.Capture(writer => project.WriteTo(writer));
        }

        private static JsonObject MoveToEnd(JsonObject clip, string name)
        {
            var ordered = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> property in clip)
            {
                if (property.Key != name)
                {
                    ordered[property.Key] = property.Value?.DeepClone();
                }
            }

            ordered[name] = clip[name]?.DeepClone();
            return ordered;
        }
    }
}
