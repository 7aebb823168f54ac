using System.Collections.Generic;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>Everything one schema produces, as (hint name, source) pairs.</summary>
    internal static class ProjectEmitter
    {
        public static IEnumerable<KeyValuePair<string, string>> Emit(SchemaModel schema)
        {
            var index = new SchemaIndex(schema);
            string prefix = schema.Namespace + ".";
            foreach (EnumModel model in schema.Enums)
            {
                yield return Pair(prefix + model.Name + ".g.cs", EnumEmitter.Emit(index, model));
            }

            foreach (NumberOrStringModel model in schema.NumberOrStrings)
            {
                yield return Pair(prefix + model.Name + ".g.cs", NumberOrStringEmitter.Emit(index, model));
            }

            foreach (ObjectModel model in schema.Objects)
            {
                yield return Pair(prefix + model.Name + ".g.cs", ModelEmitter.Emit(index, model));
                yield return Pair(prefix + model.Name + ".Json.g.cs", JsonEmitter.Emit(index, model));
                if (BuilderEmitter.WantsBuilder(index, model))
                {
                    yield return Pair(prefix + BuilderEmitter.BuilderName(model) + ".g.cs", BuilderEmitter.Emit(index, model));
                }
            }

            foreach (UnionModel union in schema.Unions)
            {
                if (union.FallbackName is not null)
                {
                    yield return Pair(prefix + union.FallbackName + ".g.cs", ModelEmitter.EmitFallback(index, union));
                    yield return Pair(prefix + union.FallbackName + ".Json.g.cs", JsonEmitter.EmitFallback(index, union));
                }
            }

            if (schema.Canvas is not null)
            {
                yield return Pair(prefix + "Canvas.g.cs", CanvasEmitter.Emit(index, schema.Canvas));
            }
        }

        /// <summary>What the shared validation rules need: the schema's facts and, with the model, each class's ToRuleObject().</summary>
        public static IEnumerable<KeyValuePair<string, string>> EmitRuleFacts(SchemaModel schema, bool withModel)
        {
            yield return Pair(RuleFactsEmitter.Namespace + ".GeneratedSchemaFacts.g.cs", RuleFactsEmitter.Emit(schema));
            if (!withModel)
            {
                yield break;
            }

            var index = new SchemaIndex(schema);
            foreach (ObjectModel model in schema.Objects)
            {
                yield return Pair(schema.Namespace + "." + model.Name + ".Rules.g.cs", RuleTreeEmitter.Emit(index, model));
            }
        }

        private static KeyValuePair<string, string> Pair(string hint, string source) => new KeyValuePair<string, string>(hint, source);
    }
}
