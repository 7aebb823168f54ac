using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Editing;

/// <summary>
/// Pieces of the projects the emulator writes itself (simple videos, templates, imported presentations), in the
/// shape of the reference's examples: every field the create table requires, and what the web editor writes.
/// </summary>
internal static class ProjectParts
{
    public static JsonObject Background(string sourceUrl, string color) => new()
    {
        ["id"] = "background",
        ["type"] = "background",
        ["source_type"] = "image",
        ["source_url"] = sourceUrl,
        ["source_color"] = color,
    };

    /// <summary>One <c>scripts[]</c> entry in the avatar's own voice, for the avatar whose clip <c>model</c> is given.</summary>
    public static JsonObject Script(string text, JsonObject model) => new()
    {
        ["org"] = text,
        ["isTTS"] = false,
        ["tts"] = null,
        ["modelId"] = model["ai_name"]?.DeepClone(),
        ["clothId"] = model["emotion"]?.DeepClone(),
    };

    /// <summary>A text clip (<c>textImage</c>), tagged when <paramref name="tag"/> is given.</summary>
    public static JsonObject Text(string id, int layer, string text, double left, double top, double width, double height, double fontSize, string? tag = null)
    {
        var clip = new JsonObject
        {
            ["id"] = id,
            ["type"] = "textImage",
            ["name"] = id,
            ["layer"] = layer,
            ["left"] = left,
            ["top"] = top,
            ["width"] = width,
            ["height"] = height,
            ["scaleX"] = 1,
            ["scaleY"] = 1,
            ["angle"] = 0,
            ["opacity"] = 100,
            ["text"] = text,
            ["fill"] = "rgb(255,255,255)",
            ["fontSize"] = fontSize,
            ["fontFamily"] = "Noto Sans CJK",
            ["align"] = "left",
        };
        if (tag is not null)
        {
            clip["tag"] = tag;
        }

        return clip;
    }

    /// <summary>Places an avatar clip (from the catalog) in a scene: its id, name and layer.</summary>
    public static JsonObject Avatar(JsonObject clip, string id, int layer)
    {
        clip["id"] = id;
        clip["name"] = id;
        clip["layer"] = layer;
        return clip;
    }
}
