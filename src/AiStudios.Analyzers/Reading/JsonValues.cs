using System.Globalization;
using AiStudios.Generator.Json;
using AiStudios.Validation.Rules;

namespace AiStudios.Analyzers.Reading
{
    /// <summary>A JSON value from the schema's facts (an <c>x-builder-default</c>) as the rules' neutral tree.</summary>
    internal static class JsonValues
    {
        public static RuleValue ToRuleValue(JsonNode node, object? origin)
        {
            switch (node.Kind)
            {
                case JsonKind.Object:
                    var obj = new RuleObject(origin, AbsentMeans.Unset, node.Members.Count);
                    foreach (JsonMember member in node.Members)
                    {
                        obj.Set(member.Name, ToRuleValue(member.Value, origin));
                    }

                    return obj;
                case JsonKind.Array:
                    var array = new RuleArray(origin);
                    foreach (JsonNode item in node.Items)
                    {
                        array.Add(ToRuleValue(item, origin));
                    }

                    return array;
                case JsonKind.String:
                    return RuleValue.FromString(node.StringValue!, origin);
                case JsonKind.Number:
                    return double.TryParse(node.NumberText, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                        ? RuleValue.FromNumber(number, origin)
                        : RuleValue.Unknown(origin);
                case JsonKind.True:
                case JsonKind.False:
                    return RuleValue.FromBoolean(node.Kind == JsonKind.True, origin);
                default:
                    return RuleValue.Null(origin);
            }
        }
    }
}
