using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace AiStudios.Benchmarks.Payload
{
    /// <summary>
    /// The same document in the other legal shapes the floor benchmarks time: every clip's
    /// <c>type</c> moved to the end (the discriminator last, which JSON allows and the SDK must
    /// read at the same cost), every property the schema does not know removed, and every free
    /// string value made unique (nothing for the reader's table of repeated strings to find).
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

        /// <summary>
        /// Every string value but the enumerations' (clip and animation types, shape names, ...) given
        /// a suffix of its own, so no two are equal: the worst case for the reader's table of
        /// repeated strings, which then only ever misses.
        /// </summary>
        public static byte[] UniqueStrings(byte[] utf8)
        {
            JsonNode project = JsonNode.Parse(utf8)!;
            int counter = 0;
            MakeUnique(project, ref counter);
            return Harness.JsonOutput.Capture(writer => project.WriteTo(writer));
        }

        // Values the schema reads as enumerations (or that choose a shape): changing them would change the path.
        private static readonly HashSet<string> Enumerations = new HashSet<string> { "type", "shapeName", "orientation", "resolution", "kind" };

        private static void MakeUnique(JsonNode node, ref int counter)
        {
            if (node is JsonObject obj)
            {
                foreach (string key in new List<string>(ToKeys(obj)))
                {
                    JsonNode? value = obj[key];
                    if (value is JsonValue leaf && leaf.TryGetValue(out string? text) && !Enumerations.Contains(key))
                    {
                        obj[key] = text + "~" + (counter++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                    else if (value is not null)
                    {
                        MakeUnique(value, ref counter);
                    }
                }
            }
            else if (node is JsonArray array)
            {
                foreach (JsonNode? item in array)
                {
                    if (item is not null)
                    {
                        MakeUnique(item, ref counter);
                    }
                }
            }
        }

        private static IEnumerable<string> ToKeys(JsonObject obj)
        {
            foreach (KeyValuePair<string, JsonNode?> property in obj)
            {
                yield return property.Key;
            }
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
