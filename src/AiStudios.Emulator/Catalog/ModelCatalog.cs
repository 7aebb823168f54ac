using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Catalog;

/// <summary>
/// The avatars the emulator knows, from the embedded <c>avatar-catalog.json</c>: what <c>GET /model</c> lists and
/// what <c>POST /simple/video</c> accepts as <c>model</c> / <c>clothes</c>.
/// </summary>
internal sealed class ModelCatalog
{
    private const string ResourceName = "AiStudios.Emulator.avatar-catalog.json";

    private readonly JsonArray models;

    public ModelCatalog()
    {
        using var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        models = JsonNode.Parse(reader.ReadToEnd())?["models"] as JsonArray
            ?? throw new InvalidOperationException($"{ResourceName} has no models array.");
    }

    /// <summary>The <c>models</c> array of <c>GET /model</c>: id, label {ko, en}, thumbnail, clothes [id, label, thumbnail].</summary>
    public JsonArray PublicModels()
    {
        var result = (JsonArray)models.DeepClone();
        foreach (var clothes in result.OfType<JsonObject>().SelectMany(m => m["clothes"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            // The clip template is the emulator's own implementation detail.
            clothes.Remove("clip");
        }

        return result;
    }

    public bool HasModel(string modelId) => FindModel(modelId) is not null;

    /// <summary>A fresh avatar clip for <paramref name="modelId"/> in <paramref name="clothesId"/>, or null when the pair is unknown.</summary>
    public JsonObject? AvatarClip(string modelId, string clothesId)
    {
        var clothes = (FindModel(modelId)?["clothes"] as JsonArray)?
            .OfType<JsonObject>()
            .FirstOrDefault(c => c["id"]?.GetValue<string>() == clothesId);
        return clothes?["clip"]?.DeepClone() as JsonObject;
    }

    private JsonObject? FindModel(string modelId) =>
        models.OfType<JsonObject>().FirstOrDefault(m => m["id"]?.GetValue<string>() == modelId);
}
