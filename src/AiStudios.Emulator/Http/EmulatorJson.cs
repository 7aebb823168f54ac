using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiStudios.Emulator.Http;

/// <summary>How the emulator writes JSON.</summary>
internal static class EmulatorJson
{
    /// <summary>
    /// Relaxed escaping: Korean labels and quotes in messages stay readable (<c>"</c>, not <c>\u0022</c>). Safe here
    /// because answers are <c>application/json</c>, never embedded in HTML.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
