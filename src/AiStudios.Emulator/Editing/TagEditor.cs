using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiStudios.Emulator.Validation;

namespace AiStudios.Emulator.Editing;

/// <summary>
/// Applies the tag-keyed <c>updates</c> of <c>POST /editor/project/modify</c> and <c>/editor/template/modify</c>
/// (Korean reference only): an object of strings whose keys are <c>word</c> or <c>word_N</c>. <c>scripts_N</c> sets
/// the speech of the N-th scene (array position, 0-based; see <see cref="SpeechText.SetForScene"/>). Any other word
/// addresses the clips whose <c>tag</c> is that word, counted across the whole video in scene and clip order; N
/// (0-based, the bare key meaning 0) picks one. Upstream names <c>title</c> and <c>subtitles</c>; the emulator accepts
/// any tag. What is set depends on the clip's type: <c>textImage</c> its <c>text</c>, <c>image</c> and <c>audio</c>
/// their <c>source_url</c>, <c>videoImage</c> its <c>video_url</c>, <c>aiModel</c> its speech; a <c>shape</c> has
/// nothing a string could set.
/// </summary>
internal static class TagEditor
{
    public const string ScriptsKey = "scripts";

    /// <summary>Applies every update to <paramref name="payload"/> (a copy the caller may discard); returns the problems.</summary>
    public static List<SchemaProblem> Apply(JsonObject payload, JsonObject updates)
    {
        var problems = new List<SchemaProblem>();
        var scenes = (payload["scenes"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        foreach (var (key, value) in updates)
        {
            var path = "/updates/" + Http.SafeText.Of(key, 60);
            if (value is not JsonValue textValue || textValue.GetValueKind() != JsonValueKind.String)
            {
                problems.Add(new SchemaProblem(path, "Every value of updates must be a string."));
                continue;
            }

            var text = textValue.GetValue<string>();
            var (word, index) = ParseKey(key);
            if (word.Length == 0)
            {
                problems.Add(new SchemaProblem(path, "A key must name a tag or \"scripts\", optionally with _N."));
                continue;
            }

            if (word == ScriptsKey)
            {
                if (index >= scenes.Count || !SpeechText.SetForScene(scenes[index], text))
                {
                    problems.Add(new SchemaProblem(path, index >= scenes.Count
                        ? $"The project has {scenes.Count} scene(s); there is no scene {index}."
                        : $"Scene {index} has no speech and no avatar."));
                }

                continue;
            }

            var tagged = scenes
                .SelectMany(scene => ((scene["clips"] as JsonArray)?.OfType<JsonObject>() ?? []).Select(clip => (Scene: scene, Clip: clip)))
                .Where(pair => Text(pair.Clip["tag"]) == word)
                .ToList();
            if (index >= tagged.Count)
            {
                problems.Add(new SchemaProblem(path, $"The project has {tagged.Count} clip(s) tagged \"{Http.SafeText.Of(word, 60)}\"; there is no occurrence {index}."));
                continue;
            }

            var (owner, clip) = tagged[index];
            var field = Text(clip["type"]) switch
            {
                "textImage" => "text",
                "image" or "audio" => "source_url",
                "videoImage" => "video_url",
                ProjectEditor.AvatarType => ProjectEditor.AvatarType,
                _ => null,
            };
            if (field is null)
            {
                problems.Add(new SchemaProblem(path, $"The clip tagged \"{Http.SafeText.Of(word, 60)}\" is a {Http.SafeText.Of(Text(clip["type"]), 40)}, which has no text or source a string could set."));
            }
            else if (field == ProjectEditor.AvatarType)
            {
                SpeechText.SetForAvatar(owner, clip, text);
            }
            else
            {
                clip[field] = text;
            }
        }

        return problems;
    }

    /// <summary><c>subtitles_2</c> is (<c>subtitles</c>, 2); <c>title</c> is (<c>title</c>, 0); <c>my_tag</c> stays one word.</summary>
    internal static (string Word, int Index) ParseKey(string key)
    {
        var underscore = key.LastIndexOf('_');
        if (underscore > 0
            && underscore < key.Length - 1
            && key.Skip(underscore + 1).All(char.IsAsciiDigit)
            && int.TryParse(key.AsSpan(underscore + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return (key[..underscore], index);
        }

        return (key, 0);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
