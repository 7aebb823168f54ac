using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>Emits a string enum, its wire values, and the reflection-free JSON mapping.</summary>
    internal static class EnumEmitter
    {
        public static string Emit(SchemaIndex index, EnumModel model)
        {
            SourceWriter writer = SourceWriter.ForFile(index.Namespace);
            Docs.Summary(writer, model.Description, model.Name + ".");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block("public enum " + model.Name))
            {
                foreach (EnumMemberModel member in model.Members)
                {
                    writer.Line($"/// <summary>The wire value <c>{Docs.Escape(member.WireName)}</c>.</summary>");
                    writer.Line(member.Name + ",");
                }
            }

            writer.Line();
            writer.Line($"/// <summary>The wire values of <see cref=\"{model.Name}\"/>.</summary>");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block($"public static class {model.Name}Extensions"))
            {
                writer.Line($"/// <summary>The value as the service spells it, e.g. <c>{Docs.Escape(model.Members[0].WireName)}</c>.</summary>");
                writer.Line("/// <param name=\"value\">The value.</param>");
                writer.Line("/// <returns>The wire value.</returns>");
                using (writer.Block($"public static string ToWireValue(this {index.Global(model.Name)} value) => value switch", ";"))
                {
                    foreach (EnumMemberModel member in model.Members)
                    {
                        writer.Line($"{index.Global(model.Name)}.{member.Name} => {CSharpLiteral.String(member.WireName)},");
                    }

                    writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a {model.Name}.\"),");
                }

                writer.Line();
                writer.Line($"/// <summary>Finds the {model.Name} a wire value stands for.</summary>");
                writer.Line("/// <param name=\"wireValue\">The value as the service spells it (case-sensitive).</param>");
                writer.Line("/// <param name=\"value\">The value found.</param>");
                writer.Line("/// <returns>Whether the wire value is known.</returns>");
                using (writer.Block($"public static bool TryParseWireValue(string? wireValue, out {index.Global(model.Name)} value)"))
                {
                    using (writer.Block("switch (wireValue)"))
                    {
                        foreach (EnumMemberModel member in model.Members)
                        {
                            writer.Line($"case {CSharpLiteral.String(member.WireName)}: value = {index.Global(model.Name)}.{member.Name}; return true;");
                        }

                        writer.Line("default: value = default; return false;");
                    }
                }
            }

            writer.Line();
            writer.Line($"/// <summary>Reads and writes <see cref=\"{model.Name}\"/> as its wire values, without reflection.</summary>");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block($"internal static class {model.Name}Json"))
            {
                foreach (EnumMemberModel member in model.Members)
                {
                    writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText Json{member.Name} = global::System.Text.Json.JsonEncodedText.Encode({CSharpLiteral.String(member.WireName)});");
                }

                writer.Line();
                using (writer.Block($"public static global::System.Text.Json.JsonEncodedText Encoded({index.Global(model.Name)} value) => value switch", ";"))
                {
                    foreach (EnumMemberModel member in model.Members)
                    {
                        writer.Line($"{index.Global(model.Name)}.{member.Name} => Json{member.Name},");
                    }

                    writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a {model.Name}.\"),");
                }

                writer.Line();
                writer.Line("/// <summary>False for anything but a known wire value: the caller keeps such a value raw.</summary>");
                using (writer.Block($"public static bool TryRead(ref global::System.Text.Json.Utf8JsonReader reader, out {index.Global(model.Name)} value)"))
                {
                    using (writer.Block("if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)"))
                    {
                        foreach (EnumMemberModel member in model.Members)
                        {
                            writer.Line($"if (reader.ValueTextEquals({CSharpLiteral.Utf8(member.WireName)})) {{ value = {index.Global(model.Name)}.{member.Name}; return true; }}");
                        }
                    }

                    writer.Line();
                    writer.Line("value = default;");
                    writer.Line("return false;");
                }
            }

            return writer.EndFile();
        }
    }
}
