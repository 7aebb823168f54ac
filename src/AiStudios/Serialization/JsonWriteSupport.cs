using System;
using System.ComponentModel;
using System.Text.Json;

namespace AiStudios.Serialization
{
    /// <summary>The checks generated writers share: JSON has no NaN or infinity, and lists hold no nulls.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    internal static class JsonWriteSupport
    {
        public static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, double value, string jsonName)
        {
            EnsureFinite(value, jsonName);
            writer.WriteNumber(name, value);
        }

        public static void WriteNumberValue(Utf8JsonWriter writer, double value, string jsonName)
        {
            EnsureFinite(value, jsonName);
            writer.WriteNumberValue(value);
        }

        /// <summary>
        /// Writes a kept raw value exactly as it was read. JsonElement.WriteTo would decode and
        /// re-encode strings, which fails on JSON that is valid but holds an escaped lone surrogate
        /// (JavaScript writes one for a cut emoji); the raw text passes through untouched.
        /// </summary>
        public static void WriteKept(Utf8JsonWriter writer, string name, JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new InvalidOperationException($"AdditionalProperties['{name}'] holds no JSON value (default(JsonElement)); remove it or set a value before writing.");
            }

            writer.WritePropertyName(name);
            writer.WriteRawValue(value.GetRawText(), skipInputValidation: true);
        }

        public static Exception NullItem(string jsonName) =>
            new InvalidOperationException($"'{jsonName}' holds a null item; JSON arrays of objects cannot carry it. Remove it before writing.");

        private static void EnsureFinite(double value, string jsonName)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new InvalidOperationException($"'{jsonName}' is {value}; JSON has no NaN or infinity. Set a finite number before writing.");
            }
        }
    }
}
