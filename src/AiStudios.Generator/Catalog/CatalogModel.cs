using AiStudios.Generator.Model;
using Microsoft.CodeAnalysis;

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

    /// <summary>What the generator needs to know of the compilation, as plain values.</summary>
    internal sealed record CompilationFacts(bool IsSdkAssembly, bool HasModuleInitializer)
    {
        public static CompilationFacts From(Compilation compilation) => new CompilationFacts(
            compilation.AssemblyName == "AiStudios",
            compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute") is not null);
    }
}
