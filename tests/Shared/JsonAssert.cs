using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace AiStudios.Testing
{
    /// <summary>
    /// Compares JSON as JSON: same properties (in any order), same array order, numbers equal by
    /// decimal value (2229 equals 2229.0, but 144.5979042385424 must stay exactly that).
    /// </summary>
    public static class JsonAssert
    {
        public static void Equal(string expected, string actual)
        {
            using JsonDocument e = JsonDocument.Parse(expected);
            using JsonDocument a = JsonDocument.Parse(actual);
            var differences = new List<string>();
            Compare(e.RootElement, a.RootElement, "$", differences);
            if (differences.Count > 0)
            {
                throw new Xunit.Sdk.XunitException("JSON differs:\n  " + string.Join("\n  ", differences.Take(30)));
            }
        }

        public static IReadOnlyList<string> Differences(string expected, string actual)
        {
            using JsonDocument e = JsonDocument.Parse(expected);
            using JsonDocument a = JsonDocument.Parse(actual);
            var differences = new List<string>();
            Compare(e.RootElement, a.RootElement, "$", differences);
            return differences;
        }

        private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences)
        {
            if (expected.ValueKind != actual.ValueKind && !(IsBool(expected) && IsBool(actual)))
            {
                differences.Add($"{path}: expected {expected.ValueKind} {Short(expected)}, got {actual.ValueKind} {Short(actual)}");
                return;
            }

            switch (expected.ValueKind)
            {
                case JsonValueKind.Object:
                    var actualProperties = actual.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                    foreach (JsonProperty property in expected.EnumerateObject())
                    {
                        if (!actualProperties.TryGetValue(property.Name, out JsonElement value))
                        {
                            differences.Add($"{path}.{property.Name}: missing");
                            continue;
                        }

                        Compare(property.Value, value, path + "." + property.Name, differences);
                        actualProperties.Remove(property.Name);
                    }

                    foreach (string extra in actualProperties.Keys)
                    {
                        differences.Add($"{path}.{extra}: not expected");
                    }

                    break;
                case JsonValueKind.Array:
                    int expectedLength = expected.GetArrayLength();
                    if (expectedLength != actual.GetArrayLength())
                    {
                        differences.Add($"{path}: expected {expectedLength} items, got {actual.GetArrayLength()}");
                        return;
                    }

                    for (int i = 0; i < expectedLength; i++)
                    {
                        Compare(expected[i], actual[i], $"{path}[{i}]", differences);
                    }

                    break;
                case JsonValueKind.Number:
                    if (!NumbersEqual(expected.GetRawText(), actual.GetRawText()))
                    {
                        differences.Add($"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                    }

                    break;
                case JsonValueKind.String:
                    if (expected.GetString() != actual.GetString())
                    {
                        differences.Add($"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                    }

                    break;
                default:
                    if (expected.ValueKind != actual.ValueKind)
                    {
                        differences.Add($"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                    }

                    break;
            }
        }

        private static bool NumbersEqual(string expected, string actual)
        {
            if (expected == actual)
            {
                return true;
            }

            return decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal e)
                && decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal a)
                && e == a;
        }

        private static bool IsBool(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False;

        private static string Short(JsonElement element)
        {
            string text = element.GetRawText();
            return text.Length > 60 ? text.Substring(0, 60) + "..." : text;
        }
    }
}
