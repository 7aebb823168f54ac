using System.Collections.Generic;
using System.Linq;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// Avatar and clothes ids (the schema's <c>x-format</c> <c>avatar-id</c> and <c>clothes-id</c>)
    /// must be in the avatar catalog (AIS0011, AIS0012); a near miss gets a "did you mean".
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
                ReportUnknown(run, RuleIds.UnknownAvatar, RulePath.Property(path, idName), "avatar", idValue, run.Engine.Avatars.AvatarIds);
                return;
            }

            RuleValue? clothesValue = ClothesValueOf(run, node);
            if (clothesValue is { Kind: RuleValueKind.String } && clothesValue.Text!.Length > 0 && avatar.FindClothes(clothesValue.Text) is null)
            {
                ReportUnknown(run, RuleIds.UnknownClothes, RulePath.Property(path, run.Engine.ClothesIdName!), $"clothes of avatar '{avatar.Id}'", clothesValue, avatar.Clothes.Select(c => c.Id));
            }
        }

        /// <summary>The avatar id of an avatar model object, when it is a known string.</summary>
        public static string? AvatarIdOf(RuleRun run, RuleObject model) =>
            run.Engine.AvatarIdName is string name ? model.String(name) : null;

        public static RuleValue? ClothesValueOf(RuleRun run, RuleObject model) =>
            run.Engine.ClothesIdName is string name ? model[name] : null;

        private static void ReportUnknown(RuleRun run, string ruleId, string path, string what, RuleValue value, IEnumerable<string> known)
        {
            List<string> ids = known.OrderBy(id => id, System.StringComparer.Ordinal).ToList();
            string? suggestion = Suggestions.Closest(value.Text!, ids);
            string hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
            string list = ids.Count == 0 ? "none"
                : string.Join(", ", ids.Take(ListedIds)) + (ids.Count > ListedIds ? $" and {ids.Count - ListedIds} more" : string.Empty);
            RuleProblem problem = run.Report(ruleId, path, $"Unknown {what} '{Echo.Of(value.Text!)}'.{hint} Known: {list}. Add your own with a catalog file (see README: Avatars).", value);
            if (suggestion is not null)
            {
                problem.Fix[FixKeys.Suggestion] = suggestion;
                problem.FixTargets[FixKeys.Suggestion] = value;
            }
        }
    }
}
