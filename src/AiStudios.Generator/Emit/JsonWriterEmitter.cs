using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// Emits the reflection-free writer of a class: pre-encoded property names, one
    /// Utf8JsonWriter call per set property, then the kept raw properties that no typed
    /// property shadows.
    /// </summary>
    internal static class JsonWriterEmitter
    {
        private const string Writer = "global::System.Text.Json.Utf8JsonWriter";
        private const string Support = "global::AiStudios.Serialization.JsonWriteSupport";

        /// <summary>Emits the pre-encoded names every concrete class writes with.</summary>
        public static void EmitNames(SourceWriter writer, IReadOnlyList<PropertyModel> properties)
        {
            foreach (PropertyModel property in properties)
            {
                writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {NameField(property)} = global::System.Text.Json.JsonEncodedText.Encode({CSharpLiteral.String(property.JsonName)});");
            }
        }

        public static string NameField(PropertyModel property) => "Json" + property.Name;

        /// <summary>
        /// Emits <c>WriteTo</c> for a concrete class: the properties of its bases through their
        /// <c>WriteXProperties</c>, then its own (or all through its own, when classes derive
        /// from it), then the kept raw properties no typed property shadows.
        /// </summary>
        public static void EmitWriter(SourceWriter writer, SchemaIndex index, ObjectModel model, string modifier)
        {
            ObjectModel? shared = index.HasDerived(model) ? model : index.Base(model);
            IReadOnlyList<PropertyModel> inline = shared == model ? new PropertyModel[0] : model.Properties.ToList();
            writer.Line("/// <summary>Writes this object as JSON, wire names exactly as the service spells them.</summary>");
            writer.Line("/// <param name=\"writer\">Where the JSON goes.</param>");
            using (writer.Block($"public {modifier}void WriteTo({Writer} writer)"))
            {
                writer.Line("if (writer is null) throw new global::System.ArgumentNullException(nameof(writer));");
                writer.Line("writer.WriteStartObject();");
                if (shared is not null)
                {
                    writer.Line($"{WritePropertiesName(shared)}(writer);");
                }

                foreach (PropertyModel property in inline)
                {
                    EmitPropertyWrite(writer, index, property);
                }

                EmitAdditionalWrite(writer, inline, shared);
                writer.Line("writer.WriteEndObject();");
            }
        }

        /// <summary>
        /// Emits, in a class others derive from, the writer of the properties it declares (after
        /// its base's) and the test of whether one of them was written, for its descendants' WriteTo.
        /// </summary>
        public static void EmitSharedWriter(SourceWriter writer, SchemaIndex index, ObjectModel model)
        {
            ObjectModel? baseModel = index.Base(model);
            writer.Line($"/// <summary>Writes the properties {model.Name} declares, after those of its bases.</summary>");
            using (writer.Block($"private protected void {WritePropertiesName(model)}({Writer} writer)"))
            {
                if (baseModel is not null)
                {
                    writer.Line($"{WritePropertiesName(baseModel)}(writer);");
                }

                foreach (PropertyModel property in model.Properties)
                {
                    EmitPropertyWrite(writer, index, property);
                }
            }

            writer.Line();
            writer.Line($"/// <summary>Whether {WritePropertiesName(model)} wrote a typed property of this name, which then shadows a kept raw one.</summary>");
            using (writer.Block($"private protected bool {IsWrittenName(model)}(string name) => name switch", ";"))
            {
                foreach (PropertyModel property in model.Properties)
                {
                    writer.Line($"{CSharpLiteral.String(property.JsonName)} => {WrittenCondition(property)},");
                }

                writer.Line(baseModel is null ? "_ => false," : $"_ => {IsWrittenName(baseModel)}(name),");
            }
        }

        private static string WritePropertiesName(ObjectModel model) => "Write" + model.Name + "Properties";

        private static string IsWrittenName(ObjectModel model) => "IsWritten" + model.Name + "Property";

        /// <summary>The abstract <c>WriteTo</c> of a union's base.</summary>
        public static void EmitAbstractWriter(SourceWriter writer)
        {
            writer.Line("/// <summary>Writes this object as JSON, wire names exactly as the service spells them.</summary>");
            writer.Line("/// <param name=\"writer\">Where the JSON goes.</param>");
            writer.Line($"public abstract void WriteTo({Writer} writer);");
        }

        private static void EmitPropertyWrite(SourceWriter writer, SchemaIndex index, PropertyModel property)
        {
            string name = NameField(property);
            string value = property.Name;
            string json = CSharpLiteral.String(property.JsonName);
            bool nonNull = SchemaIndex.IsRequiredNonNull(property) && property.Kind != PropertyKind.String;
            switch (property.Kind)
            {
                case PropertyKind.String:
                    writer.Line($"if ({value} is not null) {Support}.WriteString(writer, {name}, {value}, {json});");
                    break;
                case PropertyKind.Number:
                    writer.Line(nonNull
                        ? $"{Support}.WriteNumber(writer, {name}, {value}, {json});"
                        : $"if ({value} is double {Local(property)}) {Support}.WriteNumber(writer, {name}, {Local(property)}, {json});");
                    break;
                case PropertyKind.Integer:
                    writer.Line(nonNull
                        ? $"writer.WriteNumber({name}, {value});"
                        : $"if ({value} is int {Local(property)}) writer.WriteNumber({name}, {Local(property)});");
                    break;
                case PropertyKind.Boolean:
                    writer.Line(nonNull
                        ? $"writer.WriteBoolean({name}, {value});"
                        : $"if ({value} is bool {Local(property)}) writer.WriteBoolean({name}, {Local(property)});");
                    break;
                case PropertyKind.Enum:
                    string enumJson = index.Global(property.TypeName!) + "Json";
                    writer.Line(nonNull
                        ? $"writer.WriteString({name}, {enumJson}.Encoded({value}));"
                        : $"if ({value} is {index.Global(property.TypeName!)} {Local(property)}) writer.WriteString({name}, {enumJson}.Encoded({Local(property)}));");
                    break;
                case PropertyKind.IntegerOrString:
                case PropertyKind.NumberOrString:
                    writer.Line(nonNull
                        ? $"{value}.WriteTo(writer, {name}, {json});"
                        : $"if ({value} is {index.Global(property.TypeName!)} {Local(property)}) {Local(property)}.WriteTo(writer, {name}, {json});");
                    break;
                case PropertyKind.Any:
                    writer.Line($"if ({value} is global::System.Text.Json.JsonElement {Local(property)} && {Local(property)}.ValueKind != global::System.Text.Json.JsonValueKind.Undefined) {Support}.WriteAny(writer, {name}, {Local(property)});");
                    break;
                case PropertyKind.Object:
                case PropertyKind.Union:
                    using (writer.Block($"if ({value} is not null)"))
                    {
                        writer.Line($"writer.WritePropertyName({name});");
                        writer.Line($"{value}.WriteTo(writer);");
                    }

                    break;
                case PropertyKind.Array:
                    EmitArrayWrite(writer, index, property);
                    break;
            }
        }

        private static void EmitArrayWrite(SourceWriter writer, SchemaIndex index, PropertyModel property)
        {
            string json = CSharpLiteral.String(property.JsonName);
            string items = CSharpLiteral.String(property.JsonName + "[]");
            using (writer.Block($"if ({property.Name} is not null)"))
            {
                writer.Line($"writer.WritePropertyName({NameField(property)});");
                writer.Line("writer.WriteStartArray();");
                using (writer.Block($"foreach ({index.ValueType(property.ItemKind!.Value, property.TypeName)} item in {property.Name})"))
                {
                    switch (property.ItemKind!.Value)
                    {
                        case PropertyKind.String:
                            writer.Line($"{Support}.WriteStringValue(writer, item, {items});");
                            break;
                        case PropertyKind.Number:
                            writer.Line($"{Support}.WriteNumberValue(writer, item, {items});");
                            break;
                        case PropertyKind.Integer:
                            writer.Line("writer.WriteNumberValue(item);");
                            break;
                        case PropertyKind.Boolean:
                            writer.Line("writer.WriteBooleanValue(item);");
                            break;
                        case PropertyKind.Enum:
                            writer.Line($"writer.WriteStringValue({index.Global(property.TypeName!)}Json.Encoded(item));");
                            break;
                        case PropertyKind.Any:
                            writer.Line($"{Support}.WriteAnyValue(writer, item, {items});");
                            break;
                        default:
                            writer.Line($"if (item is null) throw {Support}.NullItem({json});");
                            writer.Line("item.WriteTo(writer);");
                            break;
                    }
                }

                writer.Line("writer.WriteEndArray();");
            }
        }

        /// <summary>Kept raw properties go last; an entry is skipped when a typed property of that name was written.</summary>
        private static void EmitAdditionalWrite(SourceWriter writer, IReadOnlyList<PropertyModel> properties, ObjectModel? shared)
        {
            using (writer.Block($"if ({ModelEmitter.AdditionalField} is {{ Count: > 0 }} additional)"))
            {
                using (writer.Block($"foreach ({ModelEmitter.AdditionalType}.Entry entry in additional.Entries)"))
                {
                    if (properties.Count > 0)
                    {
                        using (writer.Block("switch (entry.Key)"))
                        {
                            foreach (PropertyModel property in properties)
                            {
                                string written = WrittenCondition(property);
                                string literal = CSharpLiteral.String(property.JsonName);
                                writer.Line(written == "true" ? $"case {literal}:" : $"case {literal} when {written}:");
                                writer.Indent();
                                writer.Line("continue;");
                                writer.Unindent();
                            }
                        }

                        writer.Line();
                    }

                    if (shared is not null)
                    {
                        using (writer.Block($"if ({IsWrittenName(shared)}(entry.Key))"))
                        {
                            writer.Line("continue;");
                        }

                        writer.Line();
                    }

                    writer.Line($"{Support}.WriteKept(writer, entry);");
                }
            }
        }

        private static string WrittenCondition(PropertyModel property)
        {
            if (property.IsDiscriminator)
            {
                return "true";
            }

            bool nonNull = SchemaIndex.IsRequiredNonNull(property);
            return property.Kind switch
            {
                PropertyKind.Number or PropertyKind.Integer or PropertyKind.Boolean or PropertyKind.Enum or PropertyKind.IntegerOrString or PropertyKind.NumberOrString when nonNull => "true",
                PropertyKind.Any => $"{property.Name} is global::System.Text.Json.JsonElement {{ ValueKind: not global::System.Text.Json.JsonValueKind.Undefined }}",
                _ => $"{property.Name} is not null",
            };
        }

        private static string Local(PropertyModel property)
        {
            string local = Schema.Naming.ToCamelCase(property.Name).TrimStart('@');
            return local is "writer" or "additional" or "entry" or "item" ? local + "Value" : local;
        }
    }
}
