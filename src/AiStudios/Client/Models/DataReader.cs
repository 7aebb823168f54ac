using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using AiStudios.Client.Http;

namespace AiStudios.Client.Models
{
    /// <summary>
    /// Small, lenient readers for the <c>data</c> of answers: a field the client needs and cannot find is an
    /// <see cref="UnexpectedAnswerException"/>; an optional field of an unexpected type reads as absent, because the
    /// service documents few types and the client should not fail on a field it only passes on.
    /// </summary>
    internal static class DataReader
    {
        public static JsonElement Object(JsonElement data, string what)
        {
            if (data.ValueKind != JsonValueKind.Object)
            {
                throw new UnexpectedAnswerException($"{what} is {Describe(data)}, not an object.");
            }

            return data;
        }

        public static string RequiredString(JsonElement obj, string name, string what) =>
            String(obj, name) is { Length: > 0 } value
                ? value
                : throw new UnexpectedAnswerException($"{what} has no \"{name}\" string.");

        public static string? String(JsonElement obj, string name) =>
            obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        /// <summary>A string, or a number written as its JSON text (ids are sometimes numbers).</summary>
        public static string? StringOrNumber(JsonElement obj, string name) => EnvelopeReader.ScalarText(obj, name);

        public static double? Number(JsonElement obj, string name)
        {
            if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number))
            {
                return number;
            }

            // Progress written as a string ("45.5") is read too: the type is not documented for every answer.
            return value.ValueKind == JsonValueKind.String
                && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed)
                ? parsed
                : null;
        }

        public static bool? Boolean(JsonElement obj, string name) =>
            obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement value)
                ? value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => null,
                }
                : null;

        public static DateTimeOffset? Date(JsonElement obj, string name)
        {
            if (String(obj, name) is string text
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset parsed))
            {
                return parsed;
            }

            return Number(obj, name) is double ms && ms > 0 && ms < 253402300799999 ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms) : null;
        }

        /// <summary>An absolute URL, or one relative to the site's root resolved against <paramref name="baseAddress"/>.</summary>
        public static Uri? Url(JsonElement obj, string name, Uri baseAddress)
        {
            string? text = String(obj, name);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out Uri? absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            {
                return absolute;
            }

            return Uri.TryCreate(baseAddress, text, out Uri? relative) ? relative : null;
        }

        /// <summary>
        /// The items of a list whose wrapping is not documented: <c>data</c> itself when it is an array, else
        /// <c>data.&lt;preferred&gt;</c>, else the first array of objects among <c>data</c>'s properties.
        /// </summary>
        public static JsonElement? ListItems(JsonElement data, string preferred)
        {
            if (data.ValueKind == JsonValueKind.Array)
            {
                return data;
            }

            if (data.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (data.TryGetProperty(preferred, out JsonElement named) && named.ValueKind == JsonValueKind.Array)
            {
                return named;
            }

            foreach (JsonProperty property in data.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    return property.Value;
                }
            }

            return null;
        }

        /// <summary>The properties of <paramref name="obj"/> other than <paramref name="known"/>, each a copy that outlives the answer.</summary>
        public static IReadOnlyDictionary<string, JsonElement> Others(JsonElement obj, params string[] known)
        {
            var others = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (obj.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty property in obj.EnumerateObject())
                {
                    if (Array.IndexOf(known, property.Name) < 0)
                    {
                        others[property.Name] = property.Value.Clone();
                    }
                }
            }

            return others;
        }

        private static string Describe(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Undefined => "missing",
            JsonValueKind.Null => "null",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            _ => "a " + element.ValueKind.ToString().ToLowerInvariant(),
        };
    }
}
