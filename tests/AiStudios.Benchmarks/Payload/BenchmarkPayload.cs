using System;
using System.IO;
using System.Reflection;
using System.Text.Json.Nodes;

namespace AiStudios.Benchmarks.Payload
{
    /// <summary>
    /// The 50-scene project every benchmark reads and writes, built deterministically from the
    /// canonical seed scene (its avatar clip) plus a text, image, shape, video and audio clip,
    /// a script and one property the schema does not know. Built with JsonNode, so no serializer
    /// under test shapes its own input.
    /// </summary>
    public static class BenchmarkPayload
    {
        public const int SceneCount = 50;

        private static readonly Lazy<byte[]> Cached = new Lazy<byte[]>(() => Build(SceneCount));

        /// <summary>The payload as compact UTF-8 JSON (built once per process).</summary>
        public static byte[] Utf8 => Cached.Value;

        public static byte[] Build(int sceneCount)
        {
            JsonObject seed = LoadSeed();
            JsonObject seedScene = seed["scenes"]!.AsArray()[0]!.AsObject();

            var scenes = new JsonArray();
            for (int i = 0; i < sceneCount; i++)
            {
                scenes.Add(Scene(seedScene, i));
            }

            var project = new JsonObject
            {
                ["name"] = seed["name"]!.DeepClone(),
                ["orientation"] = seed["orientation"]!.DeepClone(),
                ["scenes"] = scenes,
                ["isExport"] = false,
                ["resolution"] = "1080",
                ["webhookUrl"] = "https://hooks.example.com/aistudios/render",
            };
            return Harness.JsonOutput.Capture(writer => project.WriteTo(writer));
        }

        private static JsonObject Scene(JsonObject seedScene, int i)
        {
            JsonObject scene = seedScene.DeepClone().AsObject();
            scene["sceneIdx"] = i;

            // The seed's explicit null would be an unset property to System.Text.Json (dropped
            // on write) but a kept raw value to the generated model; a URL is equal for both.
            scene["thumbnailUrl"] = $"https://cdn.aistudios.com/thumbnails/scene-{i}.png";
            scene["scripts"] = new JsonArray(new JsonObject
            {
                ["org"] = $"<p>Scene {i}: welcome to the quarterly review.</p>",
                ["isTTS"] = false,
                ["modelId"] = "M000045058",
                ["clothId"] = "BG00002320",
            });

            // Not in the schema: both sides keep it as raw JSON.
            scene["transition"] = new JsonObject { ["kind"] = "crossfade", ["durationMs"] = 300 + i };

            JsonObject avatar = ClipTemplates.TypeFirst(scene["clips"]!.AsArray()[0]!.AsObject());
            avatar["id"] = $"aiModel-{i}";
            avatar["name"] = $"aiModel-{i}";
            avatar["script"]!["org"] = $"<p>Hello from scene {i}, this is a test video using the API.</p>";

            scene["clips"] = new JsonArray(
                avatar,
                ClipTemplates.Text(i),
                ClipTemplates.Image(i),
                ClipTemplates.Shape(i),
                ClipTemplates.Video(i),
                ClipTemplates.Audio(i));
            return scene;
        }

        private static JsonObject LoadSeed()
        {
            using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("seed-project.json")
                ?? throw new InvalidOperationException("The embedded seed-project.json is missing.");
            return JsonNode.Parse(stream)!.AsObject();
        }
    }
}
