using System.Linq;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// Emits one model class: its properties with XML docs from the schema, and the bag of
    /// properties the schema does not know, which is what lets a fetched project round-trip.
    /// </summary>
    internal static class ModelEmitter
    {
        /// <summary>Marks generated types with the package version that wrote them (BuildInfo, from Directory.Build.props).</summary>
        public const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"AiStudios.Generator\", \"" + BuildInfo.Version + "\")]";
        public const string AdditionalField = "_additionalProperties";
        public const string AdditionalType = "global::AiStudios.Serialization.KeptProperties";

        public static string Emit(SchemaIndex index, ObjectModel model)
        {
            SourceWriter writer = SourceWriter.ForFile(index.Namespace);
            Docs.Summary(writer, model.Description, model.Name + ".");
            writer.Line(GeneratedCodeAttribute);
            writer.Line(ClassHeader(index, model));
            writer.OpenBrace();

            UnionModel? union = index.UnionOf(model);
            bool first = true;
            foreach (PropertyModel property in model.Properties)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                EmitProperty(writer, index, model, property, union);
            }

            if (model.DiscriminatorValue is not null && model.UnionName is not null)
            {
                PropertyModel discriminator = DiscriminatorOf(index, model);
                writer.Line();
                writer.Line($"/// <summary>The {Docs.Code(discriminator.JsonName)} of every {Docs.Escape(model.Name)}: <c>{Docs.Escape(model.DiscriminatorValue)}</c>.</summary>");
                writer.Line($"public const string {discriminator.Name}Value = {CSharpLiteral.String(model.DiscriminatorValue)};");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line($"public override string {discriminator.Name} => {discriminator.Name}Value;");
            }

            if (model.BaseName is null)
            {
                EmitAdditionalProperties(writer, index.HasDerived(model));
            }

            writer.CloseBrace();
            return writer.EndFile();
        }

        /// <summary>The class a union's fallback emits: a clip of a type this SDK does not know.</summary>
        public static string EmitFallback(SchemaIndex index, UnionModel union)
        {
            ObjectModel baseModel = index.Object(union.Name);
            PropertyModel discriminator = index.AllProperties(baseModel).First(p => p.IsDiscriminator);
            SourceWriter writer = SourceWriter.ForFile(index.Namespace);
            writer.Line($"/// <summary>A {Docs.Escape(union.Name)} whose {Docs.Code(discriminator.JsonName)} this SDK does not know. Its properties are kept as they");
            writer.Line("/// came (known ones typed, the rest in AdditionalProperties), so it is written back unchanged.</summary>");
            writer.Line(GeneratedCodeAttribute);
            using (writer.Block($"public sealed partial class {union.FallbackName} : {index.Global(union.Name)}"))
            {
                writer.Line($"/// <summary>Creates a {Docs.Escape(union.Name)} of the given {Docs.Code(discriminator.JsonName)}.</summary>");
                writer.Line($"/// <param name=\"{Naming(discriminator)}\">The wire value of {Docs.Code(discriminator.JsonName)}.</param>");
                using (writer.Block($"public {union.FallbackName}(string {Naming(discriminator)})"))
                {
                    writer.Line($"{discriminator.Name} = {Naming(discriminator)} ?? throw new global::System.ArgumentNullException(nameof({Naming(discriminator)}));");
                }

                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.Line($"public override string {discriminator.Name} {{ get; }}");
            }

            return writer.EndFile();
        }

        private static string Naming(PropertyModel property) => Schema.Naming.ToCamelCase(property.Name);

        public static PropertyModel DiscriminatorOf(SchemaIndex index, ObjectModel model) =>
            index.AllProperties(model).First(p => p.IsDiscriminator);

        private static string ClassHeader(SchemaIndex index, ObjectModel model)
        {
            string modifiers = model.IsAbstract ? "abstract " : index.HasDerived(model) ? string.Empty : "sealed ";
            string baseList = model.BaseName is null ? string.Empty : " : " + index.Global(model.BaseName);
            return $"public {modifiers}partial class {model.Name}{baseList}";
        }

        private static void EmitProperty(SourceWriter writer, SchemaIndex index, ObjectModel model, PropertyModel property, UnionModel? union)
        {
            Docs.Summary(writer, property.Description, property.Name + ".");
            Docs.Remarks(writer, Docs.PropertyFacts(property));
            if (property.IsDiscriminator && union is not null)
            {
                writer.Line($"public abstract string {property.Name} {{ get; }}");
                return;
            }

            string required = SchemaIndex.UsesRequiredModifier(property) ? "required " : string.Empty;
            string initializer = property.Kind == PropertyKind.Array && SchemaIndex.IsRequiredNonNull(property)
                ? $" = new {index.ListType(property)}();"
                : string.Empty;
            writer.Line($"public {required}{index.PropertyType(property)} {property.Name} {{ get; set; }}{initializer}");
            _ = model;
        }

        private static void EmitAdditionalProperties(SourceWriter writer, bool hasDerived)
        {
            writer.Line();
            writer.Line($"{(hasDerived ? "private protected" : "private")} {AdditionalType}? {AdditionalField};");
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// Properties the schema does not describe, and known properties whose value the typed");
            writer.Line("/// property cannot hold (an explicit null, an unknown enum value, a value of another JSON type),");
            writer.Line("/// kept as raw JSON and written back unchanged, so nothing a fetched project carried is lost.");
            writer.Line("/// A typed property that is set takes precedence over an entry of the same name.");
            writer.Line("/// </summary>");
            writer.Line($"public global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement> AdditionalProperties => {AdditionalField} ??= new {AdditionalType}();");
        }
    }
}
