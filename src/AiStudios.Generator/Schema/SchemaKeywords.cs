using System.Collections.Generic;
using AiStudios.Validation.Rules;

namespace AiStudios.Generator.Schema
{
    /// <summary>The keywords the reader understands, ignores on purpose, or refuses.</summary>
    internal static class SchemaKeywords
    {
        /// <summary>Standard keywords the generator uses or may safely ignore (they only matter to validators).</summary>
        public static readonly HashSet<string> Standard = new HashSet<string>
        {
            "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "type", "properties", "required",
            "enum", "const", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
            "maxLength", "minItems", "maxItems", "items", "format", "oneOf", "allOf", "additionalProperties", "pattern",
            "examples", "deprecated", "readOnly", "writeOnly", "uniqueItems", "multipleOf",
        };

        /// <summary>Standard keywords whose meaning the generated model cannot express.</summary>
        public static readonly HashSet<string> Unsupported = new HashSet<string>
        {
            "anyOf", "not", "if", "then", "else", "patternProperties", "dependentSchemas", "dependentRequired",
            "prefixItems", "contains", "$dynamicRef", "$dynamicAnchor", "$anchor", "unevaluatedProperties",
            "unevaluatedItems", "propertyNames", "definitions",
        };

        /// <summary>Our own keywords, documented in schema/README.md.</summary>
        public static readonly HashSet<string> Extensions = new HashSet<string>
        {
            "x-csharp-name", "x-csharp-type-name", "x-namespace", "x-canvas", "x-abstract", "x-union", "x-discriminator",
            "x-builder", "x-builder-groups", "x-builder-group", "x-builder-initial", "x-builder-default", "x-enum-names", "x-format",
            "x-reference-required",
        };

        /// <summary>The closest known keyword, for "did you mean" hints; null when nothing is close.</summary>
        public static string? Closest(string keyword)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (HashSet<string> set in new[] { Standard, Extensions })
            {
                foreach (string candidate in set)
                {
                    // The SDK's own edit distance (AiStudios.Rules, linked into this assembly).
                    int distance = Suggestions.Distance(keyword, candidate);
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = candidate;
                    }
                }
            }

            return bestDistance <= 2 ? best : null;
        }
    }
}
