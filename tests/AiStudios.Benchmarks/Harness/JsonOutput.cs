using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiStudios.Benchmarks.Harness
{
    /// <summary>
    /// One reusable UTF-8 destination for the write benchmarks, so they measure serialization
    /// rather than growing and copying output arrays. All three serializers write through the same
    /// <see cref="Utf8JsonWriter"/> with the options the SDK's own ToJson uses (relaxed escaping,
    /// so "&lt;p&gt;" in speech text is written as is; no structural validation).
    /// </summary>
    public sealed class JsonOutput
    {
        public static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = true,
        };

        private readonly ArrayBufferWriter<byte> _buffer = new ArrayBufferWriter<byte>(256 * 1024);
        private readonly Utf8JsonWriter _writer;

        public JsonOutput()
        {
            _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        }

        public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

        /// <summary>Empties the buffer (keeping its memory) and returns the writer, ready for a document.</summary>
        public Utf8JsonWriter Start()
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            return _writer;
        }

        /// <summary>Flushes the writer; returns the document's length so the work cannot be optimized away.</summary>
        public int Finish()
        {
            _writer.Flush();
            return _buffer.WrittenCount;
        }

        /// <summary>A fresh copy of what <paramref name="write"/> writes; for setup and checks, not for timing.</summary>
        public static byte[] Capture(Action<Utf8JsonWriter> write)
        {
            var output = new JsonOutput();
            write(output.Start());
            output.Finish();
            return output.Written.ToArray();
        }
    }
}
