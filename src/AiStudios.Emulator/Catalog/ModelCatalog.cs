using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Catalog;

/// <summary>
/// The avatars of the emulated account (<see cref="EmulatorOptions.Avatars"/>): what <c>GET /dropdown/models</c> and
/// <c>GET /model</c> list, and what the simple calls and create-from-template accept. Upstream publishes the geometry
/// and drawing metadata of one avatar only, so every avatar's clip is that one (the embedded
/// <c>avatar-catalog.json</c>) with the avatar's own ids written in.
/// </summary>
internal sealed class ModelCatalog
{
    private const string ResourceName = "AiStudios.Emulator.avatar-catalog.json";
    private const string ReferenceAvatar = "M000045058";
    private const string ReferenceClothes = "BG00002320";

    private readonly JsonObject referenceClip;
    private readonly string referenceThumbnail;
    private readonly IReadOnlyList<EmulatorAvatar> avatars;

    public ModelCatalog(EmulatorOptions options)
    {
        using var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var clothes = (JsonNode.Parse(reader.ReadToEnd())?["models"]?[0]?["clothes"]?[0] as JsonObject)
            ?? throw new InvalidOperationException($"{ResourceName} has no models[0].clothes[0].");
        referenceClip = clothes["clip"] as JsonObject ?? throw new InvalidOperationException($"{ResourceName} has no reference clip.");
        referenceThumbnail = clothes["thumbnail"]?.GetValue<string>() ?? throw new InvalidOperationException($"{ResourceName} has no thumbnail.");
        avatars = options.Avatars.ToList();
    }

    public IReadOnlyList<EmulatorAvatar> Avatars => avatars;

    public EmulatorAvatar? Find(string? modelId) => avatars.FirstOrDefault(a => a.Id == modelId);

    public bool HasModel(string modelId) => Find(modelId) is not null;

    /// <summary>
    /// The <c>models</c> array of <c>GET /dropdown/models</c>: <c>id</c>, <c>label</c> (a string), <c>avatarType</c>,
    /// as the 1.5.x+ reference lists them; no clothes.
    /// </summary>
    public JsonArray DropdownModels()
    {
        var list = new JsonArray();
        foreach (var avatar in avatars)
        {
            list.Add(new JsonObject { ["id"] = avatar.Id, ["label"] = avatar.Label, ["avatarType"] = avatar.AvatarType });
        }

        return list;
    }

    /// <summary>The <c>models</c> array of <c>GET /model</c>: id, label {ko, en}, thumbnail, clothes [id, label {ko, en}, thumbnail].</summary>
    public JsonArray PublicModels()
    {
        var list = new JsonArray();
        foreach (var avatar in avatars)
        {
            var clothes = new JsonArray();
            foreach (var item in avatar.Clothes)
            {
                clothes.Add(new JsonObject
                {
                    ["id"] = item.Id,
                    ["label"] = Label(item.Label),
                    ["thumbnail"] = Thumbnail(avatar.Id, item.Id),
                });
            }

            list.Add(new JsonObject
            {
                ["id"] = avatar.Id,
                ["label"] = Label(avatar.Label),
                ["thumbnail"] = Thumbnail(avatar.Id, avatar.Clothes[0].Id),
                ["clothes"] = clothes,
            });
        }

        return list;
    }

    /// <summary>
    /// The clothes of <paramref name="modelId"/> called <paramref name="clothesId"/>, or its first clothes when
    /// <paramref name="clothesId"/> is null; null when the avatar or the pair is unknown.
    /// </summary>
    public EmulatorClothes? FindClothes(string modelId, string? clothesId) =>
        Find(modelId) is not { } avatar ? null
        : clothesId is null ? avatar.Clothes[0]
        : avatar.Clothes.FirstOrDefault(c => c.Id == clothesId);

    /// <summary>A fresh avatar clip for the pair, or null when the pair is unknown (see <see cref="FindClothes"/>).</summary>
    public JsonObject? AvatarClip(string modelId, string? clothesId)
    {
        if (FindClothes(modelId, clothesId) is not { } clothes)
        {
            return null;
        }

        var clip = (JsonObject)referenceClip.DeepClone();
        if (clip["model"] is JsonObject model)
        {
            Rewrite(model, modelId, clothes.Id);
        }

        return clip;
    }

    /// <summary>A model object for the pair (the clip's <c>model</c>), or null when the pair is unknown.</summary>
    public JsonObject? AvatarModel(string modelId, string? clothesId) => AvatarClip(modelId, clothesId)?["model"]?.DeepClone() as JsonObject;

    /// <summary>A message naming what the account has instead of <paramref name="modelId"/> / <paramref name="clothesId"/>.</summary>
    public string UnknownMessage(string modelId, string? clothesId)
    {
        var avatar = Find(modelId);
        return avatar is null
            ? $"Avatar \"{Http.SafeText.Of(modelId, 100)}\" is not in this account; see GET /dropdown/models (it has {string.Join(", ", avatars.Select(a => a.Id))})."
            : $"Avatar \"{Http.SafeText.Of(modelId, 100)}\" has no clothes \"{Http.SafeText.Of(clothesId, 100)}\"; see GET /model (it has {string.Join(", ", avatar.Clothes.Select(c => c.Id))}).";
    }

    private string Thumbnail(string modelId, string clothesId) =>
        referenceThumbnail.Replace(ReferenceAvatar, modelId, StringComparison.Ordinal).Replace(ReferenceClothes, clothesId, StringComparison.Ordinal);

    private static JsonObject Label(string text) => new() { ["ko"] = text, ["en"] = text };

    /// <summary>Writes the pair's ids into <c>ai_name</c>, <c>emotion</c> and every string (URLs, mask file) of the model.</summary>
    private static void Rewrite(JsonNode node, string modelId, string clothesId)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
                    {
                        obj[key] = text.GetValue<string>()
                            .Replace(ReferenceAvatar, modelId, StringComparison.Ordinal)
                            .Replace(ReferenceClothes, clothesId, StringComparison.Ordinal);
                    }
                    else if (value is not null)
                    {
                        Rewrite(value, modelId, clothesId);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        Rewrite(item, modelId, clothesId);
                    }
                }

                break;
        }
    }
}
