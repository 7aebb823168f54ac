using System.Collections.Generic;

namespace AiStudios
{
    /// <summary>Options of <see cref="AiStudiosClient.ExportAvatarCatalogAsync"/>: the generated class's place and name.</summary>
    public sealed class AvatarCatalogExportOptions
    {
        /// <summary>The catalog's <c>namespace</c>; null leaves it out, so the generator uses the project's root namespace.</summary>
        public string? Namespace { get; set; }

        /// <summary>The catalog's <c>className</c>; null leaves it out (<c>Avatars</c>).</summary>
        public string? ClassName { get; set; }

        /// <summary>
        /// Whether clothes are written without image size, placement and drawing metadata (no compiled catalog knows
        /// them, and the service lists none): true by default, since the catalog format makes them optional and the
        /// generator makes typed constants of ids alone (the builder sizes such an avatar as the published examples'
        /// one). False writes only the clothes a compiled catalog has geometry for, as builds before this one needed.
        /// Either way <see cref="AvatarCatalogExport.ClothesWithoutGeometry"/> names them.
        /// </summary>
        public bool IncludeClothesWithoutGeometry { get; set; } = true;
    }

    /// <summary>What <see cref="AiStudiosClient.ExportAvatarCatalogAsync"/> wrote.</summary>
    public sealed class AvatarCatalogExport
    {
        /// <summary>Creates the result, e.g. for a test double of the client.</summary>
        /// <param name="avatarIds">The avatars written.</param>
        /// <param name="skippedAvatarIds">The avatars left out because the service listed no clothes for them.</param>
        /// <param name="clothesWithoutGeometry">The <c>avatar/clothes</c> pairs no catalog has image size, placement and model for.</param>
        public AvatarCatalogExport(IReadOnlyList<string> avatarIds, IReadOnlyList<string> skippedAvatarIds, IReadOnlyList<string> clothesWithoutGeometry)
        {
            AvatarIds = avatarIds;
            SkippedAvatarIds = skippedAvatarIds;
            ClothesWithoutGeometry = clothesWithoutGeometry;
        }

        /// <summary>The avatars written, in the service's order.</summary>
        public IReadOnlyList<string> AvatarIds { get; }

        /// <summary>
        /// Avatars left out: <c>GET /model</c> gives no clothes for them (a catalog entry needs clothes), or none with
        /// geometry when <see cref="AvatarCatalogExportOptions.IncludeClothesWithoutGeometry"/> is false.
        /// </summary>
        public IReadOnlyList<string> SkippedAvatarIds { get; }

        /// <summary>
        /// The <c>avatar/clothes</c> pairs without image size, placement and drawing metadata (no compiled catalog knows
        /// them and the service does not list them): written by their ids alone, or left out when
        /// <see cref="AvatarCatalogExportOptions.IncludeClothesWithoutGeometry"/> is false.
        /// </summary>
        public IReadOnlyList<string> ClothesWithoutGeometry { get; }

        /// <summary>How many avatars were written and left out.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => $"AvatarCatalogExport {{ Avatars = {AvatarIds.Count}, Skipped = {SkippedAvatarIds.Count}, WithoutGeometry = {ClothesWithoutGeometry.Count} }}";
    }
}
