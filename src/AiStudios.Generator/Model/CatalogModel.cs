namespace AiStudios.Generator.Model
{
    // An avatar catalog file as the reader (Catalog/AvatarCatalogReader) produces it and the
    // emitters print it: ids, C# names, numbers already checked and read, the model JSON ready.

    /// <summary>An avatar catalog file, read.</summary>
    internal sealed record CatalogModel
    {
        public required string SourcePath { get; init; }

        public required string Namespace { get; init; }

        public required string ClassName { get; init; }

        public required EquatableArray<AvatarInfo> Avatars { get; init; }

        /// <summary>Whether the file declares the catalog complete (<c>"complete": true</c>): an avatar id no catalog lists is then an error.</summary>
        public bool IsComplete { get; init; }
    }

    internal sealed record AvatarInfo
    {
        public required string Id { get; init; }

        /// <summary>The C# name of the avatar's nested class.</summary>
        public required string Name { get; init; }

        public string? Description { get; init; }

        /// <summary>The id of the clothes <c>Avatar("id")</c> uses.</summary>
        public required string DefaultClothes { get; init; }

        public required EquatableArray<ClothesInfo> Clothes { get; init; }
    }

    /// <summary>One avatar in one set of clothes: size, default placement and the service's model metadata as JSON.</summary>
    internal sealed record ClothesInfo
    {
        public required string Id { get; init; }

        /// <summary>The C# name of the clothes' property.</summary>
        public required string Name { get; init; }

        public string? Description { get; init; }

        /// <summary>The avatar clip's width: its image's, in px; null when the entry gives no size (an entry from the account's list).</summary>
        public double? Width { get; init; }

        public double? Height { get; init; }

        public required EquatableArray<PlacementInfo> Placements { get; init; }

        /// <summary>The model's <c>editor.scale</c>, which the rules need to know how large the avatar is drawn; null when it has none.</summary>
        public double? EditorScale { get; init; }

        /// <summary>The clip's <c>model</c> object as compact JSON, the entry's ids in it (only them when the entry has no <c>model</c>).</summary>
        public required string ModelJson { get; init; }
    }

    internal sealed record PlacementInfo(string Orientation, double Left, double Top);

    internal sealed record CatalogResult(CatalogModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
