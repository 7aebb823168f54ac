using System;
using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>The avatars the rules may accept, wherever they come from.</summary>
    internal interface IAvatarFacts
    {
        /// <summary>The known avatar ids, for "did you mean".</summary>
        IEnumerable<string> AvatarIds { get; }

        /// <summary>The avatar with this id, or null.</summary>
        AvatarFacts? Find(string avatarId);

        /// <summary>
        /// Whether these avatars are every avatar the project may use (the project declares its catalog complete):
        /// then an id they lack is known wrong, an error, rather than one the account may have.
        /// </summary>
        bool IsComplete { get; }
    }

    /// <summary>One avatar: its id, its clothes and the clothes <c>Avatar("id")</c> picks.</summary>
    internal sealed class AvatarFacts
    {
        public AvatarFacts(string id, string defaultClothesId, IReadOnlyList<ClothesFacts> clothes)
        {
            Id = id;
            DefaultClothesId = defaultClothesId;
            Clothes = clothes;
        }

        public string Id { get; }

        public string DefaultClothesId { get; }

        public IReadOnlyList<ClothesFacts> Clothes { get; }

        public ClothesFacts? FindClothes(string clothesId)
        {
            foreach (ClothesFacts clothes in Clothes)
            {
                if (string.Equals(clothes.Id, clothesId, StringComparison.Ordinal))
                {
                    return clothes;
                }
            }

            return null;
        }

        public ClothesFacts? DefaultClothes => FindClothes(DefaultClothesId);
    }

    /// <summary>
    /// One avatar in one set of clothes: its image size, the editor's scale and default placements, each
    /// where the catalog has it (an entry exported from the account's list has only ids).
    /// </summary>
    internal sealed class ClothesFacts
    {
        public ClothesFacts(string id, double? width, double? height, double? editorScale, IReadOnlyList<PlacementFacts> placements)
        {
            Id = id;
            Width = width;
            Height = height;
            EditorScale = editorScale;
            Placements = placements;
        }

        public string Id { get; }

        /// <summary>The avatar image's width: the clip's <c>width</c>; null when the catalog does not know it.</summary>
        public double? Width { get; }

        /// <summary>The avatar image's height: the clip's <c>height</c>; null when the catalog does not know it.</summary>
        public double? Height { get; }

        /// <summary><c>model.editor.scale</c>: how much smaller than its image the avatar is drawn.</summary>
        public double? EditorScale { get; }

        public IReadOnlyList<PlacementFacts> Placements { get; }

        public PlacementFacts? PlacementFor(string orientation)
        {
            foreach (PlacementFacts placement in Placements)
            {
                if (string.Equals(placement.Orientation, orientation, StringComparison.Ordinal))
                {
                    return placement;
                }
            }

            return null;
        }
    }

    /// <summary>Where the builder puts an avatar on a canvas of one orientation.</summary>
    internal sealed class PlacementFacts
    {
        public PlacementFacts(string orientation, double left, double top)
        {
            Orientation = orientation;
            Left = left;
            Top = top;
        }

        public string Orientation { get; }

        public double Left { get; }

        public double Top { get; }
    }

    /// <summary>Avatar facts from fixed lists (generated catalogs, catalogs read from files), later lists adding to earlier ones.</summary>
    internal sealed class AvatarFactsTable : IAvatarFacts
    {
        private readonly Dictionary<string, AvatarFacts> _avatars = new Dictionary<string, AvatarFacts>(StringComparer.Ordinal);

        public AvatarFactsTable(params IEnumerable<AvatarFacts>[] sources)
            : this(false, sources)
        {
        }

        public AvatarFactsTable(bool isComplete, params IEnumerable<AvatarFacts>[] sources)
        {
            IsComplete = isComplete;
            foreach (IEnumerable<AvatarFacts> source in sources)
            {
                foreach (AvatarFacts avatar in source)
                {
                    _avatars[avatar.Id] = _avatars.TryGetValue(avatar.Id, out AvatarFacts? earlier) ? Merge(earlier, avatar) : avatar;
                }
            }
        }

        public IEnumerable<string> AvatarIds => _avatars.Keys;

        public bool IsComplete { get; }

        public AvatarFacts? Find(string avatarId) => avatarId is not null && _avatars.TryGetValue(avatarId, out AvatarFacts? avatar) ? avatar : null;

        private static AvatarFacts Merge(AvatarFacts earlier, AvatarFacts later)
        {
            var clothes = new List<ClothesFacts>(later.Clothes);
            foreach (ClothesFacts item in earlier.Clothes)
            {
                if (later.FindClothes(item.Id) is null)
                {
                    clothes.Add(item);
                }
            }

            return new AvatarFacts(later.Id, later.DefaultClothesId, clothes);
        }
    }
}
