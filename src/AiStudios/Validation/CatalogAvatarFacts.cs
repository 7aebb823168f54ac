using System;
using System.Collections.Generic;
using AiStudios.Validation.Rules;

namespace AiStudios.Validation
{
    /// <summary>
    /// The avatars of <see cref="AvatarCatalog.Default"/> as the rules read them: the SDK's own
    /// catalog and every catalog a user's project registered. Built per validation, on demand,
    /// because catalogs can grow while an application runs.
    /// </summary>
    internal sealed class CatalogAvatarFacts : IAvatarFacts
    {
        private readonly AvatarCatalog _catalog;
        private readonly Dictionary<string, AvatarFacts?> _cache = new Dictionary<string, AvatarFacts?>(StringComparer.Ordinal);

        public CatalogAvatarFacts(AvatarCatalog catalog)
        {
            _catalog = catalog;
        }

        public IEnumerable<string> AvatarIds => _catalog.AvatarIds;

        public AvatarFacts? Find(string avatarId)
        {
            if (avatarId is null)
            {
                return null;
            }

            if (!_cache.TryGetValue(avatarId, out AvatarFacts? facts))
            {
                _cache[avatarId] = facts = Load(avatarId);
            }

            return facts;
        }

        private AvatarFacts? Load(string avatarId)
        {
            if (!_catalog.TryGet(avatarId, out AvatarClothes defaults))
            {
                return null;
            }

            var clothes = new List<ClothesFacts>();
            foreach (AvatarClothes entry in _catalog.ClothesOf(avatarId))
            {
                var placements = new List<PlacementFacts>();
                foreach (AvatarPlacement placement in entry.Placements)
                {
                    placements.Add(new PlacementFacts(placement.Orientation, placement.Left, placement.Top));
                }

                clothes.Add(new ClothesFacts(entry.ClothesId, entry.Width, entry.Height, entry.CreateModel().Editor?.Scale, placements));
            }

            return new AvatarFacts(avatarId, defaults.ClothesId, clothes);
        }
    }
}
