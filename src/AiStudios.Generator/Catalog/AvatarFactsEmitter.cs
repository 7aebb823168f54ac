using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiStudios.Generator.Emit;
using AiStudios.Generator.Json;

namespace AiStudios.Generator.Catalog
{
    /// <summary>
    /// Emits <c>GeneratedAvatarFacts.Create()</c>: every avatar of the project's catalogs as the
    /// shared validation rules read them (ids, image size, <c>model.editor.scale</c>, placements).
    /// </summary>
    internal static class AvatarFactsEmitter
    {
        public static string Emit(IEnumerable<CatalogModel> catalogs)
        {
            SourceWriter writer = SourceWriter.ForFile(RuleFactsEmitter.Namespace);
            writer.Line("/// <summary>The avatars of this project's catalogs, for the shared validation rules.</summary>");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block("internal static class GeneratedAvatarFacts"))
            {
                writer.Line("/// <summary>A new list; callers keep one.</summary>");
                writer.Line("public static AvatarFacts[] Create() => new AvatarFacts[]");
                writer.Line("{");
                writer.Indent();
                foreach (AvatarInfo avatar in catalogs.OrderBy(c => c.SourcePath, System.StringComparer.Ordinal).SelectMany(c => c.Avatars))
                {
                    writer.Line($"new AvatarFacts({CSharpLiteral.String(avatar.Id)}, {CSharpLiteral.String(avatar.DefaultClothes)}, new ClothesFacts[]");
                    writer.Line("{");
                    writer.Indent();
                    foreach (ClothesInfo clothes in avatar.Clothes)
                    {
                        string placements = string.Join(", ", clothes.Placements.Select(p => $"new PlacementFacts({CSharpLiteral.String(p.Orientation)}, {Number(p.Left)}, {Number(p.Top)})"));
                        string? scale = EditorScale(clothes.ModelJson);
                        writer.Line($"new ClothesFacts({CSharpLiteral.String(clothes.Id)}, {Number(clothes.Width)}, {Number(clothes.Height)}, editorScale: {scale ?? "null"}, new PlacementFacts[] {{ {placements} }}),");
                    }

                    writer.Unindent();
                    writer.Line("}),");
                }

                writer.Unindent();
                writer.Line("};");
            }

            return writer.EndFile();
        }

        /// <summary><c>model.editor.scale</c> of a catalog entry, as number text, or null when it has none.</summary>
        private static string? EditorScale(string modelJson)
        {
            try
            {
                string? text = JsonParser.Parse(modelJson)["editor"]?["scale"]?.NumberText;
                return text is null ? null : Number(text);
            }
            catch (JsonSyntaxException)
            {
                return null;
            }
        }

        /// <summary>JSON number text as a C# double literal (the catalog reader already checked it is a number).</summary>
        private static string Number(string text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value.ToString("R", CultureInfo.InvariantCulture) + "d"
                : "double.NaN";
    }
}
