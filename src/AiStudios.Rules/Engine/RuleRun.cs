using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// One pass over one tree: walks it along the schema, lets the schema rules check every
    /// value and the semantic rules every scene and clip, and collects the problems in payload
    /// order. Never throws on a tree of any shape.
    /// </summary>
    internal sealed class RuleRun
    {
        private readonly List<RuleValue> _ancestors = new List<RuleValue>();

        public RuleRun(RuleEngine engine, IReadOnlyList<CanvasSize> canvases)
        {
            Engine = engine;
            Canvases = canvases;
        }

        public RuleEngine Engine { get; }

        public SchemaFacts Schema => Engine.Schema;

        /// <summary>The canvas of the project's orientation, or every canvas when it is not known.</summary>
        public IReadOnlyList<CanvasSize> Canvases { get; }

        public List<RuleProblem> Problems { get; } = new List<RuleProblem>();

        /// <summary>Adds a problem located at <paramref name="subject"/>, or at its nearest container when it has no origin; at the rule's default severity unless <paramref name="severity"/> says otherwise.</summary>
        public RuleProblem Report(string ruleId, string path, string message, RuleValue? subject, RuleSeverity? severity = null)
        {
            object? origin = subject?.Origin;
            for (int i = _ancestors.Count - 1; origin is null && i >= 0; i--)
            {
                origin = _ancestors[i].Origin;
            }

            var problem = new RuleProblem(ruleId, path, message, origin, severity);
            Problems.Add(problem);
            return problem;
        }

        public void WalkObject(RuleObject node, TypeFacts type, string path)
        {
            _ancestors.Add(node);
            try
            {
                SchemaRules.CheckObject(this, node, type, path);
                AvatarRules.Check(this, node, type, path);
                if (Engine.IsClip(type))
                {
                    GeometryRules.Check(this, node, type, path);
                }

                if (type == Engine.SceneType)
                {
                    SceneRules.Check(this, node, path);
                    ScriptRules.Check(this, node, path);
                }
            }
            finally
            {
                _ancestors.RemoveAt(_ancestors.Count - 1);
            }
        }

        /// <summary>Walks an object of a union as the type its discriminator names.</summary>
        public void WalkUnionMember(RuleObject node, UnionFacts union, string path)
        {
            TypeFacts? baseType = Schema.Type(union.Name);
            RuleValue? discriminator = node[union.Discriminator];
            TypeFacts? type = null;
            if (discriminator is { Kind: RuleValueKind.String })
            {
                type = Schema.UnionMember(union, discriminator.Text!);
                if (type is null)
                {
                    Report(
                        RuleIds.UnknownClipType,
                        RulePath.Property(path, union.Discriminator),
                        $"The {union.Discriminator} '{Echo.Of(discriminator.Text!)}' is not one this SDK knows; only the properties every {union.Name.ToLowerInvariant()} has were checked. It is sent unchanged.",
                        discriminator);
                }
            }

            type ??= baseType;
            if (type is not null)
            {
                WalkObject(node, type, path);
            }
        }

        public void WalkArrayItems(RuleArray array, PropertyFacts property, string path)
        {
            _ancestors.Add(array);
            try
            {
                for (int i = 0; i < array.Items.Count; i++)
                {
                    SchemaRules.CheckValue(this, array.Items[i], property, property.ItemKind ?? FactKind.Any, RulePath.PendingItem(path, array.IsComplete ? i : -1));
                }
            }
            finally
            {
                _ancestors.RemoveAt(_ancestors.Count - 1);
            }
        }
    }
}
