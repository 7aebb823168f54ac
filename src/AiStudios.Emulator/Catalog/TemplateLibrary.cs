using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiStudios.Emulator.Editing;

namespace AiStudios.Emulator.Catalog;

/// <summary>
/// The content of the emulator's business templates (<see cref="EmulatorOptions.Templates"/>). Upstream publishes no
/// template, so every template is the same two-scene video, named after it: scene 0 has the account's first avatar,
/// a text tagged <c>title</c> and one tagged <c>subtitles</c>; scene 1 the avatar and two more <c>subtitles</c>. So
/// the tag-keyed example of the reference (<c>title</c>, <c>subtitles_2</c>, <c>scripts_1</c>) applies to it.
/// </summary>
internal sealed class TemplateLibrary(EmulatorOptions options, ModelCatalog catalog)
{
    public const string BackgroundUrl = "/images/background/bg_blue_gradient.png";

    public EmulatorTemplate? Find(string templateId) => options.Templates.FirstOrDefault(t => t.Id == templateId);

    /// <summary>A new project of <paramref name="template"/>, with its first avatar in its first clothes.</summary>
    public JsonObject Build(EmulatorTemplate template)
    {
        var avatar = catalog.Avatars[0];
        return new JsonObject
        {
            ["name"] = template.Name,
            ["orientation"] = "landscape",
            ["scenes"] = new JsonArray
            {
                Scene(0, avatar, $"Welcome to {template.Name}.", ProjectParts.Text("title-0", 2, template.Name, 80, 60, 900, 120, 60, "title"), ProjectParts.Text("subtitles-0", 3, "First caption", 80, 900, 1200, 90, 36, "subtitles")),
                Scene(1, avatar, "Here is what you need to know.", ProjectParts.Text("subtitles-1", 2, "Second caption", 80, 780, 1200, 90, 36, "subtitles"), ProjectParts.Text("subtitles-2", 3, "Third caption", 80, 900, 1200, 90, 36, "subtitles")),
            },
        };
    }

    /// <summary>
    /// Puts avatar <paramref name="modelId"/> in <paramref name="clothesId"/> into every avatar clip (and the
    /// <c>scripts[]</c> entries that named the avatar it replaces). A null <paramref name="modelId"/> keeps the
    /// template's avatar and only changes its clothes; a null <paramref name="clothesId"/> takes the avatar's first
    /// clothes. Returns an error message when the account has no such avatar or clothes.
    /// </summary>
    public string? Swap(JsonObject project, string? modelId, string? clothesId)
    {
        if (modelId is null && clothesId is null)
        {
            return null;
        }

        foreach (var scene in (project["scenes"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var clip in (scene["clips"] as JsonArray ?? []).OfType<JsonObject>().Where(c => Text(c["type"]) == ProjectEditor.AvatarType))
            {
                var old = clip["model"] as JsonObject;
                var oldId = Text(old?["ai_name"]);
                var oldClothes = Text(old?["emotion"]);
                var newId = modelId ?? oldId ?? "";
                var model = catalog.AvatarModel(newId, clothesId);
                if (model is null)
                {
                    return catalog.UnknownMessage(newId, clothesId);
                }

                if (old?["language"] is { } language)
                {
                    model["language"] = language.DeepClone();
                }

                clip["model"] = model;
                foreach (var script in (scene["scripts"] as JsonArray ?? []).OfType<JsonObject>()
                    .Where(s => Text(s["modelId"]) == oldId && Text(s["clothId"]) == oldClothes))
                {
                    script["modelId"] = model["ai_name"]!.DeepClone();
                    script["clothId"] = model["emotion"]!.DeepClone();
                }
            }
        }

        return null;
    }

    private JsonObject Scene(int index, EmulatorAvatar avatar, string speech, params JsonObject[] texts)
    {
        var clip = ProjectParts.Avatar(catalog.AvatarClip(avatar.Id, null)!, $"aiModel-{index}", 1);
        var clips = new JsonArray { clip };
        foreach (var text in texts)
        {
            clips.Add(text);
        }

        return new JsonObject
        {
            ["sceneIdx"] = index,
            ["background"] = ProjectParts.Background(BackgroundUrl, "rgb(54,188,37)"),
            ["watermark"] = false,
            ["thumbnailUrl"] = null,
            ["scripts"] = new JsonArray { ProjectParts.Script(speech, (JsonObject)clip["model"]!) },
            ["clips"] = clips,
        };
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
