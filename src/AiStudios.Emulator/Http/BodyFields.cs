using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiStudios.Emulator.Validation;

namespace AiStudios.Emulator.Http;

/// <summary>Reads the small string fields of request bodies, collecting a problem per missing or mistyped one.</summary>
internal static class BodyFields
{
    /// <summary>A non-blank string, or null with a problem added.</summary>
    public static string? Required(JsonObject body, string name, List<SchemaProblem> problems)
    {
        if (Text(body[name]) is { } text && text.Trim().Length > 0)
        {
            return text;
        }

        problems.Add(new SchemaProblem("/" + name, $"{name} must be a non-empty string."));
        return null;
    }

    /// <summary>A string when present (null when absent or JSON null); a problem when of another type.</summary>
    public static string? Optional(JsonObject body, string name, List<SchemaProblem> problems)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        if (Text(node) is { } text)
        {
            return text;
        }

        problems.Add(new SchemaProblem("/" + name, $"{name} must be a string."));
        return null;
    }

    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
