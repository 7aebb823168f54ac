using AiStudios.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiStudios.Generator.Catalog
{
    /// <summary>An avatar catalog file, read.</summary>
    internal sealed record CatalogModel(string SourcePath, string Namespace, string ClassName, EquatableArray<AvatarInfo> Avatars);

    internal sealed record AvatarInfo(string Id, string Name, string? Description, string DefaultClothes, EquatableArray<ClothesInfo> Clothes);

    /// <summary>One avatar in one set of clothes: size, default placement and the service's model metadata as JSON.</summary>
    internal sealed record ClothesInfo(
        string Id,
        string Name,
        string? Description,
        string Width,
        string Height,
        EquatableArray<PlacementInfo> Placements,
        string ModelJson);

    internal sealed record PlacementInfo(string Orientation, string Left, string Top);

    internal sealed record CatalogResult(CatalogModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// What the generator needs to know of the compilation, as plain values: whether it is the
    /// SDK itself, whether the runtime has <c>ModuleInitializerAttribute</c>, and the avatars of
    /// the referenced SDK's own catalog (so a user's catalog class can list them too).
    /// </summary>
    internal sealed record CompilationFacts(bool IsSdkAssembly, bool HasModuleInitializer, EquatableArray<SdkAvatar> SdkAvatars)
    {
        public static CompilationFacts From(Compilation compilation)
        {
            bool isSdk = compilation.AssemblyName == "AiStudios";
            return new CompilationFacts(
                isSdk,
                compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute") is not null,
                isSdk ? EquatableArray<SdkAvatar>.Empty : SdkCatalogReader.Read(compilation));
        }
    }

    /// <summary>An avatar of the SDK's catalog (<c>AiStudios.Avatars</c>): its nested class, id and clothes properties.</summary>
    internal sealed record SdkAvatar(string Name, string Id, EquatableArray<string> Clothes, bool HasDefault);

    /// <summary>
    /// What the consumer's C# version allows in generated code, read from its parse options:
    /// nullable annotations need C# 8, <c>[ModuleInitializer]</c> C# 9.
    /// </summary>
    internal sealed record LanguageFeatures(bool NullableAnnotations, bool ModuleInitializers)
    {
        public static LanguageFeatures Latest { get; } = new LanguageFeatures(true, true);

        public static LanguageFeatures From(ParseOptions options) =>
            options is CSharpParseOptions csharp ? From(csharp.LanguageVersion) : Latest;

        public static LanguageFeatures From(LanguageVersion version) =>
            new LanguageFeatures(version >= LanguageVersion.CSharp8, version >= LanguageVersion.CSharp9);
    }
}
