using System;
using System.Collections.Generic;
using System.Text;
using AiStudios.Serialization;

namespace AiStudios
{
    /// <summary>
    /// One avatar in one set of clothes, as an avatar catalog describes it: the ids the service
    /// knows, the size of its image and the drawing metadata (<c>model</c>) an avatar clip needs.
    /// Instances come from generated catalogs (<c>Avatars.M000045058.BG00002320</c>).
    /// </summary>
    public sealed class AvatarClothes
    {
        private readonly byte[] _modelJson;
        private readonly AvatarPlacement[] _placements;

        /// <summary>Creates an entry; generated catalogs call this.</summary>
        /// <param name="avatarId">The avatar id (<c>model.ai_name</c>).</param>
        /// <param name="clothesId">The clothes id (<c>model.emotion</c>).</param>
        /// <param name="width">The avatar image's width in px (the clip's <c>width</c>).</param>
        /// <param name="height">The avatar image's height in px (the clip's <c>height</c>).</param>
        /// <param name="placements">Default positions per orientation.</param>
        /// <param name="modelJson">The clip's <c>model</c> object as JSON: ids, editor, origin, deploy images, mask.</param>
        public AvatarClothes(string avatarId, string clothesId, double width, double height, IEnumerable<AvatarPlacement> placements, string modelJson)
        {
            AvatarId = avatarId ?? throw new ArgumentNullException(nameof(avatarId));
            ClothesId = clothesId ?? throw new ArgumentNullException(nameof(clothesId));
            Width = width;
            Height = height;
            _placements = new List<AvatarPlacement>(placements ?? throw new ArgumentNullException(nameof(placements))).ToArray();
            _modelJson = Encoding.UTF8.GetBytes(modelJson ?? throw new ArgumentNullException(nameof(modelJson)));

            // Fail where the catalog is wrong, not when the first video is built.
            _ = CreateModel();
        }

        /// <summary>The avatar id (<c>model.ai_name</c>, a script's <c>modelId</c>).</summary>
        public string AvatarId { get; }

        /// <summary>The clothes id (<c>model.emotion</c>, a script's <c>clothId</c>).</summary>
        public string ClothesId { get; }

        /// <summary>The avatar image's width in px: the avatar clip's <c>width</c>.</summary>
        public double Width { get; }

        /// <summary>The avatar image's height in px: the avatar clip's <c>height</c>.</summary>
        public double Height { get; }

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
    }
}
