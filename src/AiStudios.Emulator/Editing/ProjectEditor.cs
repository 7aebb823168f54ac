using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiStudios.Emulator.Validation;

namespace AiStudios.Emulator.Editing;

/// <summary>
/// Applies the <c>updates.value</c> of <c>POST /editor/project/{id}</c>. Each update
/// <c>{"sceneIdx", "type", "values"}</c> is merged into one target: the scene's <c>background</c> when <c>type</c> is
/// <c>background</c>, otherwise the first clip of that <c>type</c> in the scene whose <c>sceneIdx</c> matches.
/// The merge is deep: a key whose value and target are both objects merges key by key (so
/// <c>{"model": {"emotion": "..."}}</c> changes the clothes and keeps the rest of <c>model</c>); any other value
/// replaces the target's key whole (arrays included); a <c>null</c> value stores JSON null. For <c>aiModel</c>, a
/// <c>script</c> that is a plain string (the documented form) replaces the avatar's speech text
/// (<see cref="SpeechText.SetForAvatar"/>); an object <c>script</c> merges into the clip's legacy <c>script</c>.
/// </summary>
internal static class ProjectEditor
{
    public const string BackgroundType = "background";
    public const string AvatarType = "aiModel";

    /// <summary>Applies every update to <paramref name="payload"/> (a copy the caller may discard); returns the problems.</summary>
    public static List<SchemaProblem> Apply(JsonObject payload, JsonArray updates)
    {
        var problems = new List<SchemaProblem>();
        for (var i = 0; i < updates.Count; i++)
        {
            var path = $"/updates/value/{i}";
            if (updates[i] is not JsonObject update)
            {
                problems.Add(new SchemaProblem(path, "An update must be an object {sceneIdx, type, values}."));
                continue;
            }

            if (update["sceneIdx"] is not JsonValue sceneIdxValue
                || sceneIdxValue.GetValueKind() != JsonValueKind.Number
                || !sceneIdxValue.TryGetValue<int>(out var sceneIdx))
            {
                problems.Add(new SchemaProblem(path + "/sceneIdx", "sceneIdx must be an integer."));
                continue;
            }

            if (update["type"] is not JsonValue typeValue || typeValue.GetValueKind() != JsonValueKind.String || typeValue.GetValue<string>().Length == 0)
            {
                problems.Add(new SchemaProblem(path + "/type", "type must be a clip type or \"background\"."));
                continue;
            }

            if (update["values"] is not JsonObject values)
            {
                problems.Add(new SchemaProblem(path + "/values", "values must be an object."));
                continue;
            }

            var type = typeValue.GetValue<string>();
            var scene = FindScene(payload, sceneIdx);
            if (scene is null)
            {
                problems.Add(new SchemaProblem(path + "/sceneIdx", $"The project has no scene with sceneIdx {sceneIdx}."));
                continue;
            }

            var target = type == BackgroundType ? Background(scene) : FirstClip(scene, type);
            if (target is null)
            {
                problems.Add(new SchemaProblem(path + "/type", $"Scene {sceneIdx} has no clip of type \"{Http.SafeText.Of(type, 40)}\"."));
                continue;
            }

            foreach (var (key, value) in values)
            {
                if (type == AvatarType && key == "script" && value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
                {
                    SpeechText.SetForAvatar(scene, target, text.GetValue<string>());
                    continue;
                }

                Merge(target, key, value);
            }
        }

        return problems;
    }

    /// <summary>Sets <paramref name="key"/> of <paramref name="target"/>: objects merge key by key, anything else replaces.</summary>
    public static void Merge(JsonObject target, string key, JsonNode? value)
    {
        if (value is JsonObject incoming && target[key] is JsonObject existing)
        {
            foreach (var (innerKey, innerValue) in incoming)
            {
                Merge(existing, innerKey, innerValue);
            }

            return;
        }

        target[key] = value?.DeepClone();
    }

    private static JsonObject? FindScene(JsonObject payload, int sceneIdx) =>
        (payload["scenes"] as JsonArray)?
            .OfType<JsonObject>()
            .FirstOrDefault(scene => scene["sceneIdx"] is JsonValue value
                && value.GetValueKind() == JsonValueKind.Number
                && value.TryGetValue<int>(out var index)
                && index == sceneIdx);

    /// <summary>The scene's background, created when the scene has none (so a background can be set by an edit).</summary>
    private static JsonObject Background(JsonObject scene)
    {
        if (scene["background"] is JsonObject background)
        {
            return background;
        }

        background = new JsonObject { ["id"] = BackgroundType, ["type"] = BackgroundType };
        scene["background"] = background;
        return background;
    }

    private static JsonObject? FirstClip(JsonObject scene, string type) =>
        (scene["clips"] as JsonArray)?
            .OfType<JsonObject>()
            .FirstOrDefault(clip => clip["type"] is JsonValue value
                && value.GetValueKind() == JsonValueKind.String
                && value.GetValue<string>() == type);
}
