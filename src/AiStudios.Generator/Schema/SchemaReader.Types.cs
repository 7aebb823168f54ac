using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Diagnostics;
using AiStudios.Generator.Json;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Schema
{
    // Reading of the three kinds of type a schema defines: enums, unions and objects.
    internal sealed partial class SchemaReader
    {
        private void ReadEnumDefinitions()
        {
            foreach (KeyValuePair<string, JsonMember> def in _defs)
            {
                if (Classify(def.Value.Value) == DefinitionKind.Enum)
                {
                    ReadEnum(_typeNames[def.Key], def.Value.Value);
                }
            }
        }

        private EnumModel? ReadEnum(string name, JsonNode schema)
        {
            EnumModel? existing = _enums.FirstOrDefault(e => e.Name == name);
            if (existing is not null)
            {
                return existing;
            }

            JsonNode values = schema["enum"]!;
            if (values.Kind != JsonKind.Array || values.Items.Count == 0 || values.Items.Any(v => v.Kind != JsonKind.String))
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, values, "enum", "a non-empty array of strings (only string enums are supported)");
                return null;
            }

            JsonNode? names = schema["x-enum-names"];
            if (names is not null && (names.Kind != JsonKind.Array || names.Items.Count != values.Items.Count || names.Items.Any(n => n.Kind != JsonKind.String || !Naming.IsValidIdentifier(n.StringValue!))))
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, names, "x-enum-names", $"an array of {values.Items.Count} C# identifiers, one per value of 'enum'");
                names = null;
            }

            var members = new List<EnumMemberModel>();
            for (int i = 0; i < values.Items.Count; i++)
            {
                string wire = values.Items[i].StringValue!;
                string memberName = names?.Items[i].StringValue ?? Naming.ToPascalCase(wire);
                if (members.Any(m => m.Name == memberName))
                {
                    Report(DiagnosticDescriptors.DuplicateName, values.Items[i], memberName, $"value of the enum {name}");
                    continue;
                }

                members.Add(new EnumMemberModel(wire, memberName));
            }

            var model = new EnumModel(name, ReadString(schema, "description"), members.ToEquatableArray());
            _enums.Add(model);
            return model;
        }

        private void ReadUnions()
        {
            foreach (KeyValuePair<string, JsonMember> def in _defs)
            {
                JsonNode schema = def.Value.Value;
                if (Classify(schema) != DefinitionKind.Union)
                {
                    continue;
                }

                JsonNode union = schema["x-union"]!;
                string? baseRef = union.Kind == JsonKind.Object ? union["base"]?.StringValue : null;
                string? discriminator = union.Kind == JsonKind.Object ? union["discriminator"]?.StringValue : null;
                JsonNode? oneOf = schema["oneOf"];
                if (baseRef is null || discriminator is null)
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, union, "x-union", "{\"base\": \"#/$defs/...\", \"discriminator\": \"type\"}");
                    continue;
                }

                if (oneOf?.Kind != JsonKind.Array || oneOf.Items.Count == 0)
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, schema, "A union (x-union)", "have a non-empty 'oneOf' of '$ref's");
                    continue;
                }

                string? baseDef = ResolveReference(union.Member("base")!);
                if (baseDef is null || Classify(_defs[baseDef].Value) != DefinitionKind.Object)
                {
                    if (baseDef is not null)
                    {
                        Report(DiagnosticDescriptors.InvalidKeywordValue, union["base"]!, "x-union.base", "a reference to an object schema");
                    }

                    continue;
                }

                string unionName = _typeNames[baseDef];
                string? fallback = union["fallback"]?.StringValue;
                if (fallback is not null && !Naming.IsValidIdentifier(fallback))
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, union["fallback"]!, "x-union.fallback", "a valid C# identifier");
                    fallback = null;
                }

                var members = new List<string>();
                foreach (JsonNode item in oneOf.Items)
                {
                    JsonMember? reference = item.Kind == JsonKind.Object ? item.Member("$ref") : null;
                    string? memberDef = reference is null ? null : ResolveReference(reference);
                    if (reference is null)
                    {
                        Report(DiagnosticDescriptors.UnsupportedConstruct, item, "a union member that is not a '$ref' to a '$defs' entry");
                    }

                    if (memberDef is null)
                    {
                        continue;
                    }

                    if (Classify(_defs[memberDef].Value) != DefinitionKind.Object)
                    {
                        Report(DiagnosticDescriptors.InvalidKeywordValue, reference!.Value, "A union member", "a reference to an object schema that extends the union's base");
                        continue;
                    }

                    _unionMembers[memberDef] = new UnionMembership(unionName, discriminator, reference!);
                    members.Add(_typeNames[memberDef]);
                }

                _unions.Add(new UnionModel
                {
                    Name = unionName,
                    Description = ReadString(schema, "description"),
                    DiscriminatorJsonName = discriminator,
                    FallbackName = fallback,
                    Members = members.ToEquatableArray(),
                });
            }
        }

        private ObjectModel ReadObject(string name, JsonNode schema, bool isRoot, string? defName)
        {
            string? baseName = ReadBase(schema);
            UnionMembership? membership = defName is not null && _unionMembers.TryGetValue(defName, out UnionMembership? found) ? found : null;
            if (membership is not null && baseName != membership.UnionName)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, membership.Reference.Value, "A union member", $"extend the union's base with \"allOf\": [{{\"$ref\": ...}}] so it is a {membership.UnionName}");
            }

            JsonNode? requiredNode = schema["required"];
            HashSet<string> required = ReadNames(requiredNode, "required");
            JsonNode? referenceNode = schema["x-reference-required"];
            HashSet<string> referenceRequired = ReadNames(referenceNode, "x-reference-required");

            string? discriminatorValue = null;
            UnionModel? unionOfThis = _unions.FirstOrDefault(u => u.Name == name);
            var properties = new List<PropertyModel>();
            JsonNode? propertiesNode = schema["properties"];
            if (propertiesNode is not null && propertiesNode.Kind != JsonKind.Object)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, propertiesNode, "properties", "an object of property schemas");
            }
            else if (propertiesNode is not null)
            {
                foreach (JsonMember property in propertiesNode.Members)
                {
                    if (property.Value.Kind != JsonKind.Object)
                    {
                        Report(DiagnosticDescriptors.InvalidKeywordValue, property.Value, "properties/" + property.Name, "a schema object");
                        continue;
                    }

                    CheckKeywords(property.Value, isRoot: false);
                    if (membership is not null && property.Name == membership.Discriminator)
                    {
                        discriminatorValue = property.Value["const"]?.StringValue;
                        if (discriminatorValue is null)
                        {
                            Report(DiagnosticDescriptors.InvalidKeywordValue, property.Value, $"The discriminator '{property.Name}' of a union member", "{\"const\": \"value\"}");
                        }

                        continue;
                    }

                    // The union decides which property tells its members apart; x-discriminator only documents it.
                    bool isDiscriminator = unionOfThis is not null && property.Name == unionOfThis.DiscriminatorJsonName;
                    PropertyModel? model = ReadProperty(name, property, required.Contains(property.Name), isDiscriminator);
                    if (model is not null && referenceRequired.Contains(property.Name))
                    {
                        model = model with { IsReferenceRequired = true };
                    }

                    if (isDiscriminator && model is not null && model.Kind != PropertyKind.String)
                    {
                        Report(DiagnosticDescriptors.InvalidKeywordValue, property.Value, $"The discriminator '{property.Name}' of the union {name}", "a string property");
                        continue;
                    }
                    if (model is not null)
                    {
                        properties.Add(model);
                    }
                }
            }

            if (unionOfThis is not null && !properties.Any(p => p.IsDiscriminator))
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, schema, $"The base of the union {name}", $"declare the string property '{unionOfThis.DiscriminatorJsonName}' that x-union names as its discriminator");
            }

            if (membership is not null && discriminatorValue is null && propertiesNode?.Member(membership.Discriminator) is null)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, schema, $"A member of the union {membership.UnionName}", $"declare \"{membership.Discriminator}\": {{\"const\": \"...\"}}");
            }

            foreach (string referenceName in referenceRequired)
            {
                // Only the class that declares a property says the reference requires it.
                if (properties.All(p => p.JsonName != referenceName) || required.Contains(referenceName))
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, referenceNode!, $"'x-reference-required' entry '{referenceName}'", "the name of a property this object declares and does not list in 'required'");
                }
            }

            var inheritedRequired = new List<string>();
            foreach (string missing in required.Where(r => properties.All(p => p.JsonName != r) && r != membership?.Discriminator))
            {
                inheritedRequired.Add(missing);
                // Names required of inherited properties are checked against the base later by validators;
                // the C# type of an inherited property cannot change, so they only count for validation.
                if (baseName is null)
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, requiredNode!, $"'required' entry '{missing}'", "the name of a property of this object");
                }
            }

            // A union's base is abstract whatever x-abstract says: only its members are ever read or written.
            bool isAbstract = schema["x-abstract"]?.Kind == JsonKind.True || unionOfThis is not null;
            JsonNode? builder = schema["x-builder"];
            bool hasBuilder = builder?.Kind != JsonKind.False;
            string? builderMethod = null;
            var builderParameters = new List<string>();
            if (builder?.Kind == JsonKind.Object)
            {
                builderMethod = builder["method"]?.StringValue;
                JsonNode? parameters = builder["parameters"];
                if (builderMethod is null || !Naming.IsValidIdentifier(builderMethod) || parameters?.Kind != JsonKind.Array || parameters.Items.Any(p => p.Kind != JsonKind.String))
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, builder, "x-builder on an object", "{\"method\": \"Text\", \"parameters\": [\"text\"]}");
                    builderMethod = null;
                }
                else
                {
                    builderParameters.AddRange(parameters.Items.Select(p => p.StringValue!));
                }
            }

            ReadInitialOverrides(name, schema);
            return new ObjectModel
            {
                Name = name,
                Description = ReadString(schema, "description"),
                BaseName = baseName,
                IsAbstract = isAbstract,
                IsRoot = isRoot,
                Properties = properties.ToEquatableArray(),
                UnionName = membership?.UnionName,
                DiscriminatorValue = discriminatorValue,
                HasBuilder = hasBuilder,
                BuilderMethod = builderMethod,
                BuilderParameters = builderParameters.ToEquatableArray(),
                BuilderGroups = ReadBuilderGroups(schema),
                InheritedRequired = baseName is null ? EquatableArray<string>.Empty : inheritedRequired.ToEquatableArray(),
            };
        }

        /// <summary>A keyword's array of property names (<c>required</c>, <c>x-reference-required</c>); empty when absent or not one.</summary>
        private HashSet<string> ReadNames(JsonNode? node, string keyword)
        {
            var names = new HashSet<string>();
            if (node is null)
            {
                return names;
            }

            if (node.Kind != JsonKind.Array || node.Items.Any(i => i.Kind != JsonKind.String))
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, node, keyword, "an array of property names");
                return names;
            }

            names.UnionWith(node.Items.Select(i => i.StringValue!));
            return names;
        }

        private string? ReadBase(JsonNode schema)
        {
            JsonNode? allOf = schema["allOf"];
            if (allOf is null)
            {
                return null;
            }

            JsonMember? reference = allOf.Kind == JsonKind.Array && allOf.Items.Count == 1 && allOf.Items[0].Kind == JsonKind.Object
                ? allOf.Items[0].Member("$ref")
                : null;
            if (reference is null)
            {
                Report(DiagnosticDescriptors.UnsupportedConstruct, allOf, "'allOf' other than a single '$ref' to a base object");
                return null;
            }

            string? baseDef = ResolveReference(reference);
            if (baseDef is null)
            {
                return null;
            }

            if (Classify(_defs[baseDef].Value) != DefinitionKind.Object)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, reference.Value, "The base in 'allOf'", "an object schema");
                return null;
            }

            return _typeNames[baseDef];
        }

        private EquatableArray<BuilderGroupModel> ReadBuilderGroups(JsonNode schema)
        {
            JsonNode? groups = schema["x-builder-groups"];
            if (groups is null)
            {
                return EquatableArray<BuilderGroupModel>.Empty;
            }

            var result = new List<BuilderGroupModel>();
            if (groups.Kind != JsonKind.Object)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, groups, "x-builder-groups", "an object of method name to {\"parameters\": [...]}");
                return EquatableArray<BuilderGroupModel>.Empty;
            }

            foreach (JsonMember group in groups.Members)
            {
                JsonNode? parameters = group.Value.Kind == JsonKind.Object ? group.Value["parameters"] : null;
                if (!Naming.IsValidIdentifier(group.Name) || parameters?.Kind != JsonKind.Array || parameters.Items.Count == 0 || parameters.Items.Any(p => p.Kind != JsonKind.String))
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, group.Value, "x-builder-groups." + group.Name, "{\"parameters\": [\"left\", \"top\"]} under a C# method name");
                    continue;
                }

                result.Add(new BuilderGroupModel(
                    group.Name,
                    parameters.Items.Select(p => p.StringValue!).ToEquatableArray(),
                    group.Value["uniform"]?.Kind == JsonKind.True,
                    group.Value["description"]?.StringValue));
            }

            return result.ToEquatableArray();
        }

        /// <summary>Collects a class's x-builder-initial; read for each property's type once every class is known (<see cref="ApplyInitialOverrides"/>).</summary>
        private void ReadInitialOverrides(string className, JsonNode schema)
        {
            JsonNode? initial = schema["x-builder-initial"];
            if (initial is null)
            {
                return;
            }

            if (initial.Kind != JsonKind.Object)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, initial, "x-builder-initial on an object", "an object of property name to value");
                return;
            }

            _initialOverrides[className] = initial.Members;
        }

        /// <summary>
        /// A class's initial values may name inherited properties, so they are read once all classes
        /// are: each against the property it names, found in the class or its bases (a name that is
        /// none of them sets nothing).
        /// </summary>
        private void ApplyInitialOverrides()
        {
            Dictionary<string, ObjectModel> byName = _objects.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First());
            for (int i = 0; i < _objects.Count; i++)
            {
                if (!_initialOverrides.TryGetValue(_objects[i].Name, out List<JsonMember>? members))
                {
                    continue;
                }

                var values = new List<InitialValueModel>();
                foreach (JsonMember member in members)
                {
                    PropertyModel? property = null;
                    var visited = new HashSet<string>(System.StringComparer.Ordinal);
                    for (ObjectModel? level = _objects[i]; level is not null && property is null && visited.Add(level.Name); level = level.BaseName is not null && byName.TryGetValue(level.BaseName, out ObjectModel? next) ? next : null)
                    {
                        property = level.Properties.FirstOrDefault(p => p.JsonName == member.Name);
                    }

                    if (property is not null)
                    {
                        values.Add(new InitialValueModel(member.Name, ReadValue(property, member.Value, "x-builder-initial." + member.Name)));
                    }
                }

                _objects[i] = _objects[i] with { InitialOverrides = values.ToEquatableArray() };
            }
        }
    }
}
