using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// Emits the root class's document API: FromJson from text, UTF-8 bytes or a stream, and
    /// ToJson / ToUtf8Bytes. Parsing goes through the runtime's JsonDocumentReader, which turns
    /// every failure into one exception that names line, byte position and JSON path.
    /// </summary>
    internal static class DocumentApiEmitter
    {
        private const string DocumentReader = "global::AiStudios.Serialization.JsonDocumentReader";
        private const string DocumentWriter = "global::AiStudios.Serialization.JsonDocumentWriter";
        private const string Exception = "global::AiStudios.Serialization.AiStudiosJsonException";

        public static void Emit(SourceWriter writer, SchemaIndex index, ObjectModel model)
        {
            string type = index.Global(model.Name);
            string name = model.Name;
            writer.Line($"/// <summary>Reads a {name} from JSON text.</summary>");
            writer.Line("/// <param name=\"json\">The JSON text.</param>");
            writer.Line($"/// <returns>The {name}, with every property the schema does not know kept in AdditionalProperties.</returns>");
            writer.Line($"/// <exception cref=\"{Exception}\">The text is not JSON, or not a {name}; the message names line, byte position and JSON path.</exception>");
            writer.Line($"public static {type} FromJson(string json) => {DocumentReader}.Read(json, ReadJson);");
            writer.Line();
            writer.Line($"/// <summary>Reads a {name} from UTF-8 JSON.</summary>");
            writer.Line("/// <param name=\"utf8Json\">The UTF-8 encoded JSON.</param>");
            writer.Line($"/// <returns>The {name}, with every property the schema does not know kept in AdditionalProperties.</returns>");
            writer.Line($"/// <exception cref=\"{Exception}\">The bytes are not JSON, or not a {name}; the message names line, byte position and JSON path.</exception>");
            writer.Line($"public static {type} FromJson(global::System.ReadOnlySpan<byte> utf8Json) => {DocumentReader}.Read(utf8Json, ReadJson);");
            writer.Line();
            writer.Line($"/// <summary>Reads a {name} from a stream of UTF-8 JSON, to its end.</summary>");
            writer.Line("/// <param name=\"utf8Json\">The stream; it is read to its end and not closed.</param>");
            writer.Line($"/// <returns>The {name}.</returns>");
            writer.Line($"/// <exception cref=\"{Exception}\">The stream does not hold JSON, or not a {name}.</exception>");
            writer.Line($"public static {type} FromJson(global::System.IO.Stream utf8Json) => {DocumentReader}.Read(utf8Json, ReadJson);");
            writer.Line();
            writer.Line($"/// <summary>Reads a {name} from a stream of UTF-8 JSON, to its end, without blocking.</summary>");
            writer.Line("/// <param name=\"utf8Json\">The stream; it is read to its end and not closed.</param>");
            writer.Line("/// <param name=\"cancellationToken\">Stops reading the stream.</param>");
            writer.Line($"/// <returns>The {name}.</returns>");
            writer.Line($"/// <exception cref=\"{Exception}\">The stream does not hold JSON, or not a {name}.</exception>");
            writer.Line($"public static global::System.Threading.Tasks.Task<{type}> FromJsonAsync(global::System.IO.Stream utf8Json, global::System.Threading.CancellationToken cancellationToken = default) =>");
            writer.Line($"    {DocumentReader}.ReadAsync(utf8Json, ReadJson, cancellationToken);");
            writer.Line();
            writer.Line($"/// <summary>Writes this {name} as JSON text.</summary>");
            writer.Line("/// <param name=\"indented\">Whether to indent the JSON for people to read.</param>");
            writer.Line("/// <returns>The JSON text.</returns>");
            writer.Line($"public string ToJson(bool indented = false) => {DocumentWriter}.ToJson(WriteTo, indented);");
            writer.Line();
            writer.Line($"/// <summary>Writes this {name} as UTF-8 JSON.</summary>");
            writer.Line("/// <returns>The UTF-8 bytes.</returns>");
            writer.Line($"public byte[] ToUtf8Bytes() => {DocumentWriter}.ToUtf8Bytes(WriteTo);");
            writer.Line();
        }
    }
}
