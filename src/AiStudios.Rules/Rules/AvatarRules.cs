using System.Collections.Generic;
using System.Linq;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// Avatar and clothes ids (the schema's <c>x-format</c> <c>avatar-id</c> and <c>clothes-id</c>)
    /// against the avatar catalogs this build knows, telling "not in any catalog" from "known wrong".
    /// An avatar id no catalog lists (AIS0011) is a warning: the account may well have it (the client
    /// asks the account before sending); it is an error only when the project declares its catalog
    /// complete. Clothes a listed avatar's catalog entry lacks (AIS0012) are the same case: the account's avatar
    /// may have them (catalogs list the clothes someone wrote down, not all the avatar has), so a warning, and an
    /// error only in a complete catalog. A near miss gets a "did you mean".
    /// </summary>
    internal static class AvatarRules
    {
        private const int ListedIds = 10;

        public static void Check(RuleRun run, RuleObject node, TypeFacts type, string path)
        {
            string? idName = run.Engine.AvatarIdName;
            if (idName is null || run.Schema.Property(type, idName)?.Format != "avatar-id")
            {
                return;
            }

            RuleValue? idValue = node[idName];
            if (idValue is not { Kind: RuleValueKind.String } || idValue.Text!.Length == 0)
            {
                return;
            }

            AvatarFacts? avatar = run.Engine.Avatars.Find(idValue.Text);
            if (avatar is null)
            {
                bool complete = run.Engine.Avatars.IsComplete;

                // Avatar("id") of the builder takes the catalog's default clothes: for an avatar no catalog lists it throws.
                bool builderNeedsClothes = node.Absent == AbsentMeans.Unset && run.Engine.ClothesIdName is string clothesName && !node.Has(clothesName);
                string advice = complete
                    ? "The project declares its avatar catalog complete (AiStudiosAvatarCatalogComplete, or \"complete\": true in a catalog file), so no account has it."
                    : builderNeedsClothes
                        ? "Avatar(id) cannot pick clothes for an avatar no catalog lists and throws: give them, Avatar(id, clothesId), or add the avatar to a catalog file."
                        : "If your account has it, it is sent (the client checks the account before sending); add it to a catalog file (ExportAvatarCatalogAsync writes the account's) for typed constants.";
                ReportUnknown(run, RuleIds.UnknownAvatar, RulePath.Property(path, idName), "avatar", "is in no avatar catalog of this build", idValue, run.Engine.Avatars.AvatarIds, advice, complete || builderNeedsClothes ? RuleSeverity.Error : RuleSeverity.Warning);
                return;
            }

            RuleValue? clothesValue = ClothesValueOf(run, node);
            if (clothesValue is { Kind: RuleValueKind.String } && clothesValue.Text!.Length > 0 && avatar.FindClothes(clothesValue.Text) is null)
            {
                bool complete = run.Engine.Avatars.IsComplete;
                string advice = complete
                    ? "The project declares its avatar catalog complete (AiStudiosAvatarCatalogComplete, or \"complete\": true in a catalog file), so the avatar has no other clothes."
                    : "If the account's avatar has them, they are sent (the client checks the account's clothes before sending); add them to a catalog file (ExportAvatarCatalogAsync writes the account's) for typed constants.";
                ReportUnknown(run, RuleIds.UnknownClothes, RulePath.Property(path, run.Engine.ClothesIdName!), "clothes", $"of avatar '{avatar.Id}' are in no avatar catalog of this build", clothesValue, avatar.Clothes.Select(c => c.Id), advice, complete ? RuleSeverity.Error : RuleSeverity.Warning);
            }
        }

        /// <summary>The avatar id of an avatar model object, when it is a known string.</summary>
        public static string? AvatarIdOf(RuleRun run, RuleObject model) =>
            run.Engine.AvatarIdName is string name ? model.String(name) : null;

        public static RuleValue? ClothesValueOf(RuleRun run, RuleObject model) =>
            run.Engine.ClothesIdName is string name ? model[name] : null;

        private static void ReportUnknown(RuleRun run, string ruleId, string path, string what, string state, RuleValue value, IEnumerable<string> known, string advice, RuleSeverity? severity)
        {
            List<string> ids = known.OrderBy(id => id, System.StringComparer.Ordinal).ToList();
            string? suggestion = Suggestions.Closest(value.Text!, ids);
            string hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
            string list = ids.Count == 0 ? "none"
                : string.Join(", ", ids.Take(ListedIds)) + (ids.Count > ListedIds ? $" and {ids.Count - ListedIds} more" : string.Empty);
            RuleProblem problem = run.Report(ruleId, path, $"The {what} '{Echo.Of(value.Text!)}' {state}.{hint} Known: {list}. {advice}", value, severity);
            if (suggestion is not null)
            {
                problem.Fix[FixKeys.Suggestion] = suggestion;
                problem.FixTargets[FixKeys.Suggestion] = value;
            }
        }
    }
}
