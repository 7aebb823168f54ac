using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AiStudios.Validation.Rules;

namespace AiStudios.Serialization
{
    /// <summary>
    /// The checks generated writers share: JSON has no NaN or infinity, lists hold no nulls, and
    /// text is Unicode (a lone surrogate is refused, where Utf8JsonWriter would write U+FFFD).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    internal static class JsonWriteSupport
    {
        public static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, double value, string jsonName)
        {
            EnsureFinite(value, jsonName);
            if (IsSmallInteger(value, out long integer))
            {
                writer.WriteNumber(name, integer);
                return;
            }

#if NETSTANDARD2_0
            // System.Text.Json writes G17 on the .NET Framework (0.1 as 0.10000000000000001): the
            // same double, but not the number that was read. The shortest text is.
            writer.WritePropertyName(name);
            writer.WriteRawValue(JsonNumbers.ShortestText(value), skipInputValidation: true);
#else
            writer.WriteNumber(name, value);
#endif
        }

        public static void WriteNumberValue(Utf8JsonWriter writer, double value, string jsonName)
        {
            EnsureFinite(value, jsonName);
            if (IsSmallInteger(value, out long integer))
            {
                writer.WriteNumberValue(integer);
                return;
            }

#if NETSTANDARD2_0
            writer.WriteRawValue(JsonNumbers.ShortestText(value), skipInputValidation: true);
#else
            writer.WriteNumberValue(value);
#endif
        }

        /// <summary>
        /// Whether a double is a whole number the integer writer spells exactly as the double
        /// writer would (its shortest round-trip text): below 10^15 in size, where that text has no
        /// exponent, and not -0, which the double writer keeps as "-0". Integers format several
        /// times faster than doubles, and most numbers in a project (sizes, positions) are whole.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool IsSmallInteger(double value, out long integer)
        {
            if (value > -1e15 && value < 1e15)
            {
                integer = (long)value;
                return integer == value && (integer != 0 || BitConverter.DoubleToInt64Bits(value) == 0);
            }

            integer = 0;
            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string value, string jsonName)
        {
            if (MayHoldSurrogates(value))
            {
                EnsureText(value, jsonName);
            }

            writer.WriteString(name, value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void WriteStringValue(Utf8JsonWriter writer, string value, string jsonName)
        {
            if (MayHoldSurrogates(value))
            {
                EnsureText(value, jsonName);
            }

            writer.WriteStringValue(value);
        }

        /// <summary>Whether a string has any surrogate at all (a vectorised search on .NET 8): most have none, and need no closer look.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool MayHoldSurrogates(string? value)
        {
#if NET8_0_OR_GREATER
            return value is not null && value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
#else
            return value is not null;
#endif
        }

        /// <summary>
        /// Writes a value of "any JSON" exactly as it was read, like <see cref="WriteKept"/>: its
        /// WriteTo would decode and re-encode strings, which fails on an escaped lone surrogate.
        /// </summary>
        public static void WriteAny(Utf8JsonWriter writer, JsonEncodedText name, JsonElement value)
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(value.GetRawText(), skipInputValidation: true);
        }

        public static void WriteAnyValue(Utf8JsonWriter writer, JsonElement value, string jsonName)
        {
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new InvalidOperationException($"'{jsonName}' holds default(JsonElement), which is no JSON value; remove it or set a value before writing.");
            }

            writer.WriteRawValue(value.GetRawText(), skipInputValidation: true);
        }

        /// <summary>
        /// Writes a kept raw value exactly as it was read: from its bytes when it was read, else from
        /// the raw text of the value set. JsonElement.WriteTo would decode and re-encode strings,
        /// which fails on JSON that is valid but holds an escaped lone surrogate (JavaScript writes
        /// one for a cut emoji); the raw text passes through untouched.
        /// </summary>
        public static void WriteKept(Utf8JsonWriter writer, in KeptProperties.Entry entry)
        {
            string name = entry.Key;
            if (entry.Raw is null && entry.Element.ValueKind == JsonValueKind.Undefined)
            {
                throw new InvalidOperationException($"AdditionalProperties['{Echo.Of(name)}'] holds no JSON value (default(JsonElement)); remove it or set a value before writing.");
            }

            EnsureText(name, "A name in AdditionalProperties", isName: true);
            writer.WritePropertyName(name);
            if (entry.Raw is not null)
            {
                writer.WriteRawValue(entry.Raw, skipInputValidation: true);
            }
            else
            {
                writer.WriteRawValue(entry.Element.GetRawText(), skipInputValidation: true);
            }
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

        private static void EnsureText(string? value, string jsonName, bool isName = false)
        {
            if (value is not null && LoneSurrogates.Any(value))
            {
                string what = isName ? jsonName : "'" + jsonName + "'";
                throw new InvalidOperationException($"{what} holds {LoneSurrogates.Describe(value, LoneSurrogates.FirstIndex(value))}, half of a UTF-16 pair: it is not Unicode text, and JSON cannot carry it. Fix the string before writing.");
            }
        }
    }
}
