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

        /// <summary>
        /// Emits <c>ReadJson</c> for a concrete class. Its own properties are matched inline; those
        /// of its bases (and its own, when classes derive from it) go through the base's read state,
        /// so each property's reading code is emitted once, in the class that declares it.
        /// </summary>
        public static void EmitReader(SourceWriter writer, SchemaIndex index, ObjectModel model, UnionModel? fallbackOf)
        {
            string typeName = fallbackOf?.FallbackName ?? model.Name;
            string hide = model.BaseName is not null || fallbackOf is not null ? "new " : string.Empty;

            // A class others derive from reads its own properties through its state too.
            ObjectModel? stateOwner = index.HasDerived(model) ? model : index.Base(model);
            IReadOnlyList<PropertyModel> inline = stateOwner == model ? new PropertyModel[0] : model.Properties.ToList();
            List<(PropertyModel Property, string Access)> inherited = stateOwner is null ? new List<(PropertyModel, string)>() : StateFields(index, stateOwner, "inherited");

            writer.Line($"/// <summary>Reads the {typeName} at the reader's position (an object); leaves the reader on its end.</summary>");
            using (writer.Block($"internal static {hide}{index.Global(typeName)} ReadJson(ref {Reader} reader)"))
            {
                writer.Line($"{Support}.ExpectObject(ref reader, {CSharpLiteral.String(typeName)});");
                writer.Line("long objectStart = reader.TokenStartIndex;");
                foreach (PropertyModel property in inline)
                {
                    writer.Line($"{LocalType(index, property)} {Local(property)} = default;");
                }

                if (inline.Count > 0)
                {
                    writer.Line($"ulong {string.Join(" = 0, ", SeenWords("seen", inline.Count))} = 0; // one bit per property read: a name given twice is refused");
                }

                if (stateOwner is not null)
                {
                    string keep = fallbackOf is not null ? " { KeepDiscriminator = true }" : string.Empty;
                    writer.Line($"{StateType(index, stateOwner)} inherited = new {StateType(index, stateOwner)}(){keep};");
                }

                writer.Line($"{ModelEmitter.AdditionalType}? unknown = null;");
                using (writer.Block("while (reader.Read() && reader.TokenType != " + TokenType + ".EndObject)"))
                {
                    writer.Line($"global::System.ReadOnlySpan<byte> propertyName = {Support}.PropertyName(ref reader);");
                    writer.Line("reader.Read();");
                    if (inline.Count > 0)
                    {
                        EmitSwitch(writer, index, inline, Local, "seen", onMatch: "continue;");
                        writer.Line();
                    }

                    if (stateOwner is not null)
                    {
                        using (writer.Block("if (inherited.TryRead(propertyName, ref reader, ref unknown))"))
                        {
                            writer.Line("continue;");
                        }

                        writer.Line();
                    }

                    writer.Line($"{Support}.KeepUnknown(ref reader, propertyName, ref unknown);");
                }

                writer.Line();
                string ctorArgs = string.Empty;
                if (fallbackOf is not null)
                {
                    (PropertyModel discriminator, string access) = inherited.First(f => f.Property.IsDiscriminator);
                    ctorArgs = $"{access} ?? throw {Support}.MissingRequired(objectStart, {CSharpLiteral.String(discriminator.JsonName)})";
                }

                // Required values go in the initializer (C# 'required'); the state sets the rest after.
                writer.Line($"var result = new {index.Global(typeName)}({ctorArgs})");
                writer.OpenBrace();
                foreach ((PropertyModel property, string access) in inherited.Where(f => !f.Property.IsDiscriminator && SchemaIndex.IsRequiredNonNull(f.Property)))
                {
                    writer.Line($"{property.Name} = {access} ?? throw {Support}.MissingRequired(objectStart, {CSharpLiteral.String(property.JsonName)}),");
                }

                foreach (PropertyModel property in inline)
                {
                    writer.Line($"{property.Name} = {Assignment(property)},");
                }

                writer.CloseBrace(";");
                if (stateOwner is not null)
                {
                    writer.Line("inherited.ApplyTo(result);");
                }

                writer.Line($"result.{ModelEmitter.AdditionalField} = unknown;");
                writer.Line("return result;");
            }
        }

        /// <summary>
        /// Emits, in a class others derive from, the struct its descendants read its properties
        /// into: one field per property (the base's state nested), <c>TryRead</c> and <c>ApplyTo</c>.
        /// </summary>
        public static void EmitState(SourceWriter writer, SchemaIndex index, ObjectModel model)
        {
            ObjectModel? baseModel = index.Base(model);
            string name = StateName(model);
            bool hasDiscriminator = model.Properties.Any(p => p.IsDiscriminator);
            writer.Line($"/// <summary>What a reader has read of the properties {model.Name} declares; shared by the readers of every class derived from it.</summary>");
            using (writer.Block($"private protected struct {name}"))
            {
                if (baseModel is not null)
                {
                    writer.Line($"internal {StateType(index, baseModel)} Inherited;");
                }

                if (hasDiscriminator)
                {
                    writer.Line("/// <summary>Whether to keep the discriminator's value (the fallback class needs it; the others imply it).</summary>");
                    writer.Line("internal bool KeepDiscriminator;");
                }

                if (model.Properties.Count > 0)
                {
                    writer.Line("/// <summary>One bit per property read, so a name given twice is refused.</summary>");
                    writer.Line($"internal ulong {string.Join(", ", SeenWords(StateSeen, model.Properties.Count))};");
                }

                foreach (PropertyModel property in model.Properties)
                {
                    writer.Line($"internal {LocalType(index, property)} {property.Name};");
                }

                writer.Line();
                writer.Line("/// <summary>Reads the value of <paramref name=\"propertyName\"/> when this class declares it.</summary>");
                using (writer.Block($"internal bool TryRead(scoped global::System.ReadOnlySpan<byte> propertyName, ref {Reader} reader, ref {ModelEmitter.AdditionalType}? unknown)"))
                {
                    EmitSwitch(writer, index, model.Properties.ToList(), p => p.Name, StateSeen, onMatch: "return true;");
                    writer.Line();
                    writer.Line(baseModel is null ? "return false;" : "return Inherited.TryRead(propertyName, ref reader, ref unknown);");
                }

                writer.Line();
                writer.Line("/// <summary>Sets the optional properties read; required ones are set when the object is created.</summary>");
                using (writer.Block($"internal readonly void ApplyTo({index.Global(model.Name)} target)"))
                {
                    if (baseModel is not null)
                    {
                        writer.Line("Inherited.ApplyTo(target);");
                    }

                    foreach (PropertyModel property in model.Properties.Where(p => !p.IsDiscriminator && !SchemaIndex.IsRequiredNonNull(p)))
                    {
                        writer.Line($"target.{property.Name} = {property.Name};");
                    }
                }
            }
        }

        /// <summary>Matches a property name against <paramref name="properties"/> by UTF-8 length, then bytes.</summary>
        private static void EmitSwitch(SourceWriter writer, SchemaIndex index, IReadOnlyList<PropertyModel> properties, System.Func<PropertyModel, string> target, string seen, string onMatch)
        {
            using (writer.Block("switch (propertyName.Length)"))
            {
                foreach (PropertyModel property in properties.OrderBy(p => Encoding.UTF8.GetByteCount(p.JsonName)))
                {
                    int bit = IndexOf(properties, property);
                    writer.Line($"case {ByteCount(property.JsonName)} when global::System.MemoryExtensions.SequenceEqual(propertyName, {CSharpLiteral.Utf8(property.JsonName)}):");
                    writer.OpenBrace();
                    string word = SeenWord(seen, properties.Count, bit);
                    string mask = "1UL << " + (bit % 64).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    writer.Line($"if (({word} & ({mask})) != 0) throw {Support}.Duplicate(ref reader, {CSharpLiteral.String(property.JsonName)});");
                    writer.Line($"{word} |= {mask};");
                    if (property.IsDiscriminator)
                    {
                        // The discriminator chose the class; only the fallback keeps its value.
                        using (writer.Block("if (KeepDiscriminator)"))
                        {
                            EmitValueRead(writer, index, property, target(property));
                        }

                        writer.Line("else reader.Skip();");
                    }
                    else
                    {
                        EmitValueRead(writer, index, property, target(property));
                    }

                    writer.Line(onMatch);
                    writer.CloseBrace();
                }
            }
        }

        /// <summary>The mask words of a class's properties: <c>seen</c>, or <c>seen0</c>, <c>seen1</c>, ... past 64 properties.</summary>
        private static IEnumerable<string> SeenWords(string stem, int count) =>
            count <= 64 ? new[] { stem } : Enumerable.Range(0, ((count - 1) / 64) + 1).Select(w => stem + w.ToString(System.Globalization.CultureInfo.InvariantCulture));

        private static string SeenWord(string stem, int count, int bit) =>
            count <= 64 ? stem : stem + (bit / 64).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static int IndexOf(IReadOnlyList<PropertyModel> properties, PropertyModel property)
        {
            for (int i = 0; i < properties.Count; i++)
            {
                if (ReferenceEquals(properties[i], property))
                {
                    return i;
                }
            }

            return -1;
        }

        // The state's mask field; its other fields are named after the properties, so not "Seen" (a plausible property).
        private const string StateSeen = "SeenProperties";

        private static string StateName(ObjectModel model) => model.Name + "JsonState";

        private static string StateType(SchemaIndex index, ObjectModel model) => index.Global(model.Name) + "." + StateName(model);

        /// <summary>Every property a state covers (its class's and its bases'), with the expression that reaches its field.</summary>
        private static List<(PropertyModel Property, string Access)> StateFields(SchemaIndex index, ObjectModel owner, string variable)
        {
            var fields = new List<(PropertyModel, string)>();
            string prefix = variable;
            for (ObjectModel? level = owner; level is not null; level = index.Base(level))
            {
                foreach (PropertyModel property in level.Properties)
                {
                    fields.Add((property, prefix + "." + property.Name));
                }

                prefix += ".Inherited";
            }

            return fields;
        }

        /// <summary>Emits the static <c>ReadJson</c> of a union's base, which peeks at the discriminator and delegates.</summary>
        public static void EmitUnionReader(SourceWriter writer, SchemaIndex index, UnionModel union)
        {
            ObjectModel baseModel = index.Object(union.Name);
            writer.Line($"/// <summary>Reads a {union.Name} of the kind its <c>{union.DiscriminatorJsonName}</c> names; leaves the reader on its end.</summary>");
            using (writer.Block($"internal static {index.Global(union.Name)} ReadJson(ref {Reader} reader)"))
            {
                writer.Line($"{Support}.ExpectObject(ref reader, {CSharpLiteral.String(union.Name)});");
                writer.Line($"{Reader} probe = reader;");
                using (writer.Block($"if ({Support}.SeekProperty(ref probe, {CSharpLiteral.Utf8(union.DiscriminatorJsonName)}))"))
                {
                    using (writer.Block($"if (probe.TokenType != {TokenType}.String)"))
                    {
                        writer.Line($"throw {Support}.Mismatch(ref probe, {CSharpLiteral.String(union.DiscriminatorJsonName)}, {CSharpLiteral.String("a string naming the kind of " + union.Name)});");
                    }

                    writer.Line();
                    foreach (string member in union.Members)
                    {
                        ObjectModel memberModel = index.Object(member);
                        using (writer.Block($"if (probe.ValueTextEquals({CSharpLiteral.Utf8(memberModel.DiscriminatorValue!)}))"))
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
                        writer.Line($"throw {Support}.Mismatch(ref probe, {CSharpLiteral.String(union.DiscriminatorJsonName)}, {CSharpLiteral.String("one of " + string.Join(", ", union.Members.Select(m => index.Object(m).DiscriminatorValue)))});");
                    }
                }

                writer.Line();
                writer.Line($"throw {Support}.MissingRequired(reader.TokenStartIndex, {CSharpLiteral.String(union.DiscriminatorJsonName)});");
            }

            _ = baseModel;
        }

        /// <summary>The UTF-8 length of a name, in invariant digits for the emitted <c>case</c>.</summary>
        private static string ByteCount(string name) => Encoding.UTF8.GetByteCount(name).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static readonly HashSet<string> ReservedLocals = new HashSet<string> { "reader", "propertyName", "objectStart", "unknown", "result", "parsed", "element", "probe", "inherited" };

        /// <summary>The local that holds a property while the object is read; never one of the reader's own locals.</summary>
        private static string Local(PropertyModel property)
        {
            string local = Schema.Naming.ToCamelCase(property.Name);
            bool taken = ReservedLocals.Contains(local) || IsSeenWord(local) || local.StartsWith("@", System.StringComparison.Ordinal);
            return taken ? local.TrimStart('@') + "Value" : local;
        }

        /// <summary>The mask locals: <c>seen</c>, <c>seen0</c>, <c>seen1</c>, ...</summary>
        private static bool IsSeenWord(string local) =>
            local.StartsWith("seen", System.StringComparison.Ordinal) && local.Skip(4).All(char.IsDigit);

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

            return $"{Local(property)} ?? throw {Support}.MissingRequired(objectStart, {CSharpLiteral.String(property.JsonName)})";
        }

        private static void EmitValueRead(SourceWriter writer, SchemaIndex index, PropertyModel property, string local)
        {
            string json = CSharpLiteral.String(property.JsonName);
            if (property.Kind == PropertyKind.Any)
            {
                writer.Line($"{local} = {Support}.ParseRaw(ref reader);");
                return;
            }

            if (property.Kind == PropertyKind.Array)
            {
                EmitArrayRead(writer, index, property, local);
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
                writer.Line(property.Kind == PropertyKind.Number
                    ? $"else throw {Support}.NumberMismatch(ref reader, {json});"
                    : $"else throw {Support}.Mismatch(ref reader, {json}, {CSharpLiteral.String(Expected(index, property.Kind, property.TypeName))});");
            }
            else
            {
                writer.Line($"else {Support}.KeepRaw(ref reader, {json}, ref unknown);");
            }
        }

        private static void EmitArrayRead(SourceWriter writer, SchemaIndex index, PropertyModel property, string local)
        {
            string itemPath = CSharpLiteral.String(property.JsonName + "[]");
            string json = CSharpLiteral.String(property.JsonName);

            // An optional list with an item of the wrong kind (a null from a JavaScript array
            // with holes) is kept raw as a whole, like any value its typed property cannot hold.
            string fits = SchemaIndex.IsRequiredNonNull(property) || property.ItemKind == PropertyKind.Any
                ? string.Empty
                : $" && {Support}.ItemsAre(reader, {ItemToken(property.ItemKind!.Value)})";
            using (writer.Block($"if (reader.TokenType == {TokenType}.StartArray{fits})"))
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
                        writer.Line($"{local}.Add({Support}.ParseRaw(ref reader));");
                    }
                    else
                    {
                        writer.Line($"if ({tryRead.Replace("VALUE", "out " + valueType + " element")}) {local}.Add(element);");
                        writer.Line(itemKind == PropertyKind.Number
                            ? $"else throw {Support}.NumberMismatch(ref reader, {itemPath});"
                            : $"else throw {Support}.Mismatch(ref reader, {itemPath}, {CSharpLiteral.String(Expected(index, itemKind, property.TypeName))});");
                    }
                }
            }

            if (SchemaIndex.IsRequiredNonNull(property))
            {
                writer.Line($"else throw {Support}.Mismatch(ref reader, {json}, \"an array\");");
            }
            else
            {
                writer.Line($"else {Support}.KeepRaw(ref reader, {json}, ref unknown);");
            }
        }

        /// <summary>The token every item of a list of this kind starts with (numbers and booleans are checked further when read).</summary>
        private static string ItemToken(PropertyKind kind) => kind switch
        {
            PropertyKind.String or PropertyKind.Enum => $"{TokenType}.String",
            PropertyKind.Number or PropertyKind.Integer => $"{TokenType}.Number",
            PropertyKind.Boolean => $"{TokenType}.True",
            _ => $"{TokenType}.StartObject",
        };

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
                PropertyKind.IntegerOrString or PropertyKind.NumberOrString => $"{index.Global(typeName!)}.TryRead(ref reader, VALUE)",
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
            PropertyKind.IntegerOrString => "a 32-bit integer or a string",
            PropertyKind.NumberOrString => "a finite number or a string",
            _ => "an object",
        };
    }
}
