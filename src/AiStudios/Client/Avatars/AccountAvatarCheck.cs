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
    /// Before a project is sent: the avatar ids no compiled catalog knows (<see cref="AvatarCatalog.Default"/>) are
    /// looked up in the account (<see cref="AccountAvatarCache"/>), and only ids the account does not have either are
    /// refused, naming the closest ids it has. A project whose avatars the catalogs know costs no request.
    /// </summary>
    internal static class AccountAvatarCheck
    {
        private const int ListedIds = 10;

        /// <summary>The avatar ids of <paramref name="project"/>'s avatar clips that <paramref name="catalog"/> does not know, each with the path of its first clip.</summary>
        public static List<UnknownAvatar> NotInCatalog(Project project, AvatarCatalog catalog)
        {
            var unknown = new List<UnknownAvatar>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int s = 0; s < project.Scenes.Count; s++)
            {
                List<Clip>? clips = project.Scenes[s]?.Clips;
                for (int c = 0; clips is not null && c < clips.Count; c++)
                {
                    if (clips[c] is AvatarClip { Model.AvatarId: { Length: > 0 } id } && !catalog.TryGet(id, out _) && seen.Add(id))
                    {
                        unknown.Add(new UnknownAvatar(id, string.Format(CultureInfo.InvariantCulture, "scenes[{0}].clips[{1}].model.ai_name", s, c)));
                    }
                }
            }

            return unknown;
        }

        /// <summary>The ids among <paramref name="unknown"/> the account lacks (an old list is fetched again before one is refused), and the account's ids.</summary>
        public static async Task<(List<UnknownAvatar> Missing, IReadOnlyList<string> Account)> FindMissingAsync(AccountAvatarCache cache, IReadOnlyList<UnknownAvatar> unknown, CancellationToken cancellationToken)
        {
            AccountAvatarCache.Snapshot account = await cache.GetAsync(null, cancellationToken).ConfigureAwait(false);
            List<UnknownAvatar> missing = unknown.Where(u => !account.Contains(u.Id)).ToList();
            if (missing.Count > 0 && account.Age >= AccountAvatarCache.RefetchBeforeRefusing)
            {
                // An avatar made since the list was fetched must not be refused on a stale list.
                account = await cache.GetAsync(AccountAvatarCache.RefetchBeforeRefusing, cancellationToken).ConfigureAwait(false);
                missing = unknown.Where(u => !account.Contains(u.Id)).ToList();
            }

            return (missing, account.Ids);
        }

        /// <summary>One line per missing id: where it is, the "did you mean", and the account's ids closest first.</summary>
        public static List<string> Describe(IReadOnlyList<UnknownAvatar> missing, IReadOnlyList<string> account)
        {
            var lines = new List<string>(missing.Count);
            foreach (UnknownAvatar avatar in missing)
            {
                string upper = avatar.Id.ToUpperInvariant();
                List<string> closest = account
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(id => Suggestions.Distance(upper, id.ToUpperInvariant()))
                    .ThenBy(id => id, StringComparer.Ordinal)
                    .ToList();
                string? suggestion = Suggestions.Closest(avatar.Id, account);
                string hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
                string list = closest.Count == 0
                    ? "none"
                    : string.Join(", ", closest.Take(ListedIds)) + (closest.Count > ListedIds ? $" and {closest.Count - ListedIds} more" : string.Empty);
                lines.Add($"{avatar.Path}: avatar '{Checks.EchoText.Cap(avatar.Id, 60)}' is in no avatar catalog of this build and not in the account.{hint} The account's avatars, closest first: {list}.");
            }

            return lines;
        }
    }

    /// <summary>An avatar id no compiled catalog knows, and where the project first uses it.</summary>
    internal sealed class UnknownAvatar
    {
        public UnknownAvatar(string id, string path)
        {
            Id = id;
            Path = path;
        }

        public string Id { get; }

        public string Path { get; }
    }
}
