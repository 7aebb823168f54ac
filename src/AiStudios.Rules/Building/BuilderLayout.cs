using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>The size and place Build() gives a clip left unsized (see <see cref="BuilderLayout.ForAvatar"/> and <see cref="BuilderLayout.ForCanvas"/>).</summary>
    internal readonly struct DefaultGeometry
    {
        public DefaultGeometry(double width, double height, double left, double top)
        {
            Width = width;
            Height = height;
            Left = left;
            Top = top;
        }

        public double Width { get; }

        public double Height { get; }

        /// <summary>Applied only when the clip's left is unset.</summary>
        public double Left { get; }

        /// <summary>Applied only when the clip's top is unset.</summary>
        public double Top { get; }
    }

    /// <summary>
    /// What the builder decides at Build() about a scene's clips, as pure functions of plain
    /// values: the SDK's SceneBuilder applies them to the clips it builds, and the analyzers to the
    /// clips they read from builder calls, so both see the same layers and default geometry.
    /// </summary>
    internal static class BuilderLayout
    {
        /// <summary>
        /// Layers in call order: a clip without one (null) goes on the lowest layer above the clip
        /// before it that no clip of the scene uses, so it never shares a layer set on a later
        /// clip (AIS0005). A clip with no free layer above (the one before is on
        /// <see cref="int.MaxValue"/>) gets null: the builder refuses it.
        /// </summary>
        public static int?[] AssignLayers(IReadOnlyList<int?> own)
        {
            var used = new HashSet<int>();
            foreach (int? layer in own)
            {
                if (layer is int set)
                {
                    used.Add(set);
                }
            }

            var result = new int?[own.Count];
            int previous = 0;
            for (int i = 0; i < own.Count; i++)
            {
                if (own[i] is int set)
                {
                    result[i] = set;
                    previous = set;
                    continue;
                }

                int layer = previous;
                while (layer < int.MaxValue)
                {
                    layer++;
                    if (used.Add(layer))
                    {
                        result[i] = layer;
                        previous = layer;
                        break;
                    }
                }
            }

            return result;
        }

        /// <summary>Where a clip whose place is still unset after its default geometry goes: the canvas's top-left corner (the reference requires left and top).</summary>
        public const double DefaultLeft = 0;

        /// <summary>See <see cref="DefaultLeft"/>.</summary>
        public const double DefaultTop = 0;

        private static readonly System.Lazy<ClothesFacts?> LazyStandIn = new System.Lazy<ClothesFacts?>(() => FirstSized(GeneratedAvatarFacts.Create()));

        /// <summary>
        /// The avatar whose size and placements Build() gives an avatar its catalog entry has none for: the first
        /// avatar of the SDK's catalog (<c>schema/avatars.json</c>) in its default clothes, the avatar of the published
        /// examples, whose clip geometry every published example sends. Null only if that catalog had no sized entry.
        /// </summary>
        public static ClothesFacts? StandIn => LazyStandIn.Value;

        /// <summary>A clip whose width and height are both 0 (the builder's starting values) is sized by Build().</summary>
        public static bool IsUnsized(double width, double height) => width == 0 && height == 0;

        /// <summary>
        /// What Build() gives an unsized avatar: the size of its image and its catalog placement for the
        /// orientation (0, 0 without one). An avatar whose catalog entry gives no size (an entry exported from the
        /// account's list, or an avatar known by its ids alone) takes the <see cref="StandIn"/>'s size and placement;
        /// the service's drawing metadata for it is not known, so the geometry rules do not judge it. Null when
        /// there is no stand-in either (the clip is then left unsized).
        /// </summary>
        public static DefaultGeometry? ForAvatar(double? imageWidth, double? imageHeight, double? placementLeft, double? placementTop, string orientation)
        {
            if (imageWidth is double width && imageHeight is double height)
            {
                return new DefaultGeometry(width, height, placementLeft ?? DefaultLeft, placementTop ?? DefaultTop);
            }

            if (StandIn is { Width: double standInWidth, Height: double standInHeight } standIn)
            {
                PlacementFacts? placement = standIn.PlacementFor(orientation);
                return new DefaultGeometry(standInWidth, standInHeight, placement?.Left ?? DefaultLeft, placement?.Top ?? DefaultTop);
            }

            return null;
        }

        /// <summary>What Build() gives an unsized clip other than an avatar: the whole canvas, from (0, 0).</summary>
        public static DefaultGeometry ForCanvas(double canvasWidth, double canvasHeight) => new DefaultGeometry(canvasWidth, canvasHeight, DefaultLeft, DefaultTop);

        private static ClothesFacts? FirstSized(AvatarFacts[] avatars)
        {
            foreach (AvatarFacts avatar in avatars)
            {
                if (avatar.DefaultClothes is { Width: not null, Height: not null } clothes)
                {
                    return clothes;
                }
            }

            return null;
        }
    }
}
