using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiStudios.Benchmarks.Plain
{
    // Plain classes with the wire shape of the generated model, for System.Text.Json to
    // serialize. Every class keeps unknown properties in [JsonExtensionData], as the generated
    // model does in AdditionalProperties, so both sides do the same work for the same JSON.

    public sealed class PlainProject
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("orientation")] public PlainOrientation? Orientation { get; set; }
        [JsonPropertyName("scenes")] public List<PlainScene> Scenes { get; set; } = new List<PlainScene>();
        [JsonPropertyName("isExport")] public bool? IsExport { get; set; }
        [JsonPropertyName("workspaceId")] public string? WorkspaceId { get; set; }
        [JsonPropertyName("resolution")] public PlainResolution? Resolution { get; set; }
        [JsonPropertyName("webhookUrl")] public string? WebhookUrl { get; set; }
        [JsonPropertyName("dictionary")] public JsonElement? PronunciationDictionary { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public sealed class PlainScene
    {
        [JsonPropertyName("sceneIdx")] public int SceneIndex { get; set; }
        [JsonPropertyName("background")] public PlainBackground? Background { get; set; }
        [JsonPropertyName("watermark")] public bool? Watermark { get; set; }
        [JsonPropertyName("scripts")] public List<PlainScript>? Scripts { get; set; }
        [JsonPropertyName("clips")] public List<PlainClip> Clips { get; set; } = new List<PlainClip>();
        [JsonPropertyName("thumbnailUrl")] public string? ThumbnailUrl { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public sealed class PlainBackground
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("source_type")] public string? SourceType { get; set; }
        [JsonPropertyName("source_url")] public string? SourceUrl { get; set; }
        [JsonPropertyName("source_color")] public string? SourceColor { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public sealed class PlainScript
    {
        [JsonPropertyName("org")] public string? Text { get; set; }
        [JsonPropertyName("isTTS")] public bool? IsTts { get; set; }
        [JsonPropertyName("tts")] public JsonElement? Tts { get; set; }
        [JsonPropertyName("modelId")] public string? ModelId { get; set; }
        [JsonPropertyName("clothId")] public string? ClothId { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
