using System;
using System.Collections.Generic;
using System.Text;
using AiStudios.Serialization;

namespace AiStudios
{
    /// <summary>
    /// One avatar in one set of clothes, as an avatar catalog describes it: the ids the service
    /// knows and, where the catalog has them, the size of its image, its default placements and the
    /// drawing metadata (<c>model</c>) an avatar clip needs. Instances come from generated catalogs
    /// (<c>Avatars.M000045058.BG00002320</c>); an avatar of your account that no catalog lists is
    /// <c>new AvatarClothes("M000320746", "BG00007030")</c>.
    /// </summary>
    public sealed class AvatarClothes
    {
        private readonly byte[] _modelJson;
        private readonly AvatarPlacement[] _placements;

        /// <summary>
        /// An avatar known by its ids alone, as the account's avatar list gives it: no size, placement or drawing
        /// metadata. The builder gives it the size and placement of the published examples' avatar (README: Avatars).
        /// </summary>
        /// <param name="avatarId">The avatar id (<c>model.ai_name</c>).</param>
        /// <param name="clothesId">The clothes id (<c>model.emotion</c>).</param>
        public AvatarClothes(string avatarId, string clothesId)
            : this(avatarId, clothesId, null, null, Array.Empty<AvatarPlacement>(), null)
        {
        }

        /// <summary>Creates an entry; generated catalogs call this.</summary>
        /// <param name="avatarId">The avatar id (<c>model.ai_name</c>).</param>
        /// <param name="clothesId">The clothes id (<c>model.emotion</c>).</param>
        /// <param name="width">The avatar image's width in px (the clip's <c>width</c>); null when not known.</param>
        /// <param name="height">The avatar image's height in px (the clip's <c>height</c>); null when not known, with <paramref name="width"/>.</param>
        /// <param name="placements">Default positions per orientation.</param>
        /// <param name="modelJson">The clip's <c>model</c> object as JSON: ids, editor, origin, deploy images, mask; null for the ids alone.</param>
        /// <exception cref="ArgumentException">Only one of width and height is given, or one is not a finite number above 0.</exception>
        public AvatarClothes(string avatarId, string clothesId, double? width, double? height, IEnumerable<AvatarPlacement> placements, string? modelJson)
        {
            AvatarId = avatarId ?? throw new ArgumentNullException(nameof(avatarId));
            ClothesId = clothesId ?? throw new ArgumentNullException(nameof(clothesId));
            if (width.HasValue != height.HasValue || !IsSize(width) || !IsSize(height))
            {
                throw new ArgumentException($"Give the image size of '{AvatarId}/{ClothesId}' whole (width and height, finite numbers above 0) or not at all.", width.HasValue ? nameof(height) : nameof(width));
            }

            Width = width;
            Height = height;
            _placements = new List<AvatarPlacement>(placements ?? throw new ArgumentNullException(nameof(placements))).ToArray();
            _modelJson = modelJson is null ? IdsOnly(AvatarId, ClothesId) : Encoding.UTF8.GetBytes(modelJson);

            // Fail where the catalog is wrong, not when the first video is built.
            _ = CreateModel();
        }

        /// <summary>The avatar id (<c>model.ai_name</c>, a script's <c>modelId</c>).</summary>
        public string AvatarId { get; }

        /// <summary>The clothes id (<c>model.emotion</c>, a script's <c>clothId</c>).</summary>
        public string ClothesId { get; }

        /// <summary>The avatar image's width in px: the avatar clip's <c>width</c>; null when the catalog does not know it.</summary>
        public double? Width { get; }

        /// <summary>The avatar image's height in px: the avatar clip's <c>height</c>; null when the catalog does not know it.</summary>
        public double? Height { get; }

        /// <summary>Default positions per orientation.</summary>
        public IReadOnlyList<AvatarPlacement> Placements => _placements;

        /// <summary>The default position on a canvas of this orientation, or null when the catalog has none.</summary>
        /// <param name="orientation">The canvas orientation.</param>
        /// <returns>The placement, or null.</returns>
        public AvatarPlacement? PlacementFor(Orientation orientation)
        {
            string wire = orientation.ToWireValue();
            foreach (AvatarPlacement placement in _placements)
            {
                if (placement.Orientation == wire)
                {
                    return placement;
                }
            }

            return null;
        }

        /// <summary>The <c>model</c> object as the catalog gave it (UTF-8 JSON), for writing it out again unchanged.</summary>
        internal ReadOnlyMemory<byte> ModelJson => _modelJson;

        /// <summary>A new <see cref="AvatarModel"/> for an avatar clip: the ids plus the catalog's metadata.</summary>
        /// <returns>A fresh object the caller may change.</returns>
        public AvatarModel CreateModel()
        {
            return JsonDocumentReader.Read(_modelJson, AvatarModel.ReadJson);
        }

        /// <inheritdoc/>
        public override string ToString() => AvatarId + "/" + ClothesId;

        private static bool IsSize(double? value) => value is not double size || (size > 0 && !double.IsNaN(size) && !double.IsInfinity(size));

        /// <summary>The model of an entry without metadata: <c>{"ai_name": ..., "emotion": ...}</c>.</summary>
        private static byte[] IdsOnly(string avatarId, string clothesId)
        {
            using var buffer = new System.IO.MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                // Refuses half a surrogate pair, which Utf8JsonWriter would turn into U+FFFD.
                JsonWriteSupport.WriteString(writer, System.Text.Json.JsonEncodedText.Encode("ai_name"), avatarId, "ai_name");
                JsonWriteSupport.WriteString(writer, System.Text.Json.JsonEncodedText.Encode("emotion"), clothesId, "emotion");
                writer.WriteEndObject();
            }

            return buffer.ToArray();
        }
    }
}
