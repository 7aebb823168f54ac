using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Storage;

/// <summary>
/// A project's JSON exactly as the client sent it (UTF-8, after edits), so fields no table documents survive a
/// create/fetch round trip; kept as bytes, which cost what the body weighed (a tree of it cost about 18 times more),
/// with the two facts the emulator reads from it often.
/// </summary>
internal sealed class StoredPayload
{
    public const string DefaultName = "Default Template";

    private StoredPayload(byte[] utf8, string name, int sceneCount)
    {
        Utf8 = utf8;
        Name = name;
        SceneCount = sceneCount;
    }

    public byte[] Utf8 { get; }

    /// <summary><c>name</c>, or <see cref="DefaultName"/> when it is not a string.</summary>
    public string Name { get; }

    /// <summary>The number of <c>scenes</c> (0 when there is no array).</summary>
    public int SceneCount { get; }

    public int Length => Utf8.Length;

    /// <summary>Keeps <paramref name="utf8"/> (not copied), whose parsed form is <paramref name="root"/>.</summary>
    public static StoredPayload From(byte[] utf8, JsonElement root)
    {
        var name = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
            ? n.GetString() ?? DefaultName
            : DefaultName;
        var scenes = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("scenes", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.GetArrayLength()
            : 0;
        return new StoredPayload(utf8, name, scenes);
    }

    /// <summary>Writes <paramref name="node"/> (an edited or built project) as the payload.</summary>
    public static StoredPayload From(JsonObject node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Http.EmulatorJson.Options.Encoder }))
        {
            node.WriteTo(writer);
        }

        var name = node["name"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : DefaultName;
        return new StoredPayload(buffer.WrittenSpan.ToArray(), name, node["scenes"] is JsonArray scenes ? scenes.Count : 0);
    }

    /// <summary>A new tree of the payload, to edit or to hand to a test.</summary>
    public JsonObject ToNode() => (JsonObject)JsonNode.Parse(Utf8)!;
}
