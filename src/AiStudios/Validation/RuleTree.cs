using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AiStudios.Serialization;
using AiStudios.Validation.Rules;

namespace AiStudios.Validation
{
    /// <summary>
    /// The pieces of the model-to-rules conversion that need System.Text.Json (the shared rules
    /// must not): raw values kept in AdditionalProperties and enum members without a wire value.
    /// The generated <c>ToRuleObject()</c> methods call these.
    /// </summary>
    internal static class RuleTree
    {
        // Deeper raw JSON than the SDK's reader accepts is not walked: it cannot have come from the
        // service, and a hand-made deep JsonElement must not overflow the stack.
        private const int MaxDepth = 64;

        public static RuleValue FromJson(JsonElement element) => FromJson(element, 0);

        /// <summary>A defined member's wire value, or an invalid value such as <c>(AnimationType)42</c>.</summary>
        public static RuleValue FromEnum(string? wireValue, string typeName, long numeric) =>
            wireValue is not null ? RuleValue.FromString(wireValue) : RuleValue.Invalid($"({typeName}){numeric.ToString(CultureInfo.InvariantCulture)}");

        private static RuleValue FromJson(JsonElement element, int depth)
        {
            try
            {
                switch (element.ValueKind)
                {
                    case JsonValueKind.String:
                        return RuleValue.FromString(StringOf(element));
                    case JsonValueKind.Number:
                        return NumberOf(element);
                    case JsonValueKind.True:
                        return RuleValue.FromBoolean(true);
                    case JsonValueKind.False:
                        return RuleValue.FromBoolean(false);
                    case JsonValueKind.Null:
                        return RuleValue.Null();
                    case JsonValueKind.Object when depth < MaxDepth:
                        var node = new RuleObject();
                        foreach (JsonProperty property in element.EnumerateObject())
                        {
                            node.Set(property.Name, FromJson(property.Value, depth + 1));
                        }

                        return node;
                    case JsonValueKind.Array when depth < MaxDepth:
                        var array = new RuleArray();
                        foreach (JsonElement item in element.EnumerateArray())
                        {
                            array.Add(FromJson(item, depth + 1));
                        }

                        return array;
                    case JsonValueKind.Undefined:
                        // default(JsonElement): ToJson() cannot write it.
                        return RuleValue.Unwritable("default(JsonElement), a value of no JSON kind (Undefined)");
                    default:
                        // Deeper than the reader goes: not judged.
                        return RuleValue.Unknown();
                }
            }
            catch (ObjectDisposedException)
            {
                // A JsonElement of a disposed JsonDocument: it can be neither read nor written.
                return RuleValue.Unwritable("a JsonElement whose JsonDocument was disposed");
            }
        }

        /// <summary>
        /// The string; an escaped lone surrogate (valid JSON, which a kept raw value may hold and
        /// ToJson() writes back verbatim) becomes that surrogate char, for the rules to judge.
        /// </summary>
        private static string StringOf(JsonElement element)
        {
            try
            {
                return element.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException)
            {
                return JsonStringText.Unescape(element.GetRawText());
            }
        }

        /// <summary>A number, marked inexact when no double holds it exactly, so the rules can say so.</summary>
        private static RuleValue NumberOf(JsonElement element)
        {
            string text = element.GetRawText();
            bool read = element.TryGetDouble(out double number);
            if (read && JsonNumbers.IsExactDouble(Encoding.ASCII.GetBytes(text), number))
            {
                return RuleValue.FromNumber(number);
            }

            return RuleValue.FromInexactNumber(read ? number : double.NaN, text);
        }
    }
}
