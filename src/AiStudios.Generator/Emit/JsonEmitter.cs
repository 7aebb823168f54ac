using System.Collections.Generic;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>Emits the JSON half of a class (<c>Name.Json.g.cs</c>): names, reader, writer, and for the root the document API.</summary>
    internal static class JsonEmitter
    {
        public static string Emit(SchemaIndex index, ObjectModel model)
        {
            SourceWriter writer = SourceWriter.ForFile(index.Namespace);
            writer.Line($"public {(model.IsAbstract ? "abstract " : index.HasDerived(model) ? string.Empty : "sealed ")}partial class {model.Name}");
            writer.OpenBrace();
            UnionModel? union = index.UnionOf(model);
            if (model.IsAbstract)
            {
                if (union is not null)
                {
                    JsonReaderEmitter.EmitUnionReader(writer, index, union);
                    writer.Line();
                }

                JsonWriterEmitter.EmitAbstractWriter(writer);
            }
            else
            {
                IReadOnlyList<PropertyModel> properties = index.AllProperties(model);
                JsonWriterEmitter.EmitNames(writer, properties);
                writer.Line();
                if (model.IsRoot)
                {
                    DocumentApiEmitter.Emit(writer, index, model);
                }

                JsonReaderEmitter.EmitReader(writer, index, model, fallbackOf: null);
                writer.Line();
                string modifier = model.BaseName is not null ? "override " : index.HasDerived(model) ? "virtual " : string.Empty;
                JsonWriterEmitter.EmitWriter(writer, index, model, properties, modifier);
            }

            writer.CloseBrace();
            return writer.EndFile();
        }

        /// <summary>The JSON half of a union's fallback class.</summary>
        public static string EmitFallback(SchemaIndex index, UnionModel union)
        {
            ObjectModel baseModel = index.Object(union.Name);
            IReadOnlyList<PropertyModel> properties = index.AllProperties(baseModel);
            SourceWriter writer = SourceWriter.ForFile(index.Namespace);
            using (writer.Block($"public sealed partial class {union.FallbackName}"))
            {
                JsonWriterEmitter.EmitNames(writer, properties);
                writer.Line();
                JsonReaderEmitter.EmitReader(writer, index, baseModel, fallbackOf: union);
                writer.Line();
                JsonWriterEmitter.EmitWriter(writer, index, baseModel, properties, "override ");
            }

            return writer.EndFile();
        }
    }
}
