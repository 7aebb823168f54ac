using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiStudios.Benchmarks.Plain
{
    /// <summary>
    /// The clip union. System.Text.Json reads the "type" discriminator only when it is the
    /// object's first property (unless AllowOutOfOrderMetadataProperties, which buffers every
    /// clip), so the benchmark payload puts "type" first; see Payload/BenchmarkPayload.
    /// There is no fallback for unknown types: an abstract base cannot be one.
    /// </summary>
    [JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
    [JsonDerivedType(typeof(PlainAvatarClip), "aiModel")]
    [JsonDerivedType(typeof(PlainShapeClip), "shape")]
    [JsonDerivedType(typeof(PlainImageClip), "image")]
    [JsonDerivedType(typeof(PlainTextClip), "textImage")]
    [JsonDerivedType(typeof(PlainVideoClip), "videoImage")]
    [JsonDerivedType(typeof(PlainAudioClip), "audio")]
    public abstract class PlainClip
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("layer")] public int? Layer { get; set; }
        [JsonPropertyName("top")] public double? Top { get; set; }
        [JsonPropertyName("left")] public double? Left { get; set; }
        [JsonPropertyName("width")] public double Width { get; set; }
        [JsonPropertyName("height")] public double Height { get; set; }
        [JsonPropertyName("scaleX")] public double? ScaleX { get; set; }
        [JsonPropertyName("scaleY")] public double? ScaleY { get; set; }
        [JsonPropertyName("angle")] public double? Angle { get; set; }
        [JsonPropertyName("opacity")] public int? Opacity { get; set; }
        [JsonPropertyName("fill")] public string? Fill { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("tag")] public string? Tag { get; set; }
        [JsonPropertyName("lockScalingFlip")] public bool? LockScalingFlip { get; set; }
        [JsonPropertyName("lockMovementX")] public bool? LockMovementX { get; set; }
        [JsonPropertyName("lockMovementY")] public bool? LockMovementY { get; set; }
        [JsonPropertyName("lockRotation")] public bool? LockRotation { get; set; }
        [JsonPropertyName("lockScalingX")] public bool? LockScalingX { get; set; }
        [JsonPropertyName("lockScalingY")] public bool? LockScalingY { get; set; }
        [JsonPropertyName("lockSkewingX")] public bool? LockSkewingX { get; set; }
        [JsonPropertyName("lockSkewingY")] public bool? LockSkewingY { get; set; }
        [JsonPropertyName("lockUniScaling")] public bool? LockUniScaling { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public sealed class PlainTextClip : PlainClip
    {
        [JsonPropertyName("text")] public string Text { get; set; } = "";
        [JsonPropertyName("fontSize")] public double FontSize { get; set; }
        [JsonPropertyName("fontFamily")] public string? FontFamily { get; set; }
        [JsonPropertyName("align")] public string? Align { get; set; }
        [JsonPropertyName("backgroundColor")] public string? BackgroundColor { get; set; }
        [JsonPropertyName("stroke")] public string? Stroke { get; set; }
        [JsonPropertyName("strokeWidth")] public int? StrokeWidth { get; set; }
        [JsonPropertyName("fontWeight")] public PlainIntegerOrString? FontWeight { get; set; }
        [JsonPropertyName("fontStyle")] public string? FontStyle { get; set; }
        [JsonPropertyName("underline")] public bool? Underline { get; set; }
        [JsonPropertyName("shadow")] public PlainShadow? Shadow { get; set; }
        [JsonPropertyName("animation")] public PlainAnimation? Animation { get; set; }
    }

    public sealed class PlainImageClip : PlainClip
    {
        [JsonPropertyName("source_url")] public string SourceUrl { get; set; } = "";
        [JsonPropertyName("animation")] public PlainAnimation? Animation { get; set; }
    }

    public sealed class PlainShapeClip : PlainClip
    {
        [JsonPropertyName("shapeName")] public PlainShapeName Shape { get; set; }
        [JsonPropertyName("stroke")] public string? Stroke { get; set; }
        [JsonPropertyName("strokeWidth")] public int? StrokeWidth { get; set; }
        [JsonPropertyName("strokeRadius")] public int? StrokeRadius { get; set; }
        [JsonPropertyName("shadow")] public PlainShadow? Shadow { get; set; }
        [JsonPropertyName("animation")] public PlainAnimation? Animation { get; set; }
    }

    public sealed class PlainVideoClip : PlainClip
    {
        [JsonPropertyName("video_url")] public string VideoUrl { get; set; } = "";
        [JsonPropertyName("source_url")] public string? SourceUrl { get; set; }
        [JsonPropertyName("volume")] public int? Volume { get; set; }
    }

    public sealed class PlainAudioClip : PlainClip
    {
        [JsonPropertyName("source_url")] public string SourceUrl { get; set; } = "";
        [JsonPropertyName("volume")] public int? Volume { get; set; }
        [JsonPropertyName("label")] public string Label { get; set; } = "";
    }

    public sealed class PlainShadow
    {
        [JsonPropertyName("color")] public string? Color { get; set; }
        [JsonPropertyName("blur")] public double? Blur { get; set; }
        [JsonPropertyName("offsetX")] public double? OffsetX { get; set; }
        [JsonPropertyName("offsetY")] public double? OffsetY { get; set; }
        [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public sealed class PlainAnimation
    {
        [JsonPropertyName("type")] public PlainAnimationType? Type { get; set; }
        [JsonPropertyName("duration")] public int? Duration { get; set; }
        [JsonPropertyName("delay")] public int? Delay { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
