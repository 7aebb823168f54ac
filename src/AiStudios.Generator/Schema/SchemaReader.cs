using System;
using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Diagnostics;
using AiStudios.Generator.Json;
using AiStudios.Generator.Model;
using Microsoft.CodeAnalysis;

namespace AiStudios.Generator.Schema
{
    /// <summary>
    /// Reads a project schema (JSON Schema 2020-12 plus our x- keywords) into a
    /// <see cref="SchemaModel"/>. It never throws: every problem becomes a diagnostic that
    /// points at the schema's line and column, and a schema with errors yields no model.
    /// </summary>
    internal sealed partial class SchemaReader
    {
        private const string DefsPrefix = "#/$defs/";

        private readonly string _path;
        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();
        private readonly Dictionary<string, JsonMember> _defs = new Dictionary<string, JsonMember>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _typeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, UnionMembership> _unionMembers = new Dictionary<string, UnionMembership>(StringComparer.Ordinal);
        private readonly List<EnumModel> _enums = new List<EnumModel>();
        private readonly List<ObjectModel> _objects = new List<ObjectModel>();
        private readonly List<UnionModel> _unions = new List<UnionModel>();
        private readonly List<NumberOrStringModel> _numberOrStrings = new List<NumberOrStringModel>();
        private readonly List<(string Owner, string JsonName, JsonNode Value)> _builderDefaults = new List<(string Owner, string JsonName, JsonNode Value)>();
        private readonly Dictionary<string, List<JsonMember>> _initialOverrides = new Dictionary<string, List<JsonMember>>(StringComparer.Ordinal);

        private SchemaReader(string path)
        {
            _path = path;
        }

        private bool HasErrors => _diagnostics.Any(d => DiagnosticDescriptors.Find(d.Id).DefaultSeverity == DiagnosticSeverity.Error);

        /// <summary>
        /// Whether an additional file is a schema for this generator: <c>project.schema.json</c>, or any
        /// <c>*.schema.json</c> that declares <c>x-namespace</c>. A project's other JSON Schemas
        /// (<c>appsettings.schema.json</c>, ...) are left alone rather than turned into classes or errors.
        /// </summary>
        public static bool IsProjectSchema(string path, string? text) =>
            text is not null
            && (System.IO.Path.GetFileName(path).Equals("project.schema.json", StringComparison.OrdinalIgnoreCase)
                || text.IndexOf("\"x-namespace\"", StringComparison.Ordinal) >= 0);

        public static SchemaResult Read(string path, string text)
        {
            var reader = new SchemaReader(path);
            try
            {
                JsonNode root = JsonParser.Parse(text);
                SchemaModel? model = reader.ReadRoot(root);
                return new SchemaResult(reader.HasErrors ? null : model, reader._diagnostics.ToEquatableArray());
            }
            catch (JsonSyntaxException e)
            {
                reader.Report(DiagnosticDescriptors.InvalidJson, e.Position, Math.Max(e.Length, 0), System.IO.Path.GetFileName(path), e.Message);
                return new SchemaResult(null, reader._diagnostics.ToEquatableArray());
            }
            catch (Exception e)
            {
                reader._diagnostics.Add(DiagnosticInfo.InternalError(path, e));
                return new SchemaResult(null, reader._diagnostics.ToEquatableArray());
            }
        }

        private SchemaModel? ReadRoot(JsonNode root)
        {
            if (root.Kind != JsonKind.Object)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, root, "The schema", "a JSON object");
                return null;
            }

