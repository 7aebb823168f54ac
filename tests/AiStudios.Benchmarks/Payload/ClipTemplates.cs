using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace AiStudios.Benchmarks.Payload
{
    /// <summary>
    /// One clip of each non-avatar kind, varied by scene index so no two scenes are identical
    /// strings (no serializer gets to benefit from repeated values). "type" comes first in every
    /// clip: System.Text.Json's polymorphic reader requires the discriminator first.
    /// </summary>
    internal static class ClipTemplates
    {
        public static JsonObject Text(int i)
        {
            JsonObject clip = Base("textImage", $"text-{i}", layer: 2, top: 40.5 + i, left: 120.25, width: 800, height: 120);
            clip["tag"] = "title";
            clip["text"] = $"Scene {i}: results for the quarter";
            clip["fontSize"] = 48;
            clip["fontFamily"] = "Noto Sans CJK";
            clip["align"] = "center";
            clip["backgroundColor"] = "#00000080";
            clip["stroke"] = "#000000";
            clip["strokeWidth"] = 2;
            clip["fontWeight"] = "bold";
            clip["fontStyle"] = "italic";
            clip["underline"] = false;
            clip["shadow"] = Shadow(i);
            clip["animation"] = Animation("fade-in", i);
            return clip;
        }

        public static JsonObject Image(int i)
        {
            JsonObject clip = Base("image", $"image-{i}", layer: 3, top: 300, left: 64.75 + i, width: 640, height: 360);
            clip["source_url"] = $"https://cdn.aistudios.com/images/chart-{i}.png";
            clip["animation"] = Animation("in-left", i);
            return clip;
        }

        public static JsonObject Shape(int i)
        {
            JsonObject clip = Base("shape", $"shape-{i}", layer: 4, top: 980.5, left: 0, width: 1920, height: 100);
            clip["shapeName"] = "Rectangle_corner0";
            clip["fill"] = "rgb(12,34,56)";
            clip["stroke"] = "#FFFFFF";
            clip["strokeWidth"] = 1;
            clip["strokeRadius"] = 8;
            clip["shadow"] = Shadow(i);
            clip["animation"] = Animation("zoom-in", i);
            return clip;
        }

        public static JsonObject Video(int i)
        {
            JsonObject clip = Base("videoImage", $"video-{i}", layer: 5, top: 120, left: 1200.125, width: 640, height: 360);
            clip["video_url"] = $"https://cdn.aistudios.com/videos/broll-{i}.mp4";
            clip["source_url"] = $"https://cdn.aistudios.com/videos/broll-{i}.jpg";
            clip["volume"] = 30;
            return clip;
        }

        public static JsonObject Audio(int i)
        {
            JsonObject clip = Base("audio", $"audio-{i}", layer: 6, top: 0, left: 0, width: 1, height: 1);
            clip["source_url"] = $"https://cdn.aistudios.com/audio/bgm-{i % 7}.mp3";
            clip["volume"] = 20;
            clip["label"] = $"Background music {i % 7}";
            return clip;
        }

        /// <summary>A copy of the clip with "type" moved to the front, other properties in order.</summary>
        public static JsonObject TypeFirst(JsonObject clip)
        {
            var ordered = new JsonObject { ["type"] = clip["type"]!.DeepClone() };
            foreach (KeyValuePair<string, JsonNode?> property in clip)
            {
                if (property.Key != "type")
                {
                    ordered[property.Key] = property.Value?.DeepClone();
                }
            }

            return ordered;
        }

        private static JsonObject Base(string type, string id, int layer, double top, double left, double width, double height) => new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["layer"] = layer,
            ["top"] = top,
            ["left"] = left,
            ["width"] = width,
            ["height"] = height,
            ["scaleX"] = 1,
            ["scaleY"] = 1,
            ["angle"] = 0,
            ["opacity"] = 100,
            ["fill"] = "rgb(255,255,255)",
            ["name"] = id,
            ["lockScalingFlip"] = true,
            ["lockMovementX"] = false,
            ["lockMovementY"] = false,
            ["lockRotation"] = false,
            ["lockScalingX"] = false,
            ["lockScalingY"] = false,
            ["lockSkewingX"] = false,
            ["lockSkewingY"] = false,
            ["lockUniScaling"] = false,
        };

        private static JsonObject Shadow(int i) => new JsonObject
        {
            ["color"] = "#00000066",
            ["blur"] = 4 + (i % 3),
            ["offsetX"] = 2.5,
            ["offsetY"] = 2.5,
            ["enabled"] = true,
        };

        private static JsonObject Animation(string type, int i) => new JsonObject
        {
            ["type"] = type,
            ["duration"] = 500,
            ["delay"] = 100 * (i % 4),
        };
    }
}
