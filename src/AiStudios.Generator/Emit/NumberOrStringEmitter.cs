using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// Emits the struct of a <c>"type": ["integer", "string"]</c> (or <c>"number"</c>) property: a value that is
    /// one or the other and says which, so <c>700</c> is written back as the number it was and <c>"bold"</c> as
    /// the string. Implicit conversions from both make <c>FontWeight(700)</c> and <c>FontWeight("bold")</c> read
    /// naturally; equality and <c>ToString()</c> behave as for the value it holds.
    /// </summary>
    internal static class NumberOrStringEmitter
    {
        private const string Reader = "global::System.Text.Json.Utf8JsonReader";
        private const string Writer = "global::System.Text.Json.Utf8JsonWriter";
        private const string ReadSupport = "global::AiStudios.Serialization.JsonReadSupport";
        private const string WriteSupport = "global::AiStudios.Serialization.JsonWriteSupport";

        public static string Emit(SchemaIndex index, NumberOrStringModel model)
        {
            string name = model.Name;
            string number = model.IsInteger ? "int" : "double";
            string what = model.IsInteger ? "whole number" : "number";
            SourceWriter writer = SourceWriter.ForFile(index.Namespace);
            writer.Line("/// <summary>");
            writer.Line($"/// A value that is a {what} or a string, kept as it came: a number stays a number and a string a string,");
            writer.Line($"/// each written back the same way. Numbers and strings convert to it implicitly; <c>default</c> is the number 0.");
            writer.Line("/// </summary>");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block($"public readonly struct {name} : global::System.IEquatable<{name}>"))
            {
                writer.Line("// Null when the value is the number.");
                writer.Line("private readonly string? _text;");
                writer.Line($"private readonly {number} _number;");
                writer.Line();
                writer.Line($"/// <summary>The {what} <paramref name=\"value\"/>.</summary>");
                writer.Line("/// <param name=\"value\">The number.</param>");
                using (writer.Block($"public {name}({number} value)"))
                {
                    writer.Line("_number = value;");
                    writer.Line("_text = null;");
                }

                writer.Line();
                writer.Line("/// <summary>The string <paramref name=\"value\"/>.</summary>");
                writer.Line("/// <param name=\"value\">The string.</param>");
                writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
                using (writer.Block($"public {name}(string value)"))
                {
                    writer.Line("_text = value ?? throw new global::System.ArgumentNullException(nameof(value));");
                    writer.Line("_number = 0;");
                }

                writer.Line();
                writer.Line("/// <summary>Whether the value is a string; otherwise it is a number.</summary>");
                writer.Line("public bool IsString => _text is not null;");
                writer.Line();
                writer.Line("/// <summary>The number, or null when the value is a string.</summary>");
                writer.Line($"public {number}? Number => _text is null ? _number : null;");
                writer.Line();
                writer.Line("/// <summary>The string, or null when the value is a number.</summary>");
                writer.Line("public string? Text => _text;");
                writer.Line();
                writer.Line($"/// <summary>The {what} <paramref name=\"value\"/>.</summary>");
                writer.Line("/// <param name=\"value\">The number.</param>");
                writer.Line($"public static implicit operator {name}({number} value) => new {name}(value);");
                writer.Line();
                writer.Line("/// <summary>The string <paramref name=\"value\"/>.</summary>");
                writer.Line("/// <param name=\"value\">The string; not null.</param>");
                writer.Line($"public static implicit operator {name}(string value) => new {name}(value);");
                writer.Line();
                writer.Line("/// <summary>Whether both are the same number, or the same string (ordinal).</summary>");
                writer.Line("/// <param name=\"other\">The other value.</param>");
                writer.Line("/// <returns>Whether they are equal.</returns>");
                writer.Line($"public bool Equals({name} other) =>");
                writer.Line($"    _text is null ? other._text is null && _number.Equals(other._number) : string.Equals(_text, other._text, global::System.StringComparison.Ordinal);");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line("public override int GetHashCode() => _text is null ? _number.GetHashCode() : global::System.StringComparer.Ordinal.GetHashCode(_text);");
                writer.Line();
                writer.Line("/// <summary>Whether both are the same value.</summary>");
                writer.Line("/// <param name=\"left\">A value.</param>");
                writer.Line("/// <param name=\"right\">Another value.</param>");
                writer.Line("/// <returns>Whether they are equal.</returns>");
                writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
                writer.Line();
                writer.Line("/// <summary>Whether the values differ.</summary>");
                writer.Line("/// <param name=\"left\">A value.</param>");
                writer.Line("/// <param name=\"right\">Another value.</param>");
                writer.Line("/// <returns>Whether they differ.</returns>");
                writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
                writer.Line();
                writer.Line("/// <summary>The string, or the number as JSON writes it (invariant culture): <c>bold</c>, <c>700</c>.</summary>");
                writer.Line("/// <returns>The text.</returns>");
                writer.Line(model.IsInteger
                    ? "public override string ToString() => _text ?? _number.ToString(global::System.Globalization.CultureInfo.InvariantCulture);"
                    : "public override string ToString() => _text ?? global::AiStudios.Serialization.JsonNumbers.ShortestText(_number);");
                writer.Line();
                writer.Line("/// <summary>Reads a string, or a number the struct holds exactly; any other value is left to the caller (kept raw).</summary>");
                using (writer.Block($"internal static bool TryRead(ref {Reader} reader, out {name} value)"))
                {
                    using (writer.Block($"if ({ReadSupport}.{(model.IsInteger ? "TryReadInt32" : "TryReadDouble")}(ref reader, out {number} number))"))
                    {
                        writer.Line($"value = new {name}(number);");
                        writer.Line("return true;");
                    }

                    writer.Line();
                    using (writer.Block($"if ({ReadSupport}.TryReadString(ref reader, out string text))"))
                    {
                        writer.Line($"value = new {name}(text);");
                        writer.Line("return true;");
                    }

                    writer.Line();
                    writer.Line("value = default;");
                    writer.Line("return false;");
                }

                writer.Line();
                writer.Line("/// <summary>Writes the property as the number or string it holds.</summary>");
                using (writer.Block($"internal void WriteTo({Writer} writer, global::System.Text.Json.JsonEncodedText name, string jsonName)"))
                {
                    writer.Line($"if (_text is not null) {WriteSupport}.WriteString(writer, name, _text, jsonName);");
                    writer.Line(model.IsInteger
                        ? "else writer.WriteNumber(name, _number);"
                        : $"else {WriteSupport}.WriteNumber(writer, name, _number, jsonName);");
                }
            }

            return writer.EndFile();
        }
    }
}
