using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Tests.Infrastructure;

/// <summary>A response read to the end, with envelope helpers.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public JsonObject Json => (JsonObject)JsonNode.Parse(Body)!;

    public bool Success => Json["success"]!.GetValue<bool>();

    public JsonObject Data => (JsonObject)Json["data"]!;

    public string? ErrorCode => Json["error"]?["code"]?.GetValue<string>();

    public JsonArray? ErrorDetails => Json["error"]?["details"] as JsonArray;

    public override string ToString() => $"{(int)Status} {Body}";
}
