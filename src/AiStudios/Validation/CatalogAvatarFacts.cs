using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using AiStudios.Validation.Rules;

namespace AiStudios.Validation
{
    /// <summary>
    /// The avatars of an <see cref="AvatarCatalog"/> as the rules read them: for the default
    /// catalog, the SDK's own and every catalog a user's project registered. Entries are built
    /// on first use and kept until the catalog changes: reading an entry's editor scale parses
    /// its model JSON, which must not happen on every validation.
    /// </summary>
    internal sealed class CatalogAvatarFacts : IAvatarFacts
    {
        private static CatalogAvatarFacts? s_latest;

        private readonly AvatarCatalog _catalog;
        private readonly int _version;
        private readonly ConcurrentDictionary<string, AvatarFacts?> _cache = new ConcurrentDictionary<string, AvatarFacts?>(StringComparer.Ordinal);

        private CatalogAvatarFacts(AvatarCatalog catalog, int version)
        {
            _catalog = catalog;
            _version = version;
            IsComplete = catalog.IsComplete;
        }

        public IEnumerable<string> AvatarIds => _catalog.AvatarIds;

        /// <summary>The catalog's <see cref="AvatarCatalog.IsComplete"/> when these facts were made (a change makes new facts).</summary>
        public bool IsComplete { get; }

        /// <summary>The facts of the catalog as it is now: the cached ones unless an avatar was added since.</summary>
        public static CatalogAvatarFacts For(AvatarCatalog catalog)
        {
            int version = catalog.Version;
            CatalogAvatarFacts? latest = Volatile.Read(ref s_latest);
            if (latest is not null && ReferenceEquals(latest._catalog, catalog) && latest._version == version)
            {
                return latest;
            }

            var created = new CatalogAvatarFacts(catalog, version);
            Volatile.Write(ref s_latest, created);
            return created;
        }

        public AvatarFacts? Find(string avatarId) => avatarId is null ? null : _cache.GetOrAdd(avatarId, Load);

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
