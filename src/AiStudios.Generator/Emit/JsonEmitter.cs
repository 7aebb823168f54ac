using System.Collections.Generic;
using System.Linq;
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

            // Each class names, reads and writes only the properties it declares; descendants reuse them.
            if (model.Properties.Count > 0)
            {
                JsonWriterEmitter.EmitNames(writer, model.Properties.ToList());
                writer.Line();
            }

            if (model.IsRoot && !model.IsAbstract)
            {
                DocumentApiEmitter.Emit(writer, index, model);
            }

            if (model.IsAbstract && union is not null)
            {
                JsonReaderEmitter.EmitUnionReader(writer, index, union);
                writer.Line();
            }
            else if (!model.IsAbstract)
            {
                JsonReaderEmitter.EmitReader(writer, index, model, fallbackOf: null);
                writer.Line();
            }

            if (index.HasDerived(model))
            {
                JsonReaderEmitter.EmitState(writer, index, model);
                writer.Line();
                JsonWriterEmitter.EmitSharedWriter(writer, index, model);
                writer.Line();
            }

            if (model.IsAbstract)
            {
                JsonWriterEmitter.EmitAbstractWriter(writer);
            }
            else
            {
                string modifier = model.BaseName is not null ? "override " : index.HasDerived(model) ? "virtual " : string.Empty;
                JsonWriterEmitter.EmitWriter(writer, index, model, modifier);
            }

            writer.CloseBrace();
            return writer.EndFile();
        }

        /// <summary>The JSON half of a union's fallback class: everything through the base's state and writer.</summary>
        public static string EmitFallback(SchemaIndex index, UnionModel union)
        {
            ObjectModel baseModel = index.Object(union.Name);
            SourceWriter writer = SourceWriter.ForFile(index.Namespace);
            using (writer.Block($"public sealed partial class {union.FallbackName}"))
            {
                JsonReaderEmitter.EmitReader(writer, index, baseModel, fallbackOf: union);
                writer.Line();
                JsonWriterEmitter.EmitWriter(writer, index, baseModel, "override ");
            }

            return writer.EndFile();
        }
    }
}
