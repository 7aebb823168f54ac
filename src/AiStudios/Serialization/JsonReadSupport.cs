using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace AiStudios.Serialization
{
    /// <summary>
    /// The few operations generated readers share. Typed reads are "try" reads: a value the
    /// typed property cannot hold is either kept raw (optional properties) or reported with
    /// its path (required ones), never coerced or dropped.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    internal static class JsonReadSupport
    {
        /// <summary>A JSON null, for explicit nulls kept in AdditionalProperties.</summary>
        public static JsonElement Null { get; } = CreateNull();

        public static void ExpectObject(ref Utf8JsonReader reader, string typeName)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonReadFailure($"A {typeName} must be a JSON object, not {Describe(ref reader)}.", reader.TokenStartIndex);
            }
        }

        /// <summary>The property name as UTF-8 bytes, unescaped when the JSON escaped it.</summary>
        public static ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                return reader.ValueSpan;
            }

            return Encoding.UTF8.GetBytes(reader.GetString()!);
        }

        public static bool TryReadString(ref Utf8JsonReader reader, out string value)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                value = reader.GetString()!;
                return true;
            }

            value = null!;
            return false;
        }

        public static bool TryReadDouble(ref Utf8JsonReader reader, out double value)
        {
            // TryGetDouble fails only for numbers beyond double's range; those stay raw.
            value = 0;
            return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value) && !double.IsInfinity(value);
        }

        public static bool TryReadInt32(ref Utf8JsonReader reader, out int value)
        {
            value = 0;
            if (reader.TokenType != JsonTokenType.Number)
            {
                return false;
            }

            if (reader.TryGetInt32(out value))
            {
                return true;
            }

            // 100.0 and 1e2 are integers too; 100.5 is not, and stays raw.
            if (reader.TryGetDouble(out double number) && number == Math.Floor(number) && number >= int.MinValue && number <= int.MaxValue)
            {
                value = (int)number;
                return true;
            }

            return false;
        }

        public static bool TryReadBoolean(ref Utf8JsonReader reader, out bool value)
        {
            value = reader.TokenType == JsonTokenType.True;
            return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
        }

        /// <summary>Stores a property the schema does not know, raw, under its own name.</summary>
        public static void KeepUnknown(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref Dictionary<string, JsonElement>? unknown)
        {
            string key = GetString(name);
            (unknown ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[key] = JsonElement.ParseValue(ref reader);
        }

        /// <summary>Stores a known property's value that its typed property cannot hold (null, unknown enum value, other type).</summary>
        public static void KeepRaw(ref Utf8JsonReader reader, string name, ref Dictionary<string, JsonElement>? unknown)
        {
            (unknown ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
        }

        public static Exception Mismatch(ref Utf8JsonReader reader, string name, string expected) =>
            new JsonReadFailure($"'{name}' must be {expected}, not {Describe(ref reader)}.", reader.TokenStartIndex);

        public static Exception MissingRequired(long objectStart, string name) =>
            new JsonReadFailure($"The required property '{name}' is missing.", objectStart);

        /// <summary>
        /// Whether every item of the array at a copy of the reader starts with <paramref name="kind"/>
        /// (<see cref="JsonTokenType.True"/> stands for either boolean). Reads ahead on the copy only.
        /// </summary>
        public static bool ItemsAre(Utf8JsonReader probe, JsonTokenType kind)
        {
            while (probe.Read() && probe.TokenType != JsonTokenType.EndArray)
            {
                bool fits = kind == JsonTokenType.True
                    ? probe.TokenType is JsonTokenType.True or JsonTokenType.False
                    : probe.TokenType == kind;
                if (!fits)
                {
                    return false;
                }

                probe.Skip();
            }

            return true;
        }

        /// <summary>Moves a copy of the reader (at an object's start) to the value of a top-level property.</summary>
        public static bool SeekProperty(ref Utf8JsonReader probe, ReadOnlySpan<byte> name)
        {
            int depth = probe.CurrentDepth;
            while (probe.Read())
            {
                if (probe.TokenType == JsonTokenType.EndObject && probe.CurrentDepth == depth)
                {
                    return false;
                }

                if (probe.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                bool match = probe.ValueTextEquals(name);
                probe.Read();
                if (match)
                {
                    return true;
                }

                probe.Skip();
            }

            return false;
        }

        private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.Null => "null",
            JsonTokenType.True or JsonTokenType.False => reader.TokenType == JsonTokenType.True ? "true" : "false",
            JsonTokenType.Number => "the number " + GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
            JsonTokenType.String => "a string",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.StartObject => "an object",
            _ => reader.TokenType.ToString(),
        };

        private static string GetString(ReadOnlySpan<byte> utf8)
        {
#if NETSTANDARD2_0
            return Encoding.UTF8.GetString(utf8.ToArray());
#else
            return Encoding.UTF8.GetString(utf8);
#endif
        }

        private static JsonElement CreateNull()
        {
            using JsonDocument document = JsonDocument.Parse("null");
            return document.RootElement.Clone();
        }
    }
}