            CheckKeywords(root, isRoot: true);
            string ns = ReadString(root, "x-namespace") ?? "AiStudios";
            if (!Naming.IsValidNamespace(ns))
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, root.Member("x-namespace")!.Value, "x-namespace", "a C# namespace such as AiStudios.Models");
                ns = "AiStudios";
            }

            string rootName = ReadCSharpName(root, "x-csharp-name", "Project");
            CollectDefinitions(root);
            ReadUnions();
            ReadEnumDefinitions();
            _objects.Add(ReadObject(rootName, root, isRoot: true, defName: null));
            foreach (KeyValuePair<string, JsonMember> def in _defs)
            {
                if (Classify(def.Value.Value) == DefinitionKind.Object)
                {
                    _objects.Add(ReadObject(_typeNames[def.Key], def.Value.Value, isRoot: false, def.Key));
                }
            }

            CheckBaseChains();
            CheckDuplicateNames();
            CheckNameClashes();
            ApplyInitialOverrides();
            ApplyBuilderDefaults();
            CanvasModel? canvas = ReadCanvas(root);
            return new SchemaModel
            {
                SourcePath = _path,
                Namespace = ns,
                RootName = rootName,
                Objects = _objects.ToEquatableArray(),
                Enums = _enums.ToEquatableArray(),
                Unions = _unions.ToEquatableArray(),
                NumberOrStrings = _numberOrStrings.ToEquatableArray(),
                Canvas = canvas,
            };
        }

        private void CollectDefinitions(JsonNode root)
        {
            JsonNode? defs = root["$defs"];
            if (defs is null)
            {
                return;
            }

            if (defs.Kind != JsonKind.Object)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, defs, "$defs", "an object of named schemas");
                return;
            }

            foreach (JsonMember def in defs.Members)
            {
                if (def.Value.Kind != JsonKind.Object)
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, def.Value, "$defs/" + def.Name, "a schema object");
                    continue;
                }

                if (_defs.ContainsKey(def.Name))
                {
                    Report(DiagnosticDescriptors.DuplicateName, def, def.Name, "entry of $defs");
                    continue;
                }

                _defs.Add(def.Name, def);
                CheckKeywords(def.Value, isRoot: false);
                _typeNames[def.Name] = ReadCSharpName(def.Value, "x-csharp-name", Naming.ToPascalCase(def.Name));
            }
        }

        private enum DefinitionKind
        {
            Object,
            Enum,
            Union,
            Alias,
            Other,
        }

        private static DefinitionKind Classify(JsonNode schema)
        {
            if (schema.Member("x-union") is not null)
            {
                return DefinitionKind.Union;
            }

            if (schema.Member("enum") is not null)
            {
                return DefinitionKind.Enum;
            }

            JsonNode? type = schema["type"];
            if ((type?.Kind == JsonKind.String && type.StringValue == "object") || schema.Member("properties") is not null || schema.Member("allOf") is not null)
            {
                return DefinitionKind.Object;
            }

            return schema.Member("$ref") is not null ? DefinitionKind.Alias : DefinitionKind.Other;
        }

        /// <summary>Follows <c>$ref</c> aliases to the definition they end at, reporting broken and cyclic chains.</summary>
        private string? ResolveReference(JsonMember refMember)
        {
            var seen = new List<string>();
            JsonMember current = refMember;
            while (true)
            {
                if (current.Value.Kind != JsonKind.String)
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, current.Value, "$ref", "a string such as \"#/$defs/scene\"");
                    return null;
                }

                string reference = current.Value.StringValue!;
                if (!reference.StartsWith(DefsPrefix, StringComparison.Ordinal))
                {
                    Report(DiagnosticDescriptors.UnsupportedConstruct, current.Value, $"'$ref' '{reference}': only local references of the form '#/$defs/name' are supported");
                    return null;
                }

                string name = reference.Substring(DefsPrefix.Length);
                if (!_defs.TryGetValue(name, out JsonMember? def))
                {
                    Report(DiagnosticDescriptors.UnresolvedReference, current.Value, reference);
                    return null;
                }

                if (seen.Contains(name))
                {
                    Report(DiagnosticDescriptors.ReferenceCycle, current.Value, name, string.Join(" -> ", seen.Concat(new[] { name })));
                    return null;
                }

                seen.Add(name);
                if (Classify(def.Value) != DefinitionKind.Alias)
                {
                    return name;
                }

                current = def.Value.Member("$ref")!;
            }
        }

        private CanvasModel? ReadCanvas(JsonNode root)
        {
            JsonMember? member = root.Member("x-canvas");
            if (member is null)
            {
                return null;
            }

            JsonNode canvas = member.Value;
            string? property = canvas["property"]?.StringValue;
            JsonNode? sizes = canvas["sizes"];
            if (canvas.Kind != JsonKind.Object || property is null || sizes?.Kind != JsonKind.Object)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, canvas, "x-canvas", "{\"property\": \"orientation\", \"sizes\": {\"landscape\": {\"width\": 1920, \"height\": 1080}}}");
                return null;
            }

            ObjectModel rootModel = _objects[0];
            PropertyModel? orientation = rootModel.Properties.FirstOrDefault(p => p.JsonName == property);
            EnumModel? enumModel = orientation?.Kind == PropertyKind.Enum ? _enums.FirstOrDefault(e => e.Name == orientation.TypeName) : null;
            if (enumModel is null)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, canvas["property"]!, "x-canvas.property", "the name of a string-enum property of the root object");
                return null;
            }

            var result = new List<CanvasSizeModel>();
            foreach (JsonMember size in sizes.Members)
            {
                EnumMemberModel? enumMember = enumModel.Members.FirstOrDefault(m => m.WireName == size.Name);
                int? width = ReadInt(size.Value, "width");
                int? height = ReadInt(size.Value, "height");
                if (enumMember is null || width is null || height is null || width <= 0 || height <= 0)
                {
                    Report(DiagnosticDescriptors.InvalidKeywordValue, size.Value, "x-canvas.sizes." + size.Name, $"{{\"width\": W, \"height\": H}} with positive integers, named after a value of '{property}'");
                    continue;
                }

                result.Add(new CanvasSizeModel(size.Name, enumMember.Name, width.Value, height.Value));
            }

            return new CanvasModel
            {
                PropertyJsonName = property,
                EnumName = enumModel.Name,
                DefaultValue = orientation!.DefaultString,
                Sizes = result.ToEquatableArray(),
            };
        }

        private static int? ReadInt(JsonNode node, string name)
        {
            string? text = node.Kind == JsonKind.Object ? node[name]?.NumberText : null;
            return text is not null && int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : null;
        }

        private void CheckBaseChains()
        {
            Dictionary<string, ObjectModel> byName = _objects.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First());
            foreach (ObjectModel model in _objects)
            {
                var seen = new List<string> { model.Name };
                string? current = model.BaseName;
                while (current is not null)
                {
                    if (seen.Contains(current))
                    {
                        ReportAt(DiagnosticDescriptors.ReferenceCycle, model.Name, string.Join(" -> ", seen.Concat(new[] { current })));
                        break;
                    }

                    seen.Add(current);
                    current = byName.TryGetValue(current, out ObjectModel? next) ? next.BaseName : null;
                }
            }
        }

        private void CheckDuplicateNames()
        {
            IEnumerable<string> names = _objects.Select(o => o.Name).Concat(_enums.Select(e => e.Name));
            foreach (IGrouping<string, string> group in names.GroupBy(n => n).Where(g => g.Count() > 1))
            {
                ReportAt(DiagnosticDescriptors.DuplicateName, group.Key, "class or enum of the schema");
            }
        }

        /// <summary>A number-or-string struct takes a name no class or enum of the schema has.</summary>
        private void CheckNameClashes()
        {
            foreach (NumberOrStringModel model in _numberOrStrings.Where(m => _objects.Any(o => o.Name == m.Name) || _enums.Any(e => e.Name == m.Name)))
            {
                ReportAt(DiagnosticDescriptors.DuplicateName, model.Name, "class or enum of the schema and number-or-string struct (set x-csharp-type-name on the property)");
            }
        }

        /// <summary>Reports a problem that has no single node, at the file's start.</summary>
        private void ReportAt(DiagnosticDescriptor descriptor, params string[] arguments) =>
            _diagnostics.Add(new DiagnosticInfo(descriptor.Id, arguments.ToEquatableArray(), LocationInfo.StartOf(_path)));

        private void Report(DiagnosticDescriptor descriptor, JsonNode node, params string[] arguments) =>
            Report(descriptor, node.Start, Math.Max(1, Math.Min(node.Length, 80)), arguments);

        private void Report(DiagnosticDescriptor descriptor, JsonMember member, params string[] arguments) =>
            Report(descriptor, member.NamePosition, member.NameLength, arguments);

        private void Report(DiagnosticDescriptor descriptor, TextPosition position, int length, params string[] arguments) =>
            _diagnostics.Add(new DiagnosticInfo(
                descriptor.Id,
                arguments.ToEquatableArray(),
                LocationInfo.At(_path, position, length)));

        private string? ReadString(JsonNode schema, string keyword)
        {
            JsonMember? member = schema.Member(keyword);
            if (member is null)
            {
                return null;
            }

            if (member.Value.Kind != JsonKind.String)
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, member.Value, keyword, "a string");
                return null;
            }

            return member.Value.StringValue;
        }

        private string ReadCSharpName(JsonNode schema, string keyword, string fallback)
        {
            string? name = ReadString(schema, keyword);
            if (name is null)
            {
                return fallback;
            }

            if (!Naming.IsValidIdentifier(name))
            {
                Report(DiagnosticDescriptors.InvalidKeywordValue, schema.Member(keyword)!.Value, keyword, "a valid C# identifier");
                return fallback;
            }

            return name;
        }

        /// <summary>Flags keywords that are unknown (warning, with a hint) or that the model cannot express (error).</summary>
        private void CheckKeywords(JsonNode schema, bool isRoot)
        {
            foreach (JsonMember member in schema.Members)
            {
                if (SchemaKeywords.Standard.Contains(member.Name) || SchemaKeywords.Extensions.Contains(member.Name))
                {
                    continue;
                }

                if (SchemaKeywords.Unsupported.Contains(member.Name))
                {
                    Report(DiagnosticDescriptors.UnsupportedConstruct, member, $"the keyword '{member.Name}'");
                    continue;
                }

                string? hint = SchemaKeywords.Closest(member.Name);
                Report(DiagnosticDescriptors.UnknownKeyword, member, member.Name, hint is null ? string.Empty : $"; did you mean '{hint}'?");
            }

            _ = isRoot;
        }

        private sealed class UnionMembership
        {
            public UnionMembership(string unionName, string discriminator, JsonMember reference)
            {
                UnionName = unionName;
                Discriminator = discriminator;
                Reference = reference;
            }

            public string UnionName { get; }

            public string Discriminator { get; }

            public JsonMember Reference { get; }
        }
    }
}
