using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>Emits <c>Canvas</c> (size per orientation) and the builder's entry point (<c>Video.Landscape()</c>, ...).</summary>
    internal static class CanvasEmitter
    {
        public static string Emit(SchemaIndex index, CanvasModel canvas)
        {
            SourceWriter writer = SourceWriter.ForFile(index.Namespace);
            string orientation = index.Global(canvas.EnumName);
            writer.Line("/// <summary>The canvas clips are placed on, in px, per orientation; from the schema's x-canvas.</summary>");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block("public static partial class Canvas"))
            {
                foreach (CanvasSizeModel size in canvas.Sizes)
                {
                    writer.Line($"/// <summary>Width of a {size.WireValue} canvas: {Invariant(size.Width)} px.</summary>");
                    writer.Line($"public const int {size.MemberName}Width = {Invariant(size.Width)};");
                    writer.Line();
                    writer.Line($"/// <summary>Height of a {size.WireValue} canvas: {Invariant(size.Height)} px.</summary>");
                    writer.Line($"public const int {size.MemberName}Height = {Invariant(size.Height)};");
                    writer.Line();
                }

                EmitLookup(writer, canvas, orientation, "Width");
                writer.Line();
                EmitLookup(writer, canvas, orientation, "Height");
            }

            string root = index.Schema.RootName;
            ObjectModel rootModel = index.Object(root);
            if (!BuilderEmitter.WantsBuilder(index, rootModel))
            {
                return writer.EndFile();
            }

            string builder = index.Global(BuilderEmitter.BuilderName(rootModel));
            PropertyModel? property = null;
            foreach (PropertyModel candidate in rootModel.Properties)
            {
                if (candidate.JsonName == canvas.PropertyJsonName)
                {
                    property = candidate;
                }
            }

            if (property?.BuilderMethod is null)
            {
                return writer.EndFile();
            }

            writer.Line();
            writer.Line("/// <summary>Where a video written as code starts: <c>Video.Landscape().Scene(s => s.Avatar(\"M000045058\")).Build()</c>.</summary>");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block("public static partial class Video"))
            {
                bool first = true;
                foreach (CanvasSizeModel size in canvas.Sizes)
                {
                    if (!first)
                    {
                        writer.Line();
                    }

                    first = false;
                    writer.Line($"/// <summary>Starts a {size.WireValue} video on a {Invariant(size.Width)} x {Invariant(size.Height)} canvas.</summary>");
                    writer.Line($"/// <returns>A builder for the {root}.</returns>");
                    writer.Line($"public static {builder} {size.MemberName}() => new {builder}({builder}.Create()).{property.BuilderMethod}({orientation}.{size.MemberName});");
                }
            }

            return writer.EndFile();
        }

        // Numbers reach the source text in invariant form whatever culture the compiler runs in.
        private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static void EmitLookup(SourceWriter writer, CanvasModel canvas, string orientation, string dimension)
        {
            writer.Line($"/// <summary>The canvas {dimension.ToLowerInvariant()} in px for an orientation.</summary>");
            writer.Line("/// <param name=\"orientation\">The orientation.</param>");
            writer.Line($"/// <returns>The {dimension.ToLowerInvariant()} in px.</returns>");
            using (writer.Block($"public static int {dimension}Of({orientation} orientation) => orientation switch", ";"))
            {
                foreach (CanvasSizeModel size in canvas.Sizes)
                {
                    writer.Line($"{orientation}.{size.MemberName} => {size.MemberName}{dimension},");
                }

                writer.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(orientation), orientation, \"No canvas is known for this orientation.\"),");
            }
        }
    }
}
