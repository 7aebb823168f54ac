using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiStudios.Serialization
{
    /// <summary>Writes a generated object to text or bytes.</summary>
    internal static class JsonDocumentWriter
    {
        // The payload never lands in HTML, so speech markup such as <p> stays readable instead
        // of becoming \u003Cp\u003E; the JSON is equally valid either way.
        private static readonly JsonWriterOptions Compact = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
        private static readonly JsonWriterOptions Indented = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, SkipValidation = true };

        public static string ToJson(Action<Utf8JsonWriter> write, bool indented)
        {
            using var stream = new MemoryStream();
            Write(stream, write, indented);
            return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        }

        public static byte[] ToUtf8Bytes(Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            Write(stream, write, indented: false);
            return stream.ToArray();
        }

        private static void Write(Stream stream, Action<Utf8JsonWriter> write, bool indented)
        {
            using var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact);
            write(writer);
            writer.Flush();
        }
    }
}
