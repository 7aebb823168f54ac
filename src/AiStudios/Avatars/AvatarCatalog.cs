using System;
using System.Collections.Generic;
using System.Linq;

namespace AiStudios
{
    /// <summary>
    /// The avatars the builder knows by id. <see cref="Default"/> holds the SDK's catalog
    /// (<c>schema/avatars.json</c>) and every catalog a user adds to their project (see README).
    /// Thread-safe.
    /// </summary>
    public sealed class AvatarCatalog
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, Dictionary<string, AvatarClothes>> _avatars = new Dictionary<string, Dictionary<string, AvatarClothes>>(StringComparer.Ordinal);
        private readonly Dictionary<string, AvatarClothes> _defaults = new Dictionary<string, AvatarClothes>(StringComparer.Ordinal);
        private int _version;
        private bool _isComplete;

        private static readonly Lazy<AvatarCatalog> LazyDefault = new Lazy<AvatarCatalog>(() =>
        {
            var catalog = new AvatarCatalog();
            Avatars.Register(catalog);
            return catalog;
        });

        /// <summary>The catalog the builder uses.</summary>
        public static AvatarCatalog Default => LazyDefault.Value;

        /// <summary>The ids of the known avatars, sorted.</summary>
        public IReadOnlyList<string> AvatarIds
        {
            get
            {
                lock (_gate)
                {
                    return _avatars.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
                }
            }
        }

        /// <summary>
        /// Whether this catalog lists every avatar, in every set of clothes, the project may use. Then <c>Validate()</c>
        /// reports an avatar id it lacks (AIS0011), or clothes it lacks for a listed avatar (AIS0012), as an error, the
        /// builder's <c>Avatar(id, clothesId)</c> throws for them, and the client refuses them without asking the account;
        /// otherwise they are warnings, the account may have them. A project declares it with the MSBuild property
        /// <c>AiStudiosAvatarCatalogComplete</c> or <c>"complete": true</c> in a catalog file; the generated
        /// registration sets this, and the analyzers judge by the same declaration.
        /// </summary>
        public bool IsComplete
        {
            get
            {
                lock (_gate)
                {
                    return _isComplete;
                }
            }

            set
            {
                lock (_gate)
                {
                    if (_isComplete != value)
                    {
                        _isComplete = value;
                        Version++;
                    }
                }
            }
        }

        /// <summary>Adds (or replaces) an avatar in some clothes.</summary>
        /// <param name="clothes">The entry.</param>
        /// <param name="isDefault">Whether <c>Avatar("id")</c> uses these clothes.</param>
        public void Add(AvatarClothes clothes, bool isDefault = false)
        {
            if (clothes is null)
            {
                throw new ArgumentNullException(nameof(clothes));
            }

            lock (_gate)
            {
                if (!_avatars.TryGetValue(clothes.AvatarId, out Dictionary<string, AvatarClothes>? byClothes))
                {
                    _avatars[clothes.AvatarId] = byClothes = new Dictionary<string, AvatarClothes>(StringComparer.Ordinal);
                }

                byClothes[clothes.ClothesId] = clothes;
                if (isDefault || !_defaults.ContainsKey(clothes.AvatarId))
                {
                    _defaults[clothes.AvatarId] = clothes;
                }

                Version++;
            }
        }

        /// <summary>Finds an avatar in its default clothes.</summary>
        /// <param name="avatarId">The avatar id, e.g. <c>M000045058</c>.</param>
        /// <param name="clothes">The entry found.</param>
        /// <returns>Whether the avatar is known.</returns>
        public bool TryGet(string avatarId, out AvatarClothes clothes)
        {
            lock (_gate)
            {
                return _defaults.TryGetValue(avatarId ?? string.Empty, out clothes!);
            }
        }

        /// <summary>Finds an avatar in the given clothes.</summary>
        /// <param name="avatarId">The avatar id.</param>
        /// <param name="clothesId">The clothes id.</param>
        /// <param name="clothes">The entry found.</param>
        /// <returns>Whether the pair is known.</returns>
        public bool TryGet(string avatarId, string clothesId, out AvatarClothes clothes)
        {
            lock (_gate)
            {
                clothes = null!;
                return _avatars.TryGetValue(avatarId ?? string.Empty, out Dictionary<string, AvatarClothes>? byClothes)
                    && byClothes.TryGetValue(clothesId ?? string.Empty, out clothes!);
            }
        }

        /// <summary>Changes with every <see cref="Add"/>, so what is derived from the catalog can be cached until then.</summary>
        internal int Version
        {
            get
            {
                lock (_gate)
                {
                    return _version;
                }
            }

            private set => _version = value;
        }

        /// <summary>Every set of clothes of an avatar, sorted by id; empty when the avatar is not known.</summary>
        internal IReadOnlyList<AvatarClothes> ClothesOf(string avatarId)
        {
            lock (_gate)
            {
                return _avatars.TryGetValue(avatarId ?? string.Empty, out Dictionary<string, AvatarClothes>? byClothes)
                    ? byClothes.Values.OrderBy(c => c.ClothesId, StringComparer.Ordinal).ToArray()
                    : Array.Empty<AvatarClothes>();
            }
        }

        /// <summary>Finds an avatar in its default clothes, or explains what is known instead.</summary>
        /// <param name="avatarId">The avatar id.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentException">The id is not in the catalog (its default clothes are not known); the message suggests the closest known id.</exception>
        public AvatarClothes Get(string avatarId)
        {
            if (TryGet(avatarId, out AvatarClothes clothes))
            {
                return clothes;
            }

            throw new ArgumentException(UnknownMessage("avatar", avatarId, AvatarIds), nameof(avatarId));
        }

        /// <summary>Finds an avatar in the given clothes, or explains what is known instead.</summary>
        /// <param name="avatarId">The avatar id.</param>
        /// <param name="clothesId">The clothes id.</param>
        /// <returns>The entry.</returns>
        /// <exception cref="ArgumentException">The pair is not in the catalog.</exception>
        public AvatarClothes Get(string avatarId, string clothesId)
        {
            AvatarClothes avatar = Get(avatarId);
            if (TryGet(avatarId, clothesId, out AvatarClothes clothes))
            {
                return clothes;
            }

            string[] known;
            lock (_gate)
            {
                known = _avatars[avatar.AvatarId].Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
            }

            throw new ArgumentException(UnknownMessage($"clothes of avatar '{AiStudios.Validation.Rules.Echo.Of(avatarId)}':", clothesId, known), nameof(clothesId));
        }

        private static string UnknownMessage(string what, string? id, IReadOnlyList<string> known)
        {
            // The same "did you mean" the validation rules and analyzers use (shared source).
            string? suggestion = AiStudios.Validation.Rules.Suggestions.Closest(id ?? string.Empty, known);
            string hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
            string list = known.Count == 0 ? "none" : string.Join(", ", known);
            return $"Unknown {what} '{AiStudios.Validation.Rules.Echo.Of(id ?? string.Empty)}'.{hint} Known: {list}. Add your own with a catalog file (see README: Avatars).";
        }
    }
}
