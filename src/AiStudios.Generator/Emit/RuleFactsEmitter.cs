using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// Emits <c>GeneratedSchemaFacts.Create()</c>: the schema as the shared validation rules read it
    /// (types, properties, ranges, formats, enums, unions, canvas). The rules' fact types live in
    /// src/AiStudios.Rules; this is the one place that turns the schema into them.
    /// </summary>
    internal static class RuleFactsEmitter
    {
        public const string Namespace = "AiStudios.Validation.Rules";

        public static string Emit(SchemaModel schema)
        {
            var index = new SchemaIndex(schema);
            SourceWriter writer = SourceWriter.ForFile(Namespace);
            writer.Line($"/// <summary>The facts of <c>{Docs.Escape(System.IO.Path.GetFileName(schema.SourcePath))}</c> for the shared validation rules.</summary>");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block("internal static class GeneratedSchemaFacts"))
            {
                writer.Line("/// <summary>A new facts object; callers keep one.</summary>");
                writer.Line("public static SchemaFacts Create() => new SchemaFacts(");
                writer.Indent();
                writer.Line($"rootName: {CSharpLiteral.String(schema.RootName)},");
                writer.Line($"modelNamespace: {CSharpLiteral.String(schema.Namespace)},");
                EmitTypes(writer, index);
                EmitEnums(writer, schema);
                EmitUnions(writer, schema);
                EmitCanvas(writer, index);
                writer.Unindent();
            }

            return writer.EndFile();
        }

        private static void EmitTypes(SourceWriter writer, SchemaIndex index)
        {
            writer.Line("types: new TypeFacts[]");
            writer.Line("{");
            writer.Indent();
            foreach (ObjectModel model in index.Schema.Objects)
            {
                var arguments = new List<string>
                {
                    CSharpLiteral.String(model.Name),
                    "baseName: " + CSharpLiteral.String(model.BaseName),
                    "isAbstract: " + Bool(model.IsAbstract),
                    "discriminatorValue: " + CSharpLiteral.String(model.DiscriminatorValue),
                };
                writer.Line($"new TypeFacts({string.Join(", ", arguments)}, properties: new PropertyFacts[]");
                writer.Line("{");
                writer.Indent();
                foreach (PropertyModel property in model.Properties)
                {
                    writer.Line(Property(property) + ",");
                }

                writer.Unindent();
                string builder = MoreArguments(index, model);
                writer.Line("}" + builder + "),");
            }

            writer.Unindent();
            writer.Line("},");
        }

        private static string Property(PropertyModel property)
        {
            // An opaque object is a JsonElement in C#, but validation expects an object there.
            string kind = property.IsOpaqueObject ? "Object" : property.Kind.ToString();
            var arguments = new List<string> { CSharpLiteral.String(property.JsonName), CSharpLiteral.String(property.Name), "FactKind." + kind };
            if (property.TypeName is not null)
            {
                arguments.Add("typeName: " + CSharpLiteral.String(property.TypeName));
            }

            if (property.ItemKind is PropertyKind itemKind)
            {
                arguments.Add("itemKind: FactKind." + itemKind);
            }

            if (property.IsRequired)
            {
                arguments.Add("isRequired: true");
            }

            if (property.IsReferenceRequired)
            {
                arguments.Add("isReferenceRequired: true");
            }

            if (property.AllowsNull)
            {
                arguments.Add("allowsNull: true");
            }

            if (property.IsDiscriminator)
            {
                arguments.Add("isDiscriminator: true");
            }

            string? range = Range(property.Range);
            if (range is not null)
            {
                arguments.Add("range: " + range);
            }

            if (property.Format is not null)
            {
                arguments.Add("format: " + CSharpLiteral.String(property.Format));
            }

            if (property.BuilderMethod is not null)
            {
                arguments.Add("builderMethod: " + CSharpLiteral.String(property.BuilderMethod));
            }

            if (property.BuilderDefaultJson is not null)
            {
                arguments.Add("builderDefault: " + CSharpLiteral.String(property.BuilderDefaultJson));
            }

            return $"new PropertyFacts({string.Join(", ", arguments)})";
        }

        private static string? Range(RangeModel range)
        {
            var arguments = new List<string>();
            void Number(string name, double? value)
            {
                if (value is double number)
                {
                    arguments.Add(name + ": " + CSharpLiteral.Number(number));
                }
            }

            void Count(string name, int? value)
            {
                if (value is int count)
                {
                    arguments.Add(name + ": " + CSharpLiteral.Integer(count));
                }
            }

            Number("minimum", range.Minimum);
            Number("maximum", range.Maximum);
            Number("exclusiveMinimum", range.ExclusiveMinimum);
            Number("exclusiveMaximum", range.ExclusiveMaximum);
            Count("minLength", range.MinLength);
            Count("minItems", range.MinItems);
            return arguments.Count == 0 ? null : $"new RangeFacts({string.Join(", ", arguments)})";
        }

        private static string MoreArguments(SchemaIndex index, ObjectModel model)
        {
            var arguments = new List<string>();
            if (model.BuilderMethod is not null && BuilderEmitter.WantsBuilder(index, model))
            {
                arguments.Add("builderMethod: " + CSharpLiteral.String(model.BuilderMethod));
                arguments.Add("builderParameters: " + Strings(model.BuilderParameters));
            }

            if (model.InheritedRequired.Count > 0)
            {
                arguments.Add("inheritedRequired: " + Strings(model.InheritedRequired));
            }

            if (model.BuilderGroups.Count > 0)
            {
                IEnumerable<string> groups = model.BuilderGroups.Select(g => $"new BuilderGroupFacts({CSharpLiteral.String(g.Method)}, {Strings(g.Parameters)}, uniform: {Bool(g.Uniform)})");
                arguments.Add("builderGroups: new BuilderGroupFacts[] { " + string.Join(", ", groups) + " }");
            }

            return arguments.Count == 0 ? string.Empty : ", " + string.Join(", ", arguments);
        }

        private static void EmitEnums(SourceWriter writer, SchemaModel schema)
        {
            writer.Line("enums: new EnumFacts[]");
            writer.Line("{");
            writer.Indent();
            foreach (EnumModel model in schema.Enums)
            {
                writer.Line($"new EnumFacts({CSharpLiteral.String(model.Name)}, {Strings(model.Members.Select(m => m.WireName))}, {Strings(model.Members.Select(m => m.Name))}),");
            }

            writer.Unindent();
            writer.Line("},");
        }

        private static void EmitUnions(SourceWriter writer, SchemaModel schema)
        {
            writer.Line("unions: new UnionFacts[]");
            writer.Line("{");
            writer.Indent();
            foreach (UnionModel union in schema.Unions)
            {
                writer.Line($"new UnionFacts({CSharpLiteral.String(union.Name)}, {CSharpLiteral.String(union.DiscriminatorJsonName)}, {CSharpLiteral.String(union.FallbackName)}, {Strings(union.Members)}),");
            }

            writer.Unindent();
            writer.Line("},");
        }

        private static void EmitCanvas(SourceWriter writer, SchemaIndex index)
        {
            CanvasModel? canvas = index.Schema.Canvas;
            if (canvas is null)
            {
                writer.Line("canvas: null);");
                return;
            }

            IEnumerable<string> sizes = canvas.Sizes.Select(s => $"new CanvasSize({CSharpLiteral.String(s.WireValue)}, {CSharpLiteral.Integer(s.Width)}, {CSharpLiteral.Integer(s.Height)})");
            writer.Line($"canvas: new CanvasFacts({CSharpLiteral.String(canvas.PropertyJsonName)}, {CSharpLiteral.String(canvas.EnumName)}, {CSharpLiteral.String(canvas.DefaultValue)}, new CanvasSize[] {{ {string.Join(", ", sizes)} }}));");
        }

        private static string Strings(IEnumerable<string> values) => "new string[] { " + string.Join(", ", values.Select(v => CSharpLiteral.String(v))) + " }";

        private static string Bool(bool value) => value ? "true" : "false";
    }
}
