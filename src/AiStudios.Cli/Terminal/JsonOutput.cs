using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiStudios.Cli.Terminal
{
    /// <summary>Indented JSON for <c>--format json</c>, with non-ASCII text (Korean labels) kept readable.</summary>
    internal static class JsonOutput
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static void Write(CliConsole console, Action<Utf8JsonWriter> write)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                write(json);
            }

            console.Line(Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}
