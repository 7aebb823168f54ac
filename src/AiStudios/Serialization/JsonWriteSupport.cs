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
