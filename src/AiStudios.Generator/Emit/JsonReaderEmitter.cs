using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// Emits the reflection-free reader of a class: a loop over Utf8JsonReader tokens that
    /// matches property names by length and UTF-8 bytes, reads each value into a local, keeps
    /// what it cannot type as raw JSON, and builds the object once at the end, so a failure
    /// never leaves a half-filled object behind.
    /// </summary>
    internal static class JsonReaderEmitter
    {
        private const string Support = "global::AiStudios.Serialization.JsonReadSupport";
        private const string Reader = "global::System.Text.Json.Utf8JsonReader";
        private const string TokenType = "global::System.Text.Json.JsonTokenType";

        /// <summary>Emits <c>ReadJson</c> for a concrete class.</summary>
        public static void EmitReader(SourceWriter writer, SchemaIndex index, ObjectModel model, UnionModel? fallbackOf)
        {
            IReadOnlyList<PropertyModel> properties = index.AllProperties(model);
            string typeName = fallbackOf?.FallbackName ?? model.Name;
            string hide = model.BaseName is not null || fallbackOf is not null ? "new " : string.Empty;
            writer.Line($"/// <summary>Reads a {typeName} from the object at the reader's position; leaves the reader on its end.</summary>");
            using (writer.Block($"internal static {hide}{index.Global(typeName)} ReadJson(ref {Reader} reader)"))
            {
                writer.Line($"{Support}.ExpectObject(ref reader, \"{typeName}\");");
                writer.Line("long objectStart = reader.TokenStartIndex;");
                foreach (PropertyModel property in properties)
                {
                    if (property.IsDiscriminator && fallbackOf is null)
                    {
                        continue;
                    }

                    writer.Line($"{LocalType(index, property)} {Local(property)} = default;");
                }

                writer.Line($"{ModelEmitter.AdditionalType}? unknown = null;");
                using (writer.Block("while (reader.Read() && reader.TokenType != " + TokenType + ".EndObject)"))
                {
                    writer.Line($"global::System.ReadOnlySpan<byte> propertyName = {Support}.PropertyName(ref reader);");
                    writer.Line("reader.Read();");
                    using (writer.Block("switch (propertyName.Length)"))
                    {
                        foreach (PropertyModel property in properties.OrderBy(p => Encoding.UTF8.GetByteCount(p.JsonName)))
                        {
                            if (property.IsDiscriminator && fallbackOf is null)
                            {
                                // The discriminator chose this class; its value is implied.
                                writer.Line($"case {ByteCount(property.JsonName)} when global::System.MemoryExtensions.SequenceEqual(propertyName, \"{property.JsonName}\"u8):");
                                writer.Indent();
                                writer.Line("continue;");
                                writer.Unindent();
                                continue;
                            }

                            writer.Line($"case {ByteCount(property.JsonName)} when global::System.MemoryExtensions.SequenceEqual(propertyName, \"{property.JsonName}\"u8):");
                            writer.OpenBrace();
                            EmitValueRead(writer, index, property);
                            writer.Line("continue;");
                            writer.CloseBrace();
                        }
                    }

                    writer.Line();
                    writer.Line($"{Support}.KeepUnknown(ref reader, propertyName, ref unknown);");
                }

                writer.Line();
                string ctorArgs = string.Empty;
                if (fallbackOf is not null)
                {
                    PropertyModel discriminator = properties.First(p => p.IsDiscriminator);
                    ctorArgs = $"{Local(discriminator)} ?? throw {Support}.MissingRequired(objectStart, \"{discriminator.JsonName}\")";
                }

                writer.Line($"var result = new {index.Global(typeName)}({ctorArgs})");
                writer.OpenBrace();
                foreach (PropertyModel property in properties)
                {
                    if (property.IsDiscriminator)
                    {
                        continue;
                    }

                    writer.Line($"{property.Name} = {Assignment(property)},");
                }

                writer.CloseBrace(";");
                writer.Line($"result.{ModelEmitter.AdditionalField} = unknown;");
                writer.Line("return result;");
            }
        }

        /// <summary>Emits the static <c>ReadJson</c> of a union's base, which peeks at the discriminator and delegates.</summary>
        public static void EmitUnionReader(SourceWriter writer, SchemaIndex index, UnionModel union)
        {
            ObjectModel baseModel = index.Object(union.Name);
            writer.Line($"/// <summary>Reads a {union.Name} of the kind its <c>{union.DiscriminatorJsonName}</c> names; leaves the reader on its end.</summary>");
            using (writer.Block($"internal static {index.Global(union.Name)} ReadJson(ref {Reader} reader)"))
            {
                writer.Line($"{Support}.ExpectObject(ref reader, \"{union.Name}\");");
                writer.Line($"{Reader} probe = reader;");
                using (writer.Block($"if ({Support}.SeekProperty(ref probe, \"{union.DiscriminatorJsonName}\"u8) && probe.TokenType == {TokenType}.String)"))
                {
                    foreach (string member in union.Members)
                    {
                        ObjectModel memberModel = index.Object(member);
                        using (writer.Block($"if (probe.ValueTextEquals(\"{memberModel.DiscriminatorValue}\"u8))"))
                        {
                            writer.Line($"return {index.Global(member)}.ReadJson(ref reader);");
                        }
                    }

                    if (union.FallbackName is not null)
                    {
                        writer.Line();
                        writer.Line($"return {index.Global(union.FallbackName)}.ReadJson(ref reader);");
                    }
                    else
                    {
                        writer.Line();
                        writer.Line($"throw {Support}.Mismatch(ref probe, \"{union.DiscriminatorJsonName}\", \"one of {string.Join(", ", union.Members.Select(m => index.Object(m).DiscriminatorValue))}\");");
                    }
                }

                writer.Line();
                writer.Line($"throw {Support}.MissingRequired(reader.TokenStartIndex, \"{union.DiscriminatorJsonName}\");");
            }

            _ = baseModel;
        }

        /// <summary>The UTF-8 length of a name, in invariant digits for the emitted <c>case</c>.</summary>
        private static string ByteCount(string name) => Encoding.UTF8.GetByteCount(name).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static readonly HashSet<string> ReservedLocals = new HashSet<string> { "reader", "propertyName", "objectStart", "unknown", "result", "parsed", "element", "probe" };

        /// <summary>The local that holds a property while the object is read; never one of the reader's own locals.</summary>
        private static string Local(PropertyModel property)
        {
            string local = Schema.Naming.ToCamelCase(property.Name);
            return ReservedLocals.Contains(local) || local.StartsWith("@", System.StringComparison.Ordinal) ? local.TrimStart('@') + "Value" : local;
        }

        /// <summary>Locals are nullable so "absent" is known for required properties.</summary>
        private static string LocalType(SchemaIndex index, PropertyModel property)
        {
            string type = property.Kind == PropertyKind.Array ? index.ListType(property) : index.ValueType(property.Kind, property.TypeName);
            return type + "?";
        }

        private static string Assignment(PropertyModel property)
        {
            if (!SchemaIndex.IsRequiredNonNull(property))
            {
                return Local(property);
            }

            return $"{Local(property)} ?? throw {Support}.MissingRequired(objectStart, \"{property.JsonName}\")";
        }

        private static void EmitValueRead(SourceWriter writer, SchemaIndex index, PropertyModel property)
        {
            string local = Local(property);
            string json = property.JsonName;
            if (property.Kind == PropertyKind.Any)
            {
                writer.Line($"{local} = global::System.Text.Json.JsonElement.ParseValue(ref reader);");
                return;
            }

            if (property.Kind == PropertyKind.Array)
            {
                EmitArrayRead(writer, index, property);
                return;
            }

            string? tryRead = TryReadExpression(index, property.Kind, property.TypeName, out string valueType);
            if (tryRead is null)
            {
                // Objects and unions.
                string condition = $"reader.TokenType == {TokenType}.StartObject";
                writer.Line($"if ({condition}) {local} = {index.Global(property.TypeName!)}.ReadJson(ref reader);");
            }
            else
            {
                writer.Line($"if ({tryRead.Replace("VALUE", "out " + valueType + " parsed")}) {local} = parsed;");
            }

            if (SchemaIndex.IsRequiredNonNull(property))
            {
                writer.Line($"else throw {Support}.Mismatch(ref reader, \"{json}\", \"{Expected(index, property.Kind, property.TypeName)}\");");
            }
            else
            {
                writer.Line($"else {Support}.KeepRaw(ref reader, \"{json}\", ref unknown);");
            }
        }

        private static void EmitArrayRead(SourceWriter writer, SchemaIndex index, PropertyModel property)
        {
            string local = Local(property);
            string itemPath = property.JsonName + "[]";
            using (writer.Block($"if (reader.TokenType == {TokenType}.StartArray)"))
            {
                writer.Line($"{local} = new {index.ListType(property)}();");
                using (writer.Block($"while (reader.Read() && reader.TokenType != {TokenType}.EndArray)"))
                {
                    PropertyKind itemKind = property.ItemKind!.Value;
                    string? tryRead = TryReadExpression(index, itemKind, property.TypeName, out string valueType);
                    if (tryRead is null)
                    {
                        writer.Line($"{local}.Add({index.Global(property.TypeName!)}.ReadJson(ref reader));");
                    }
                    else if (itemKind == PropertyKind.Any)
                    {
                        writer.Line($"{local}.Add(global::System.Text.Json.JsonElement.ParseValue(ref reader));");
                    }
                    else
                    {
                        writer.Line($"if ({tryRead.Replace("VALUE", "out " + valueType + " element")}) {local}.Add(element);");
                        writer.Line($"else throw {Support}.Mismatch(ref reader, \"{itemPath}\", \"{Expected(index, itemKind, property.TypeName)}\");");
                    }
                }
            }

            if (SchemaIndex.IsRequiredNonNull(property))
            {
                writer.Line($"else throw {Support}.Mismatch(ref reader, \"{property.JsonName}\", \"an array\");");
            }
            else
            {
                writer.Line($"else {Support}.KeepRaw(ref reader, \"{property.JsonName}\", ref unknown);");
            }
        }

        /// <summary>A "try read" call with VALUE standing for its out argument; null for objects and unions.</summary>
        private static string? TryReadExpression(SchemaIndex index, PropertyKind kind, string? typeName, out string valueType)
        {
            valueType = index.ValueType(kind, typeName);
            return kind switch
            {
                PropertyKind.String => $"{Support}.TryReadString(ref reader, VALUE)",
                PropertyKind.Number => $"{Support}.TryReadDouble(ref reader, VALUE)",
                PropertyKind.Integer => $"{Support}.TryReadInt32(ref reader, VALUE)",
                PropertyKind.Boolean => $"{Support}.TryReadBoolean(ref reader, VALUE)",
                PropertyKind.Enum => $"{index.Global(typeName!)}Json.TryRead(ref reader, VALUE)",
                PropertyKind.Any => "true",
                _ => null,
            };
        }

        private static string Expected(SchemaIndex index, PropertyKind kind, string? typeName) => kind switch
        {
            PropertyKind.String => "a string",
            PropertyKind.Number => "a finite number",
            PropertyKind.Integer => "a 32-bit integer",
            PropertyKind.Boolean => "true or false",
            PropertyKind.Enum => "one of " + string.Join(", ", index.Schema.Enums.First(e => e.Name == typeName).Members.Select(m => m.WireName)),
            _ => "an object",
        };
    }
}
