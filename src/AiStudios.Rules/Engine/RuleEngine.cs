using System;
using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// Runs every rule over a neutral tree. One instance serves many runs and threads: it holds
    /// only the facts. The run-time validator gives it a whole project; the analyzers give it a
    /// project, a scene, a clip or a single object as far as source code shows them.
    /// </summary>
    internal sealed class RuleEngine
    {
        public RuleEngine(SchemaFacts schema, IAvatarFacts avatars)
        {
            Schema = schema ?? throw new ArgumentNullException(nameof(schema));
            Avatars = avatars ?? throw new ArgumentNullException(nameof(avatars));
            RootType = schema.Type(schema.RootName);
            PropertyFacts? scenes = RootType is null ? null : schema.Property(RootType, Wire.Scenes);
            SceneType = schema.Type(scenes?.TypeName);
            PropertyFacts? clips = SceneType is null ? null : schema.Property(SceneType, Wire.Clips);
            ClipUnion = schema.Union(clips?.TypeName);
            foreach (TypeFacts type in schema.Types)
            {
                foreach (PropertyFacts property in type.Properties)
                {
                    if (property.Format == "avatar-id")
                    {
                        AvatarIdName ??= property.JsonName;
                    }
                    else if (property.Format == "clothes-id")
                    {
                        ClothesIdName ??= property.JsonName;
                    }
                }
            }
        }

        public SchemaFacts Schema { get; }

        public IAvatarFacts Avatars { get; }

        public TypeFacts? RootType { get; }

        public TypeFacts? SceneType { get; }

        /// <summary>The union a scene's clips belong to (<c>Clip</c>).</summary>
        public UnionFacts? ClipUnion { get; }

        /// <summary>The wire name of the avatar id in an avatar's model (<c>x-format: avatar-id</c>, <c>ai_name</c>).</summary>
        public string? AvatarIdName { get; }

        /// <summary>The wire name of the clothes id (<c>x-format: clothes-id</c>, <c>emotion</c>).</summary>
        public string? ClothesIdName { get; }

        /// <summary>Checks a whole project; its orientation picks the canvas.</summary>
        public List<RuleProblem> CheckProject(RuleObject project)
        {
            var run = new RuleRun(this, CanvasesOf(project));
            if (RootType is not null)
            {
                run.WalkObject(project, RootType, string.Empty);
            }

            return run.Problems;
        }

        /// <summary>
        /// Checks a value of the named type on its own (a clip or scene outside any project the
        /// analyzers can see): geometry is judged against every canvas and reported only when all
        /// of them agree. Paths start at the value (<c>opacity</c>, <c>clips[0].layer</c>).
        /// </summary>
        public List<RuleProblem> Check(RuleObject value, string typeName)
        {
            var run = new RuleRun(this, AllCanvases());
            if (typeName == Schema.RootName)
            {
                run = new RuleRun(this, CanvasesOf(value));
            }

            TypeFacts? type = Schema.Type(typeName);
            UnionFacts? union = Schema.Union(typeName);
            if (union is not null)
            {
                run.WalkUnionMember(value, union, string.Empty);
            }
            else if (type is not null)
            {
                run.WalkObject(value, type, string.Empty);
            }

            return run.Problems;
        }

        /// <summary>Whether a type is a clip: it is the clip union's base or one of its members.</summary>
        public bool IsClip(TypeFacts type) => ClipUnion is not null && Schema.IsA(type, ClipUnion.Name);

        private IReadOnlyList<CanvasSize> CanvasesOf(RuleObject project)
        {
            CanvasFacts? canvas = Schema.Canvas;
            if (canvas is null)
            {
                return Array.Empty<CanvasSize>();
            }

            RuleValue? orientation = project[canvas.Property];
            string? wire = orientation is null ? canvas.DefaultValue : orientation.Kind == RuleValueKind.String ? orientation.Text : null;
            CanvasSize? size = canvas.For(wire);
            return size is null ? AllCanvases() : new[] { size };
        }

        private IReadOnlyList<CanvasSize> AllCanvases() => Schema.Canvas?.Sizes ?? Array.Empty<CanvasSize>();
    }
}
