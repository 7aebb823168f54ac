using System.Text.Json.Serialization;

namespace AiStudios.Benchmarks.Plain
{
    // The generated model reads these as enums too, so System.Text.Json gets enums with the
    // same wire names rather than cheaper plain strings.

    [JsonConverter(typeof(JsonStringEnumConverter<PlainOrientation>))]
    public enum PlainOrientation
    {
        [JsonStringEnumMemberName("landscape")] Landscape,
        [JsonStringEnumMemberName("portrait")] Portrait,
    }

    [JsonConverter(typeof(JsonStringEnumConverter<PlainResolution>))]
    public enum PlainResolution
    {
        [JsonStringEnumMemberName("4k")] Uhd4K,
        [JsonStringEnumMemberName("1080")] FullHd1080,
        [JsonStringEnumMemberName("720")] Hd720,
        [JsonStringEnumMemberName("480")] Sd480,
    }

    [JsonConverter(typeof(JsonStringEnumConverter<PlainAnimationType>))]
    public enum PlainAnimationType
    {
        [JsonStringEnumMemberName("fade-in")] FadeIn,
        [JsonStringEnumMemberName("fade-out")] FadeOut,
        [JsonStringEnumMemberName("in-right")] InRight,
        [JsonStringEnumMemberName("in-down")] InDown,
        [JsonStringEnumMemberName("in-left")] InLeft,
        [JsonStringEnumMemberName("in-up")] InUp,
        [JsonStringEnumMemberName("out-right")] OutRight,
        [JsonStringEnumMemberName("out-down")] OutDown,
        [JsonStringEnumMemberName("out-left")] OutLeft,
        [JsonStringEnumMemberName("out-up")] OutUp,
        [JsonStringEnumMemberName("zoom-in")] ZoomIn,
        [JsonStringEnumMemberName("zoom-out")] ZoomOut,
    }

    [JsonConverter(typeof(JsonStringEnumConverter<PlainShapeName>))]
    public enum PlainShapeName
    {
        [JsonStringEnumMemberName("Line_v2")] Line,
        [JsonStringEnumMemberName("Arrow_1_v2")] Arrow1,
        [JsonStringEnumMemberName("Arrow_2_v2")] Arrow2,
        [JsonStringEnumMemberName("Circle")] Circle,
        [JsonStringEnumMemberName("Triangle")] Triangle,
        [JsonStringEnumMemberName("Square")] Square,
        [JsonStringEnumMemberName("Parallelogram")] Parallelogram,
        [JsonStringEnumMemberName("Drop_1")] Drop,
        [JsonStringEnumMemberName("Polygon")] Polygon,
        [JsonStringEnumMemberName("Pentagon")] Pentagon,
        [JsonStringEnumMemberName("Oval_1")] Oval1,
        [JsonStringEnumMemberName("Oval_2")] Oval2,
        [JsonStringEnumMemberName("Hexagon_1")] Hexagon1,
        [JsonStringEnumMemberName("Hexagon_2")] Hexagon2,
        [JsonStringEnumMemberName("Diamond")] Diamond,
        [JsonStringEnumMemberName("Star")] Star,
        [JsonStringEnumMemberName("Rectangle_corner0")] Rectangle,
    }
}
