using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Editing;

/// <summary>
/// Replaces what an avatar says, wherever the payload keeps it: the scene's <c>scripts[]</c> (1.5.x+) and the avatar
/// clip's legacy <c>script</c> object (1.4.x, still in the published examples). Upstream documents that a plain
/// <c>script</c> string replaces the speech, not which entry; these are the emulator's rules (README).
/// </summary>
internal static class SpeechText
{
    /// <summary>
    /// The speech of the avatar of <paramref name="clip"/>: the first <c>scripts[]</c> entry whose <c>modelId</c> and
    /// <c>clothId</c> are the clip's <c>model.ai_name</c> and <c>model.emotion</c> (else the first whose
    /// <c>modelId</c> is), and the clip's legacy <c>script.org</c> when it has one. When neither exists, a
    /// <c>scripts[]</c> entry is added for the avatar (own voice: <c>isTTS: false</c>, <c>tts: null</c>).
    /// </summary>
    public static void SetForAvatar(JsonObject scene, JsonObject clip, string text)
    {
        var model = clip["model"] as JsonObject;
        var aiName = Text(model?["ai_name"]);
        var emotion = Text(model?["emotion"]);
        var scripts = scene["scripts"] as JsonArray;
        var entries = scripts?.OfType<JsonObject>().ToList() ?? [];
        var entry = entries.FirstOrDefault(e => aiName is not null && Text(e["modelId"]) == aiName && Text(e["clothId"]) == emotion)
            ?? entries.FirstOrDefault(e => aiName is not null && Text(e["modelId"]) == aiName);

        var legacy = clip["script"] as JsonObject;
        if (legacy is not null)
        {
            legacy["org"] = text;
        }

        if (entry is not null)
        {
            entry["org"] = text;
        }
        else if (legacy is null && model is not null)
        {
            if (scripts is null)
            {
                scene["scripts"] = scripts = [];
            }

            scripts.Add(ProjectParts.Script(text, model));
        }
    }

    /// <summary>
    /// The speech of a whole scene (the tag-keyed <c>scripts_N</c>): its first <c>scripts[]</c> entry; else the first
    /// avatar clip's speech as <see cref="SetForAvatar"/> finds it. False when the scene has neither speech nor avatar.
    /// </summary>
    public static bool SetForScene(JsonObject scene, string text)
    {
        if (scene["scripts"] is JsonArray scripts && scripts.OfType<JsonObject>().FirstOrDefault() is { } first)
        {
            first["org"] = text;
            if (FirstAvatar(scene) is { } speaker && speaker["script"] is JsonObject legacy
                && Text(first["modelId"]) == Text(speaker["model"]?["ai_name"]))
            {
                legacy["org"] = text;
            }

            return true;
        }

        if (FirstAvatar(scene) is { } avatar)
        {
            SetForAvatar(scene, avatar, text);
            return true;
        }

        return false;
    }

    private static JsonObject? FirstAvatar(JsonObject scene) =>
        (scene["clips"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(c => Text(c["type"]) == "aiModel");

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
