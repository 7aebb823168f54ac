using System.Collections.Generic;
using System.Linq;
using AiStudios.Generator.Emit;
using AiStudios.Generator.Model;

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
                        string placements = string.Join(", ", clothes.Placements.Select(p => $"new PlacementFacts({CSharpLiteral.String(p.Orientation)}, {CSharpLiteral.Number(p.Left)}, {CSharpLiteral.Number(p.Top)})"));
                        string scale = clothes.EditorScale is double editorScale ? CSharpLiteral.Number(editorScale) : "null";
                        string width = clothes.Width is double w ? CSharpLiteral.Number(w) : "null";
                        string height = clothes.Height is double h ? CSharpLiteral.Number(h) : "null";
                        writer.Line($"new ClothesFacts({CSharpLiteral.String(clothes.Id)}, {width}, {height}, editorScale: {scale}, new PlacementFacts[] {{ {placements} }}),");
                    }

                    writer.Unindent();
                    writer.Line("}),");
                }

                writer.Unindent();
                writer.Line("};");
            }

            return writer.EndFile();
        }
    }
}
