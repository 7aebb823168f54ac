using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Http;

/// <summary>
/// Builds the service's response envelope: <c>{"success": true, "data": ...}</c> or
/// <c>{"success": false, "error": {"code", "msg", "details"?}}</c>. JSON nodes keep the documented property names
/// exactly (<c>download_url</c>, <c>_id</c>, ...), which no naming policy would.
/// </summary>
internal static class Envelope
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static IResult Ok(JsonObject data) => new EnvelopeResult(StatusCodes.Status200OK, Success(data));

    /// <summary>
    /// A success envelope whose <c>data</c> is written by <paramref name="writeData"/> straight to UTF-8, at once (so
    /// a caller holding a lock reads consistent state): a stored project is copied from its bytes, never built as a tree.
    /// </summary>
    public static IResult Ok(Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = EmulatorJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", true);
            writer.WritePropertyName("data");
            writeData(writer);
            writer.WriteEndObject();
        }

        return new BytesResult(StatusCodes.Status200OK, buffer.WrittenMemory);
    }

    public static IResult Error(int status, string code, string msg, JsonArray? details = null) =>
        new EnvelopeResult(status, Failure(code, msg, details));

    public static IResult NotFound(string what) =>
        Error(StatusCodes.Status404NotFound, ErrorCodes.NotFound, $"{what} was not found.");

    public static JsonObject Success(JsonObject data) => new() { ["success"] = true, ["data"] = data };

    public static JsonObject Failure(string code, string msg, JsonArray? details = null)
    {
        var error = new JsonObject { ["code"] = code, ["msg"] = msg };
        if (details is not null)
        {
            error["details"] = details;
        }

        return new JsonObject { ["success"] = false, ["error"] = error };
    }

    /// <summary>Writes an error envelope from middleware, where there is no <see cref="IResult"/> pipeline.</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string code, string msg) =>
        new EnvelopeResult(status, Failure(code, msg)).ExecuteAsync(context);

    private sealed class BytesResult(int status, ReadOnlyMemory<byte> body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = JsonContentType;
            httpContext.Response.ContentLength = body.Length;
            await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }

    private sealed class EnvelopeResult(int status, JsonObject body) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) =>
            new BytesResult(status, Encoding.UTF8.GetBytes(body.ToJsonString(EmulatorJson.Options))).ExecuteAsync(httpContext);
    }
}
