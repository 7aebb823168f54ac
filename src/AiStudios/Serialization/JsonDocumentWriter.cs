using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;

namespace AiStudios.Serialization
{
    /// <summary>Writes a generated object to text or bytes.</summary>
    internal static class JsonDocumentWriter
    {
        // The payload never lands in HTML, so speech markup such as <p> stays readable instead
        // of becoming \u003Cp\u003E; the JSON is equally valid either way.
        private static readonly JsonWriterOptions Compact = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
        private static readonly JsonWriterOptions Indented = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, SkipValidation = true };

        // One compact writer and buffer per thread, taken while in use (a nested call makes its own).
        [ThreadStatic]
        private static Output? t_output;

        // The size of the last document written: the next one rents that much up front, so a
        // run of similar projects writes without growing the buffer.
        private static int s_lastSize;

        public static string ToJson(Action<Utf8JsonWriter> write, bool indented)
        {
            if (indented)
            {
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream, Indented))
                {
                    write(writer);
                }

                return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
            }

            Output output = Take();
            try
            {
                output.Write(write);
#if NETSTANDARD2_0
                return Encoding.UTF8.GetString(output.Buffer.WrittenSpan.ToArray());
#else
                return Encoding.UTF8.GetString(output.Buffer.WrittenSpan);
#endif
            }
            finally
            {
                Give(output);
            }
        }

        /// <summary>The compact UTF-8 of one document: written into pooled memory, copied once into an array of its size.</summary>
        public static byte[] ToUtf8Bytes(Action<Utf8JsonWriter> write)
        {
            Output output = Take();
            try
            {
                output.Write(write);
                return output.Buffer.ToArray();
            }
            finally
            {
                Give(output);
            }
        }

        /// <summary>
        /// Writes a document and reads it back straight from the pooled buffer, with no array in
        /// between (the deep copies of Build()).
        /// </summary>
        public static T ReadBack<T>(Action<Utf8JsonWriter> write, JsonReadFunc<T> read)
        {
            Output output = Take();
            try
            {
                output.Write(write);
                return JsonDocumentReader.Read(output.Buffer.WrittenSpan, read);
            }
            finally
            {
                Give(output);
            }
        }

        private static Output Take()
        {
            Output? output = t_output;
            t_output = null;
            return output ?? new Output();
        }

        private static void Give(Output output)
        {
            output.Buffer.Finish();
            t_output = output;
        }

        /// <summary>A pooled buffer and the writer over it.</summary>
        private sealed class Output
        {
            public readonly PooledBufferWriter Buffer = new PooledBufferWriter();
            private readonly Utf8JsonWriter _writer;

            public Output()
            {
                _writer = new Utf8JsonWriter(Buffer, Compact);
            }

            public void Write(Action<Utf8JsonWriter> write)
            {
                Buffer.Start(Volatile.Read(ref s_lastSize));
                _writer.Reset(Buffer);
                write(_writer);
                _writer.Flush();
                Volatile.Write(ref s_lastSize, Buffer.WrittenCount);
            }
        }
    }
}
