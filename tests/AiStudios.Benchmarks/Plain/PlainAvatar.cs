using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiStudios.Benchmarks.Plain
{
    public sealed class PlainAvatarClip : PlainClip
    {
        [JsonPropertyName("model")] public PlainAvatarModel Model { get; set; } = new PlainAvatarModel();
        [JsonPropertyName("script")] public PlainClipScript? ClipScript { get; set; }
        [JsonPropertyName("effects")] public List<PlainAvatarEffect>? Effects { get; set; }
        [JsonPropertyName("headOnly")] public bool? HeadOnly { get; set; }
        [JsonPropertyName("voiceOnly")] public bool? VoiceOnly { get; set; }
        [JsonPropertyName("isDelete")] public bool? IsDelete { get; set; }
    }

    public sealed class PlainClipScript
    {
        [JsonPropertyName("org")] public string? Text { get; set; }
        [JsonPropertyName("tts")] public JsonElement? Tts { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public sealed class PlainAvatarEffect
    {
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public sealed class PlainAvatarModel
    {
        [JsonPropertyName("ai_name")] public string AvatarId { get; set; } = "";
        [JsonPropertyName("emotion")] public string ClothesId { get; set; } = "";
        [JsonPropertyName("language")] public string? Language { get; set; }
        [JsonPropertyName("source_url")] public string? SourceUrl { get; set; }
        [JsonPropertyName("editor")] public PlainAvatarEditor? Editor { get; set; }
        [JsonPropertyName("origin")] public PlainPixelSize? Origin { get; set; }
        [JsonPropertyName("deployImage")] public PlainDeployImage? DeployImage { get; set; }
        [JsonPropertyName("deploySize")] public PlainDeploySize? DeploySize { get; set; }
        [JsonPropertyName("editorValue")] public PlainAvatarEditorValue? EditorValue { get; set; }
        [JsonPropertyName("maskFile")] public string? MaskFile { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public class PlainAvatarEditorValue
    {
        [JsonPropertyName("headCenterX")] public double? HeadCenterX { get; set; }
        [JsonPropertyName("headCenterY")] public double? HeadCenterY { get; set; }
        [JsonPropertyName("headWidth")] public double? HeadWidth { get; set; }
        [JsonPropertyName("headHeight")] public double? HeadHeight { get; set; }
        [JsonPropertyName("modelTightX")] public double? ModelTightX { get; set; }
        [JsonPropertyName("modelTightY")] public double? ModelTightY { get; set; }
        [JsonPropertyName("modelTightS")] public double? ModelTightS { get; set; }
        [JsonPropertyName("modelTightW")] public double? ModelTightW { get; set; }
        [JsonPropertyName("modelTightH")] public double? ModelTightH { get; set; }
        [JsonPropertyName("modelOriginW")] public double? ModelOriginW { get; set; }
        [JsonPropertyName("modelOriginH")] public double? ModelOriginH { get; set; }
        [JsonPropertyName("scale")] public double? Scale { get; set; }
        [JsonPropertyName("adjustX")] public double? AdjustX { get; set; }
        [JsonPropertyName("adjustY")] public double? AdjustY { get; set; }
        [JsonPropertyName("spaceB")] public double? SpaceB { get; set; }
        [JsonPropertyName("spaceT")] public double? SpaceT { get; set; }
        [JsonPropertyName("spaceL")] public double? SpaceL { get; set; }
        [JsonPropertyName("spaceR")] public double? SpaceR { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public sealed class PlainAvatarEditor : PlainAvatarEditorValue
    {
        [JsonPropertyName("top")] public double? Top { get; set; }
        [JsonPropertyName("left")] public double? Left { get; set; }
        [JsonPropertyName("height")] public double? Height { get; set; }
        [JsonPropertyName("width")] public double? Width { get; set; }
    }

    public sealed class PlainPixelSize
    {
        [JsonPropertyName("width")] public double? Width { get; set; }
        [JsonPropertyName("height")] public double? Height { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public sealed class PlainDeployImage
    {
        [JsonPropertyName("themb_src")] public string? ThumbnailSource { get; set; }
        [JsonPropertyName("themb_width")] public double? ThumbnailWidth { get; set; }
        [JsonPropertyName("themb_height")] public double? ThumbnailHeight { get; set; }
        [JsonPropertyName("org_src")] public string? OriginalSource { get; set; }
        [JsonPropertyName("org_width")] public double? OriginalWidth { get; set; }
        [JsonPropertyName("org_height")] public double? OriginalHeight { get; set; }
        [JsonPropertyName("edit_src")] public string? EditSource { get; set; }
        [JsonPropertyName("edit_width")] public double? EditWidth { get; set; }
        [JsonPropertyName("edit_height")] public double? EditHeight { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public sealed class PlainDeploySize
    {
        [JsonPropertyName("org_width")] public double? OriginalWidth { get; set; }
        [JsonPropertyName("org_height")] public double? OriginalHeight { get; set; }
        [JsonPropertyName("edit_width")] public double? EditWidth { get; set; }
        [JsonPropertyName("edit_height")] public double? EditHeight { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
