using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Validation;
using AiStudios.Validation.Rules;

namespace AiStudios.Client.Avatars
{
    /// <summary>
    /// Before a project is sent: the avatars no compiled catalog (<see cref="AvatarCatalog.Default"/>) knows in the
    /// clothes the project gives them are looked up in the account (<see cref="AccountAvatarCache"/>). Refused are only
    /// an avatar id the account does not have either, and clothes the account lists for its avatar without these
    /// (where the service lists clothes: <c>GET /model</c>), naming the closest ids it has. A project whose avatars the
    /// catalogs know in those clothes costs no request.
    /// </summary>
    internal static class AccountAvatarCheck
    {
        private const int ListedIds = 10;

        /// <summary>
        /// The avatars of <paramref name="project"/>'s avatar clips that <paramref name="catalog"/> does not know in their
        /// clothes, each pair once with the path of its first clip.
        /// </summary>
        public static List<UnlistedAvatar> NotInCatalog(Project project, AvatarCatalog catalog)
        {
            var unlisted = new List<UnlistedAvatar>();
            var seen = new HashSet<(string, string)>();
            for (int s = 0; s < project.Scenes.Count; s++)
            {
                List<Clip>? clips = project.Scenes[s]?.Clips;
                for (int c = 0; clips is not null && c < clips.Count; c++)
                {
                    if (clips[c] is not AvatarClip { Model.AvatarId: { Length: > 0 } id } avatar)
                    {
                        continue;
                    }

                    string clothes = avatar.Model.ClothesId ?? string.Empty;
                    bool avatarListed = catalog.TryGet(id, out _);
                    if ((!avatarListed || (clothes.Length > 0 && !catalog.TryGet(id, clothes, out _))) && seen.Add((id, clothes)))
                    {
                        string clip = string.Format(CultureInfo.InvariantCulture, "scenes[{0}].clips[{1}]", s, c);
                        unlisted.Add(new UnlistedAvatar(id, clothes, avatarListed, clip));
                    }
                }
            }

            return unlisted;
        }

        /// <summary>
        /// One line (<see cref="Describe"/>) per entry of <paramref name="unlisted"/> the account refutes (an old list is
        /// fetched again before one is refused): an avatar it lacks, or clothes its avatar lacks where it lists them.
        /// </summary>
        public static async Task<List<string>> FindMissingAsync(AccountAvatarCache cache, IReadOnlyList<UnlistedAvatar> unlisted, CancellationToken cancellationToken)
        {
            AccountAvatarCache.Snapshot account = await cache.GetAsync(null, cancellationToken).ConfigureAwait(false);
            List<string> problems = Describe(unlisted, account);
            if (problems.Count > 0 && account.Age >= AccountAvatarCache.RefetchBeforeRefusing)
            {
                // An avatar (or clothes) made since the list was fetched must not be refused on a stale list.
                account = await cache.GetAsync(AccountAvatarCache.RefetchBeforeRefusing, cancellationToken).ConfigureAwait(false);
                problems = Describe(unlisted, account);
            }

            return problems;
        }

        /// <summary>One line per entry the account refutes: where it is, the "did you mean", and the account's ids closest first.</summary>
        public static List<string> Describe(IReadOnlyList<UnlistedAvatar> unlisted, AccountAvatarCache.Snapshot account)
        {
            var lines = new List<string>();
            foreach (UnlistedAvatar avatar in unlisted)
            {
                string id = Checks.EchoText.Cap(avatar.Id, 60);
                if (!avatar.AvatarListed && !account.Contains(avatar.Id))
                {
                    lines.Add($"{avatar.ClipPath}.model.ai_name: avatar '{id}' is in no avatar catalog of this build and not in the account.{Closest(avatar.Id, account.Ids, "The account's avatars")}");
                    continue;
                }

                // Judged only where the account lists the avatar's clothes (GET /model); the 1.5.x+ list gives none.
                if (avatar.ClothesId.Length > 0 && account.ClothesOf(avatar.Id) is { } clothes && !clothes.Contains(avatar.ClothesId, StringComparer.Ordinal))
                {
                    lines.Add($"{avatar.ClipPath}.model.emotion: clothes '{Checks.EchoText.Cap(avatar.ClothesId, 60)}' of avatar '{id}' are in no avatar catalog of this build and not among the account's clothes of that avatar.{Closest(avatar.ClothesId, clothes, "Its clothes in the account")}");
                }
            }

            return lines;
        }

        private static string Closest(string value, IReadOnlyList<string> known, string what)
        {
            string upper = value.ToUpperInvariant();
            List<string> closest = known
                .Distinct(StringComparer.Ordinal)
                .OrderBy(id => Suggestions.Distance(upper, id.ToUpperInvariant()))
                .ThenBy(id => id, StringComparer.Ordinal)
                .ToList();
            string? suggestion = Suggestions.Closest(value, known);
            string hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
            string list = closest.Count == 0
                ? "none"
                : string.Join(", ", closest.Take(ListedIds)) + (closest.Count > ListedIds ? $" and {closest.Count - ListedIds} more" : string.Empty);
            return $"{hint} {what}, closest first: {list}.";
        }
    }

    /// <summary>An avatar no compiled catalog knows in these clothes, and the first clip that uses it.</summary>
    internal sealed class UnlistedAvatar
    {
        public UnlistedAvatar(string id, string clothesId, bool avatarListed, string clipPath)
        {
            Id = id;
            ClothesId = clothesId;
            AvatarListed = avatarListed;
            ClipPath = clipPath;
        }

        public string Id { get; }

        /// <summary>The clip's clothes id; empty when it has none.</summary>
        public string ClothesId { get; }

        /// <summary>Whether a compiled catalog lists the avatar (in other clothes).</summary>
        public bool AvatarListed { get; }

        /// <summary><c>scenes[i].clips[j]</c>.</summary>
        public string ClipPath { get; }
    }
}
