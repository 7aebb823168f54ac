using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Cli.Avatars
{
    /// <summary>One avatar of the account as <c>avatars list</c> shows it.</summary>
    /// <param name="Id">The avatar id (<c>model.ai_name</c>).</param>
    /// <param name="Label">Its name: from <c>GET /dropdown/models</c>, else <c>GET /model</c>.</param>
    /// <param name="Type">Its <c>avatarType</c>, as the service names it.</param>
    /// <param name="Clothes">Its clothes from <c>GET /model</c>; null when the service does not say.</param>
    internal sealed record AccountAvatar(string Id, string? Label, string? Type, IReadOnlyList<AvatarClothesInfo>? Clothes);

    /// <summary>
    /// The account's avatars from both lookups, merged as the catalog export merges them: the order of
    /// <c>GET /dropdown/models</c> (labels and types), then the avatars only <c>GET /model</c> lists; clothes from
    /// <c>GET /model</c>. A service that lacks one of the two (404 or 405) is read through the other.
    /// </summary>
    internal static class AccountAvatarList
    {
        public static async Task<(IReadOnlyList<AccountAvatar> Avatars, bool ClothesKnown)> ReadAsync(AiStudiosClient client, CancellationToken cancellationToken)
        {
            IReadOnlyList<AvatarSummary>? summaries = null;
            try
            {
                summaries = await client.GetAvatarsAsync(cancellationToken);
            }
            catch (AiStudiosException e) when (e.Status is 404 or 405)
            {
                // An older service without GET /dropdown/models: GET /model lists the avatars too.
            }

            IReadOnlyList<AvatarModelInfo>? models = null;
            try
            {
                models = await client.GetAvatarModelsAsync(cancellationToken);
            }
            catch (AiStudiosException e) when ((e.Status is 404 or 405) && summaries is not null)
            {
                // Without GET /model the avatars are still listed, without their clothes.
            }

            return (Merge(summaries ?? Array.Empty<AvatarSummary>(), models), models is not null);
        }

        internal static IReadOnlyList<AccountAvatar> Merge(IReadOnlyList<AvatarSummary> summaries, IReadOnlyList<AvatarModelInfo>? models)
        {
            var modelById = new Dictionary<string, AvatarModelInfo>(StringComparer.Ordinal);
            foreach (AvatarModelInfo model in models ?? Array.Empty<AvatarModelInfo>())
            {
                modelById.TryAdd(model.Id, model);
            }

            var summaryById = new Dictionary<string, AvatarSummary>(StringComparer.Ordinal);
            foreach (AvatarSummary summary in summaries)
            {
                summaryById.TryAdd(summary.Id, summary);
            }

            IEnumerable<string> order = summaries.Select(s => s.Id).Concat((models ?? Array.Empty<AvatarModelInfo>()).Select(m => m.Id));
            return order.Distinct(StringComparer.Ordinal).Select(id =>
            {
                summaryById.TryGetValue(id, out AvatarSummary? summary);
                modelById.TryGetValue(id, out AvatarModelInfo? model);
                string? label = summary?.Label is { Length: > 0 } named ? named : model?.Label?.ToString();
                IReadOnlyList<AvatarClothesInfo>? clothes = models is null ? null : model?.Clothes ?? Array.Empty<AvatarClothesInfo>();
                return new AccountAvatar(id, string.IsNullOrEmpty(label) ? null : label, summary?.AvatarType ?? model?.AvatarType, clothes);
            }).ToList();
        }
    }
}
