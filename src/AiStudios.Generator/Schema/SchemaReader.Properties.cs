using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Diagnostics;
using AiStudios.Generator.Json;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Schema
{
    // Reading of one property: its C# type, limits, default and builder hints.
    internal sealed partial class SchemaReader
    {
        private PropertyModel? ReadProperty(string ownerName, JsonMember property, bool isRequired, bool isDiscriminator)
        {
            JsonNode schema = property.Value;
            string name = ReadCSharpName(schema, "x-csharp-name", Naming.ToPascalCase(property.Name));
            if (name == ownerName)
            {
                Report(DiagnosticDescriptors.DuplicateName, property, name, $"class and its property '{property.Name}' (set x-csharp-name on the property)");
                return null;
            }

            TypeInfo? type = ReadType(schema, property.Name);
            if (type is null)
            {
                return null;
            }

            string? builderMethod = name;
            JsonNode? builder = schema["x-builder"];
            if (builder is not null)
            {
                if (builder.Kind == JsonKind.False)
                {
                    builderMethod = null;
                }
                else if (builder.Kind == JsonKind.String && Naming.IsValidIdentifier(builder.StringValue!))
                {
                    builderMethod = builder.StringValue;
                }
                else
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, builder, "x-builder on a property", "false or a C# method name");
                }
            }

            JsonNode? defaultNode = schema["default"];
            JsonNode? initialNode = schema["x-builder-initial"];
            var model = new PropertyModel
            {
                JsonName = property.Name,
                Name = name,
                Kind = type.Kind,
                TypeName = type.TypeName,
                ItemKind = type.ItemKind,
                IsRequired = isRequired,
                AllowsNull = type.AllowsNull,
                IsDiscriminator = isDiscriminator,
                IsOpaqueObject = type.IsOpaqueObject,
                Description = ReadString(schema, "description"),
                Range = ReadRange(schema),
                DefaultJson = defaultNode is null ? null : JsonText.Write(defaultNode),
                DefaultString = defaultNode?.Kind == JsonKind.String ? defaultNode.StringValue : null,
                BuilderMethod = builderMethod,
                BuilderGroup = ReadString(schema, "x-builder-group"),
                Format = ReadString(schema, "x-format"),
            };
            if (schema["x-builder-default"] is JsonNode builderDefault)
            {
                // Read once every class is known: an object default names the properties of its class.
                _builderDefaults.Add((ownerName, property.Name, builderDefault));
            }

            return initialNode is null ? model : model with { Initial = ReadValue(model, initialNode, "x-builder-initial") };
        }

        /// <summary>
        /// What a value of the schema (a builder's initial value) is for the property's C# type: a
        /// literal the builder can write, an explicit null, or a value it cannot type (kept as is).
        /// </summary>
        private ValueModel ReadValue(PropertyModel property, JsonNode node, string keyword)
        {
            switch (node.Kind)
            {
                case JsonKind.Null:
                    return new ValueModel { Kind = ValueKind.Null };
                case JsonKind.True or JsonKind.False when property.Kind == PropertyKind.Boolean:
                    return new ValueModel { Kind = ValueKind.Boolean, Boolean = node.Kind == JsonKind.True };
                case JsonKind.Number when property.Kind == PropertyKind.Integer
                    && int.TryParse(node.NumberText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int integer):
                    return new ValueModel { Kind = ValueKind.Integer, Number = integer };
                case JsonKind.Number when property.Kind == PropertyKind.Number:
                    if (ExactDouble(node) is double number)
                    {
                        return new ValueModel { Kind = ValueKind.Number, Number = number };
                    }

                    Report(DiagnosticDescriptors.InvalidKeywordValue, node, keyword, "a number a double holds exactly (it would be changed)");
                    return new ValueModel { Kind = ValueKind.Other };
                case JsonKind.String when property.Kind is PropertyKind.String or PropertyKind.IntegerOrString or PropertyKind.NumberOrString:
                    return new ValueModel { Kind = ValueKind.String, Text = node.StringValue };
                case JsonKind.Number when property.Kind == PropertyKind.IntegerOrString
                    && int.TryParse(node.NumberText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int whole):
                    return new ValueModel { Kind = ValueKind.Integer, Number = whole };
                case JsonKind.Number when property.Kind == PropertyKind.NumberOrString && ExactDouble(node) is double exact:
                    return new ValueModel { Kind = ValueKind.Number, Number = exact };
                case JsonKind.String when property.Kind == PropertyKind.Enum:
                    EnumMemberModel? member = _enums.FirstOrDefault(e => e.Name == property.TypeName)?.Members.FirstOrDefault(m => m.WireName == node.StringValue);
                    return member is null ? new ValueModel { Kind = ValueKind.Other } : new ValueModel { Kind = ValueKind.EnumMember, Text = member.Name };
                default:
                    return new ValueModel { Kind = ValueKind.Other };
            }
        }

        /// <summary>
        /// Reads each property's <c>x-builder-default</c> (the value Build() gives it when it is still unset) once
        /// every class is known. Unlike an initial value it must be one the generated code can write out whole:
        /// a literal of the property's type, an object of its class whose members are such values, or <c>[]</c>.
        /// </summary>
        private void ApplyBuilderDefaults()
        {
            foreach ((string owner, string jsonName, JsonNode node) in _builderDefaults)
            {
                int index = _objects.FindIndex(o => o.Name == owner);
                PropertyModel? property = index < 0 ? null : _objects[index].Properties.FirstOrDefault(p => p.JsonName == jsonName);
                if (property is null)
                {
                    continue;
                }

                ValueModel? value = ReadBuilderDefault(property, node, "x-builder-default", depth: 0);
                if (value is not null)
                {
                    ObjectModel model = _objects[index];
                    _objects[index] = model with
                    {
                        Properties = model.Properties.Select(p => p.JsonName == jsonName ? p with { BuilderDefault = value, BuilderDefaultJson = JsonText.Write(node) } : p).ToEquatableArray(),
                    };
                }
            }
        }

        private ValueModel? ReadBuilderDefault(PropertyModel property, JsonNode node, string keyword, int depth)
        {
            if (property.Kind == PropertyKind.Object && node.Kind == JsonKind.Object && depth < 8)
            {
                ObjectModel? type = _objects.FirstOrDefault(o => o.Name == property.TypeName);
                var members = new List<InitialValueModel>();
                foreach (JsonMember member in node.Members)
                {
                    PropertyModel? target = type is null ? null : AllPropertiesOf(type).FirstOrDefault(p => p.JsonName == member.Name && !p.IsDiscriminator);
                    if (target is null)
                    {
                        Report(DiagnosticDescriptors.InvalidKeywordValue, member, keyword + "." + member.Name, $"the name of a property of {property.TypeName}");
                        return null;
                    }

                    ValueModel? value = ReadBuilderDefault(target, member.Value, keyword + "." + member.Name, depth + 1);
                    if (value is null)
                    {
                        return null;
                    }

                    members.Add(new InitialValueModel(member.Name, value));
                }

                // The generated object initializer must set every C# 'required' property of the class.
                string? missing = type is null ? null : AllPropertiesOf(type)
                    .FirstOrDefault(p => Emit.SchemaIndex.UsesRequiredModifier(p) && !p.IsDiscriminator && members.All(m => m.JsonName != p.JsonName))?.JsonName;
                if (missing is not null)
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, node, keyword, $"an object that sets every required property of {property.TypeName} ('{missing}' is missing)");
                    return null;
                }

                return new ValueModel { Kind = ValueKind.Object, Members = members.ToEquatableArray() };
            }

            if (property.Kind == PropertyKind.Array && node.Kind == JsonKind.Array && node.Items.Count == 0)
            {
                return new ValueModel { Kind = ValueKind.EmptyList };
            }

            ValueModel scalar = ReadValue(property, node, keyword);
            if (scalar.Kind is ValueKind.Other or ValueKind.Null)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, node, keyword, $"a value the property '{property.JsonName}' holds: a literal of its type, an object of its class, or [] for a list");
                return null;
            }

            return scalar;
        }

        /// <summary>The properties of a class and its bases, from the classes read so far.</summary>
        private IEnumerable<PropertyModel> AllPropertiesOf(ObjectModel model)
        {
            var visited = new HashSet<string>(System.StringComparer.Ordinal);
            for (ObjectModel? level = model; level is not null && visited.Add(level.Name); level = _objects.FirstOrDefault(o => o.Name == level.BaseName))
            {
                foreach (PropertyModel property in level.Properties)
                {
                    yield return property;
                }
            }
        }

        /// <summary>A JSON number as the double it is exactly; null when no double is (9007199254740993, 1e-400).</summary>
        private static double? ExactDouble(JsonNode node) =>
            node.Kind == JsonKind.Number
            && double.TryParse(node.NumberText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value)
            && AiStudios.Serialization.JsonNumbers.IsExactDouble(System.Text.Encoding.ASCII.GetBytes(node.NumberText!), value)
                ? value
                : null;

        private RangeModel ReadRange(JsonNode schema)
        {
            double? Number(string keyword)
            {
                JsonNode? node = schema[keyword];
                if (node is null)
                {
                    return null;
                }

                double? value = ExactDouble(node);
                if (value is null)
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, node, keyword, node.Kind == JsonKind.Number ? "a number a double holds exactly" : "a number");
                }

                return value;
            }

            int? Count(string keyword)
            {
                JsonNode? node = schema[keyword];
                if (node is null)
                {
                    return null;
                }

                if (node.Kind != JsonKind.Number || !int.TryParse(node.NumberText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count))
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, node, keyword, "a whole number, 0 or more");
                    return null;
                }

                return count;
            }

            return new RangeModel
            {
                Minimum = Number("minimum"),
                Maximum = Number("maximum"),
                ExclusiveMinimum = Number("exclusiveMinimum"),
                ExclusiveMaximum = Number("exclusiveMaximum"),
                MinLength = Count("minLength"),
                MinItems = Count("minItems"),
            };
        }

        private sealed class TypeInfo
        {
            public TypeInfo(PropertyKind kind, string? typeName = null, PropertyKind? itemKind = null, bool allowsNull = false, bool isOpaqueObject = false)
            {
                Kind = kind;
                TypeName = typeName;
                ItemKind = itemKind;
                AllowsNull = allowsNull;
                IsOpaqueObject = isOpaqueObject;
            }

            public bool IsOpaqueObject { get; }

            public PropertyKind Kind { get; }

            public string? TypeName { get; }

            public PropertyKind? ItemKind { get; }

            public bool AllowsNull { get; }
        }

        /// <summary>Works out the C# shape of a property schema, or reports why it has none.</summary>
        private TypeInfo? ReadType(JsonNode schema, string context)
        {
            JsonMember? reference = schema.Member("$ref");
            if (reference is not null)
            {
                string? def = ResolveReference(reference);
                if (def is null)
                {
                    return null;
                }

                JsonNode target = _defs[def].Value;
                switch (Classify(target))
                {
                    case DefinitionKind.Union:
                        UnionModel? union = _unions.FirstOrDefault(u => u.Members.Count > 0 && _typeNames.TryGetValue(def, out _) && UnionDefName(u) == def);
                        return union is null ? null : new TypeInfo(PropertyKind.Union, union.Name);
                    case DefinitionKind.Enum:
                        EnumModel? enumModel = ReadEnum(_typeNames[def], target);
                        return enumModel is null ? null : new TypeInfo(PropertyKind.Enum, enumModel.Name);
                    case DefinitionKind.Object:
                        return new TypeInfo(PropertyKind.Object, _typeNames[def]);
                    default:
                        return ReadType(target, def);
                }
            }

            JsonNode? typeNode = schema["type"];
            bool allowsNull = false;
            string? typeName = null;
            if (typeNode?.Kind == JsonKind.String)
            {
                typeName = typeNode.StringValue;
            }
            else if (typeNode?.Kind == JsonKind.Array)
            {
                string[] names = typeNode.Items.Where(i => i.Kind == JsonKind.String).Select(i => i.StringValue!).ToArray();
                allowsNull = names.Contains("null");
                string[] others = names.Where(n => n != "null").ToArray();
                if (names.Length == typeNode.Items.Count && names.Distinct().Count() == names.Length && IsNumberOrString(others))
                {
                    return ReadNumberOrString(schema, context, others.Contains("integer"), allowsNull);
                }

                if (others.Length != 1 || names.Length != typeNode.Items.Count)
                {
                    Report(DiagnosticDescriptors.UnsupportedConstruct, typeNode, $"the type list of '{context}': only one type, optionally with \"null\", or [\"integer\" or \"number\", \"string\"] is supported");
                    return null;
                }

                typeName = others[0];
            }
            else if (typeNode is not null)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, typeNode, "type", "a type name or an array of type names");
                return null;
            }

            if (schema.Member("enum") is not null)
            {
                string? enumName = ReadString(schema, "x-csharp-type-name");
                if (enumName is null || !Naming.IsValidIdentifier(enumName))
                {
                    Report(DiagnosticDescriptors.UnsupportedConstruct, schema, $"the inline enum of '{context}' without \"x-csharp-type-name\" (or move it to $defs)");
                    return null;
                }

                EnumModel? inline = ReadEnum(enumName, schema);
                return inline is null ? null : new TypeInfo(PropertyKind.Enum, inline.Name, allowsNull: allowsNull);
            }

            switch (typeName)
            {
                case null:
                    // No type at all: any JSON value, kept as a JsonElement.
                    return new TypeInfo(PropertyKind.Any, allowsNull: true);
                case "string":
                    return new TypeInfo(PropertyKind.String, allowsNull: allowsNull);
                case "number":
                    return new TypeInfo(PropertyKind.Number, allowsNull: allowsNull);
                case "integer":
                    return new TypeInfo(PropertyKind.Integer, allowsNull: allowsNull);
                case "boolean":
                    return new TypeInfo(PropertyKind.Boolean, allowsNull: allowsNull);
                case "array":
                    return ReadArrayType(schema, context, allowsNull);
                case "object" when schema["properties"] is null && schema["additionalProperties"] is null && schema["patternProperties"] is null:
                    // An object of undocumented format: kept whole, checked only for being an object.
                    return new TypeInfo(PropertyKind.Any, allowsNull: allowsNull, isOpaqueObject: true);
                case "object":
                    Report(DiagnosticDescriptors.UnsupportedConstruct, schema, $"the inline object schema of '{context}': move it to $defs and use '$ref'");
                    return null;
                default:
                    Report(DiagnosticDescriptors.InvalidKeywordValue, typeNode!, "type", "one of string, number, integer, boolean, array, object, null");
                    return null;
            }
        }

        private static bool IsNumberOrString(string[] types) =>
            types.Length == 2 && types.Contains("string") && (types.Contains("integer") || types.Contains("number"));

        /// <summary>
        /// <c>"type": ["integer", "string"]</c> (or <c>"number"</c>): a struct that keeps which of the two a value is,
        /// named by <c>x-csharp-type-name</c> (default <c>IntegerOrString</c> / <c>NumberOrString</c>) and emitted once.
        /// </summary>
        private TypeInfo? ReadNumberOrString(JsonNode schema, string context, bool isInteger, bool allowsNull)
        {
            if (schema.Member("enum") is not null)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, schema, $"an 'enum' on the number-or-string '{context}'");
                return null;
            }

            string name = ReadCSharpName(schema, "x-csharp-type-name", isInteger ? "IntegerOrString" : "NumberOrString");
            NumberOrStringModel? existing = _numberOrStrings.FirstOrDefault(m => m.Name == name);
            if (existing is not null && existing.IsInteger != isInteger)
            {
                Report(DiagnosticDescriptors.DuplicateName, schema, name, "number-or-string struct (one holds whole numbers, the other any number; set x-csharp-type-name)");
                return null;
            }

            if (existing is null)
            {
                existing = new NumberOrStringModel(name, isInteger);
                _numberOrStrings.Add(existing);
            }

            return new TypeInfo(existing.Kind, existing.Name, allowsNull: allowsNull);
        }

        private TypeInfo? ReadArrayType(JsonNode schema, string context, bool allowsNull)
        {
            JsonNode? items = schema["items"];
            if (items is null || items.Kind != JsonKind.Object)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, schema, $"the array '{context}' without an 'items' schema");
                return null;
            }

            CheckKeywords(items, isRoot: false);
            TypeInfo? item = ReadType(items, context + "[]");
            if (item is null)
            {
                return null;
            }

            if (item.Kind == PropertyKind.Array)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, items, $"the array of arrays '{context}'");
                return null;
            }

            if (item.Kind is PropertyKind.IntegerOrString or PropertyKind.NumberOrString)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, items, $"the array of number-or-string values '{context}'");
                return null;
            }

            return new TypeInfo(PropertyKind.Array, item.TypeName, item.Kind, allowsNull);
        }

        private string? UnionDefName(UnionModel union)
        {
            foreach (System.Collections.Generic.KeyValuePair<string, JsonMember> def in _defs)
            {
                if (Classify(def.Value.Value) == DefinitionKind.Union && def.Value.Value["x-union"]?["base"]?.StringValue is string baseRef
                    && baseRef.StartsWith(DefsPrefix, System.StringComparison.Ordinal) && _typeNames.TryGetValue(baseRef.Substring(DefsPrefix.Length), out string? baseName)
                    && baseName == union.Name)
                {
                    return def.Key;
                }
            }

            return null;
        }
    }
}
