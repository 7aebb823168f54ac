using System.Linq;
using AiStudios.Generator.Emit;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Catalog
{
    /// <summary>
    /// Emits typed avatar constants (<c>Avatars.M000045058.BG00002320</c>) and their registration.
    /// In a user's project the class also lists the SDK's avatars, forwarding to
    /// <c>AiStudios.Avatars</c>, so a user's <c>Avatars</c> never hides the SDK's. The code is
    /// C# 7.3: <c>#nullable</c> and <c>[ModuleInitializer]</c> only where the consumer's C# has them.
    /// </summary>
    internal static class AvatarCatalogEmitter
    {
        private const string Clothes = "global::AiStudios.AvatarClothes";
        private const string Catalog = "global::AiStudios.AvatarCatalog";
        private const string SdkCatalog = "global::" + SdkCatalogReader.SdkCatalogType;

        public static string Emit(CatalogModel model, string sourceNames, CompilationFacts facts, LanguageFeatures language, bool complete = false)
        {
            SourceWriter writer = SourceWriter.ForFile(model.Namespace, $"{sourceNames}. Do not edit: change the catalog instead.", language.NullableAnnotations);
            writer.Line($"/// <summary>The avatars of <c>{Docs.Escape(sourceNames)}</c>{(facts.SdkAvatars.Count > 0 ? " and of the SDK's catalog" : string.Empty)}: ids and clothes IntelliSense can list.</summary>");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block($"public static partial class {model.ClassName}"))
            {
                bool forwards = model.Namespace + "." + model.ClassName != SdkCatalogReader.SdkCatalogType;
                foreach (AvatarInfo avatar in model.Avatars)
                {
                    SdkAvatar? sdk = forwards ? facts.SdkAvatars.FirstOrDefault(a => a.Id == avatar.Id) : null;
                    EmitAvatar(writer, avatar, sdk);
                    writer.Line();
                }

                foreach (SdkAvatar sdk in facts.SdkAvatars)
                {
                    // An avatar of the user's own catalog with this id or C# name already stands for it.
                    if (forwards && !model.Avatars.Any(a => a.Id == sdk.Id || a.Name == sdk.Name))
                    {
                        EmitSdkAvatar(writer, sdk);
                        writer.Line();
                    }
                }

                bool markComplete = complete || model.IsComplete;
                writer.Line(markComplete
                    ? $"/// <summary>Adds every avatar of this catalog to <paramref name=\"catalog\"/> and marks it complete: the project declares that its catalogs list every avatar it may use.</summary>"
                    : $"/// <summary>Adds every avatar of this catalog to <paramref name=\"catalog\"/>.</summary>");
                writer.Line("/// <param name=\"catalog\">The catalog to add to, usually <c>AvatarCatalog.Default</c>.</param>");
                using (writer.Block($"public static void Register({Catalog} catalog)"))
                {
                    writer.Line("if (catalog is null) throw new global::System.ArgumentNullException(nameof(catalog));");
                    if (markComplete)
                    {
                        writer.Line("catalog.IsComplete = true;");
                    }

                    foreach (AvatarInfo avatar in model.Avatars)
                    {
                        foreach (ClothesInfo clothes in avatar.Clothes)
                        {
                            writer.Line($"catalog.Add({avatar.Name}.{clothes.Name}, isDefault: {(clothes.Id == avatar.DefaultClothes ? "true" : "false")});");
                        }
                    }
                }

                if (!facts.IsSdkAssembly && facts.HasModuleInitializer && language.ModuleInitializers)
                {
                    // The SDK registers its own catalog; a user's catalog joins the default one as the assembly loads.
                    writer.Line();
                    writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
                    writer.Line($"internal static void RegisterWithDefaultCatalog() => Register({Catalog}.Default);");
                }
            }

            return writer.EndFile();
        }

        /// <summary>
        /// A project that declares its catalog complete (the MSBuild property) but has no catalog file of its own still
        /// tells <c>AvatarCatalog.Default</c>, so <c>Validate()</c> judges as the analyzers do; where the consumer has
        /// no module initializers, the README says to set <c>AvatarCatalog.Default.IsComplete</c> at start-up.
        /// </summary>
        public static string? EmitCompleteness(string rootNamespace, CompilationFacts facts, LanguageFeatures language)
        {
            if (facts.IsSdkAssembly || !facts.HasModuleInitializer || !language.ModuleInitializers)
            {
                return null;
            }

            SourceWriter writer = SourceWriter.ForFile(rootNamespace, "AiStudiosAvatarCatalogComplete. Do not edit: change the project file instead.", language.NullableAnnotations);
            writer.Line("/// <summary>Marks <c>AvatarCatalog.Default</c> complete, as the project's AiStudiosAvatarCatalogComplete declares.</summary>");
            writer.Line(ModelEmitter.GeneratedCodeAttribute);
            using (writer.Block("internal static class AiStudiosAvatarCatalogCompleteness"))
            {
                writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
                writer.Line($"internal static void Apply() => {Catalog}.Default.IsComplete = true;");
            }

            return writer.EndFile();
        }

        private static void EmitAvatar(SourceWriter writer, AvatarInfo avatar, SdkAvatar? sdk)
        {
            Docs.Summary(writer, $"Avatar `{avatar.Id}`." + (avatar.Description is null ? string.Empty : " " + avatar.Description), null);
            using (writer.Block($"public static class {avatar.Name}"))
            {
                writer.Line("/// <summary>The avatar id, as the service spells it.</summary>");
                writer.Line($"public const string Id = {CSharpLiteral.String(avatar.Id)};");
                foreach (ClothesInfo clothes in avatar.Clothes)
                {
                    writer.Line();
                    Docs.Summary(writer, $"`{avatar.Id}` in clothes `{clothes.Id}`." + (clothes.Description is null ? string.Empty : " " + clothes.Description), null);
                    if (clothes.Width is null && clothes.Placements.Count == 0 && clothes.ModelJson == IdsOnlyModel(avatar.Id, clothes.Id))
                    {
                        // An entry of the account's list: its ids are all the catalog knows.
                        writer.Line($"public static {Clothes} {clothes.Name} {{ get; }} = new {Clothes}({CSharpLiteral.String(avatar.Id)}, {CSharpLiteral.String(clothes.Id)});");
                        continue;
                    }

                    writer.Line($"public static {Clothes} {clothes.Name} {{ get; }} = new {Clothes}(");
                    writer.Indent();
                    writer.Line($"{CSharpLiteral.String(avatar.Id)},");
                    writer.Line($"{CSharpLiteral.String(clothes.Id)},");
                    writer.Line($"width: {(clothes.Width is double width ? CSharpLiteral.Number(width) : "null")},");
                    writer.Line($"height: {(clothes.Height is double height ? CSharpLiteral.Number(height) : "null")},");
                    string placements = string.Join(", ", clothes.Placements.Select(p => $"new global::AiStudios.AvatarPlacement({CSharpLiteral.String(p.Orientation)}, {CSharpLiteral.Number(p.Left)}, {CSharpLiteral.Number(p.Top)})"));
                    writer.Line($"placements: new global::AiStudios.AvatarPlacement[] {{ {placements} }},");
                    writer.Line($"modelJson: {CSharpLiteral.String(clothes.ModelJson)});");
                    writer.Unindent();
                }

                // The SDK's clothes of the same avatar that this catalog does not list, so both sets show.
                foreach (string name in sdk?.Clothes.Where(n => avatar.Clothes.All(c => c.Name != n)) ?? Enumerable.Empty<string>())
                {
                    writer.Line();
                    EmitForward(writer, $"{SdkCatalog}.{sdk!.Name}", name);
                }

                ClothesInfo defaults = avatar.Clothes.First(c => c.Id == avatar.DefaultClothes);
                writer.Line();
                writer.Line($"/// <summary>The clothes <c>Avatar(\"{Docs.Escape(avatar.Id)}\")</c> uses: <c>{Docs.Escape(defaults.Id)}</c>.</summary>");
                writer.Line($"public static {Clothes} Default => {defaults.Name};");
            }
        }

        /// <summary>The model JSON the reader writes for an entry without a <c>model</c>: its ids alone.</summary>
        private static string IdsOnlyModel(string avatarId, string clothesId) =>
            "{\"ai_name\":" + Json.JsonText.Quote(avatarId) + ",\"emotion\":" + Json.JsonText.Quote(clothesId) + "}";

        private static void EmitSdkAvatar(SourceWriter writer, SdkAvatar avatar)
        {
            string target = $"{SdkCatalog}.{avatar.Name}";
            writer.Line($"/// <summary>Avatar <c>{Docs.Escape(avatar.Id)}</c> of the SDK's catalog: the same entries as <see cref=\"{target}\"/>.</summary>");
            using (writer.Block($"public static class {avatar.Name}"))
            {
                writer.Line("/// <summary>The avatar id, as the service spells it.</summary>");
                writer.Line($"public const string Id = {target}.Id;");
                foreach (string clothes in avatar.Clothes)
                {
                    writer.Line();
                    EmitForward(writer, target, clothes);
                }

                if (avatar.HasDefault)
                {
                    writer.Line();
                    EmitForward(writer, target, "Default");
                }
            }
        }

        private static void EmitForward(SourceWriter writer, string target, string property)
        {
            writer.Line($"/// <summary>The SDK's <see cref=\"{target}.{property}\"/>.</summary>");
            writer.Line($"public static {Clothes} {property} => {target}.{property};");
        }

        // JSON string escapes are C# string escapes, and JsonText also escapes the characters C# ends lines at.
    }
}
