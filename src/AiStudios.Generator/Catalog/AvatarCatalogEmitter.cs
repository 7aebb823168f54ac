using System.Linq;
using AiStudios.Generator.Emit;

namespace AiStudios.Generator.Catalog
{
    /// <summary>Emits typed avatar constants (<c>Avatars.M000045058.BG00002320</c>) and their registration.</summary>
    internal static class AvatarCatalogEmitter
    {
        private const string Clothes = "global::AiStudios.AvatarClothes";
        private const string Catalog = "global::AiStudios.AvatarCatalog";

        public static string Emit(CatalogModel model, string sourceNames, CompilationFacts facts)
        {
            SourceWriter writer = SourceWriter.ForFile(model.Namespace);
            writer.Line($"/// <summary>The avatars of <c>{Docs.Escape(sourceNames)}</c>: ids and clothes IntelliSense can list.</summary>");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block($"public static partial class {model.ClassName}"))
            {
                foreach (AvatarInfo avatar in model.Avatars)
                {
                    EmitAvatar(writer, avatar);
                    writer.Line();
                }

                writer.Line($"/// <summary>Adds every avatar of this catalog to <paramref name=\"catalog\"/>.</summary>");
                writer.Line("/// <param name=\"catalog\">The catalog to add to, usually <c>AvatarCatalog.Default</c>.</param>");
                using (writer.Block($"public static void Register({Catalog} catalog)"))
                {
                    writer.Line("if (catalog is null) throw new global::System.ArgumentNullException(nameof(catalog));");
                    foreach (AvatarInfo avatar in model.Avatars)
                    {
                        foreach (ClothesInfo clothes in avatar.Clothes)
                        {
                            writer.Line($"catalog.Add({avatar.Name}.{clothes.Name}, isDefault: {(clothes.Id == avatar.DefaultClothes ? "true" : "false")});");
                        }
                    }
                }

                if (!facts.IsSdkAssembly && facts.HasModuleInitializer)
                {
                    // The SDK registers its own catalog; a user's catalog joins the default one as the assembly loads.
                    writer.Line();
                    writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
                    writer.Line($"internal static void RegisterWithDefaultCatalog() => Register({Catalog}.Default);");
                }
            }

            return writer.EndFile();
        }

        private static void EmitAvatar(SourceWriter writer, AvatarInfo avatar)
        {
            Docs.Summary(writer, $"Avatar `{avatar.Id}`." + (avatar.Description is null ? string.Empty : " " + avatar.Description), null);
            using (writer.Block($"public static class {avatar.Name}"))
            {
                writer.Line("/// <summary>The avatar id, as the service spells it.</summary>");
                writer.Line($"public const string Id = {Literal(avatar.Id)};");
                foreach (ClothesInfo clothes in avatar.Clothes)
                {
                    writer.Line();
                    Docs.Summary(writer, $"`{avatar.Id}` in clothes `{clothes.Id}`." + (clothes.Description is null ? string.Empty : " " + clothes.Description), null);
                    writer.Line($"public static {Clothes} {clothes.Name} {{ get; }} = new {Clothes}(");
                    writer.Indent();
                    writer.Line($"{Literal(avatar.Id)},");
                    writer.Line($"{Literal(clothes.Id)},");
                    writer.Line($"width: {clothes.Width},");
                    writer.Line($"height: {clothes.Height},");
                    string placements = string.Join(", ", clothes.Placements.Select(p => $"new global::AiStudios.AvatarPlacement({Literal(p.Orientation)}, {p.Left}, {p.Top})"));
                    writer.Line($"placements: new global::AiStudios.AvatarPlacement[] {{ {placements} }},");
                    writer.Line($"modelJson: {Literal(clothes.ModelJson)});");
                    writer.Unindent();
                }

                ClothesInfo defaults = avatar.Clothes.First(c => c.Id == avatar.DefaultClothes);
                writer.Line();
                writer.Line($"/// <summary>The clothes <c>Avatar(\"{Docs.Escape(avatar.Id)}\")</c> uses: <c>{Docs.Escape(defaults.Id)}</c>.</summary>");
                writer.Line($"public static {Clothes} Default => {defaults.Name};");
            }
        }

        // JSON string escapes are C# string escapes, and JsonText also escapes the characters C# ends lines at.
        private static string Literal(string value) => Json.JsonText.Quote(value);
    }
}
