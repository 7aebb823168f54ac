using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using AiStudios.Validation.Rules;

namespace AiStudios.Serialization
{
    /// <summary>
    /// The few operations generated readers share. Typed reads are "try" reads: a value the
    /// typed property cannot hold (a number included that it cannot hold exactly) is either kept
    /// raw (optional properties) or reported with its path (required ones), never coerced or
    /// dropped; a name given twice in one object is refused.
    /// </summary>
    /// <remarks>
    /// The typed reads of strings and numbers are calls, not inlined: a generated reader has a case
    /// per property, and inlining each read into every case made the readers much larger for the
    /// saving of one call per value. Measured with <c>--compare</c>: the read 1.5 % faster at 500
    /// scenes with the calls (0.978x to 0.985x in three runs), the same at 50 (docs/performance.md).
    /// </remarks>
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
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                return reader.ValueSpan;
            }

            return Encoding.UTF8.GetBytes(reader.GetString()!);
        }

        [MethodImpl(MethodImplOptions.NoInlining)] // see the class remarks
        public static bool TryReadString(ref Utf8JsonReader reader, out string value)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                value = !reader.ValueIsEscaped && !reader.HasValueSequence
                    ? Utf8Text.Decode(reader.ValueSpan) ?? reader.GetString()!
                    : reader.GetString()!;
                return true;
            }

            value = null!;
            return false;
        }

        /// <summary>A number whose double writes back as the same decimal; any other stays raw (or is refused where required).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)] // see the class remarks
        public static bool TryReadDouble(ref Utf8JsonReader reader, out double value)
        {
            value = 0;
            return reader.TokenType == JsonTokenType.Number && JsonNumbers.TryReadExactDouble(NumberText(ref reader), out value);
        }

        /// <summary>A number that is exactly a 32-bit integer: <c>100</c>, <c>1e2</c> and <c>100.0</c> are; <c>100.5</c> and <c>1e-400</c> are not.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)] // see the class remarks
        public static bool TryReadInt32(ref Utf8JsonReader reader, out int value)
        {
            value = 0;
            if (reader.TokenType != JsonTokenType.Number)
            {
                return false;
            }

            return reader.TryGetInt32(out value) || JsonNumbers.TryReadExactInt32(NumberText(ref reader), out value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryReadBoolean(ref Utf8JsonReader reader, out bool value)
        {
            value = reader.TokenType == JsonTokenType.True;
            return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
        }

        /// <summary>
        /// A value kept as it came, as a JsonElement; an object or array in it is first checked
        /// for names given twice, which JsonElement would keep (and answer with the last of).
        /// </summary>
        public static JsonElement ParseRaw(ref Utf8JsonReader reader)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                RawNameCheck.Run(reader);
            }

            return JsonElement.ParseValue(ref reader);
        }

        /// <summary>Stores a property the schema does not know, raw, under its own name; a name given twice is refused.</summary>
        public static void KeepUnknown(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref KeptProperties? unknown)
        {
            string key = GetString(name);
            unknown ??= new KeptProperties();

            // Known names never come here (their bits catch a repeat), so a key present is this one before.
            if (unknown.ContainsKey(key))
            {
                throw Duplicate(ref reader, key);
            }

            byte[]? raw = RawText(ref reader);
            if (raw is not null)
            {
                unknown.AddRaw(key, raw);
            }
            else
            {
                unknown.AddElement(key, ParseRaw(ref reader));
            }
        }

        /// <summary>Stores a known property's value that its typed property cannot hold (null, unknown enum value, other type, inexact number).</summary>
        public static void KeepRaw(ref Utf8JsonReader reader, string name, ref KeptProperties? unknown)
        {
            unknown ??= new KeptProperties();
            byte[]? raw = RawText(ref reader);
            if (raw is not null)
            {
                unknown.SetRaw(name, raw);
            }
            else
            {
                unknown[name] = ParseRaw(ref reader);
            }
        }

        /// <summary>
        /// The exact bytes of the value at the reader (checked for names given twice), leaving the
        /// reader on its last token; null, with the reader where it was, when the document's bytes
        /// are not at hand.
        /// </summary>
        private static byte[]? RawText(ref Utf8JsonReader reader)
        {
            if (!RawSource.Active)
            {
                return null;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                RawNameCheck.Run(reader);
            }

            long start = reader.TokenStartIndex;
            reader.Skip();
            return RawSource.Copy(start, reader.BytesConsumed) ?? throw new InvalidOperationException("The reader is not over the document being read.");
        }

        public static Exception Mismatch(ref Utf8JsonReader reader, string name, string expected) =>
            new JsonReadFailure($"'{name}' must be {expected}, not {Describe(ref reader)}.", reader.TokenStartIndex);

        /// <summary>A required number property's value that is not a number a double holds exactly.</summary>
        public static Exception NumberMismatch(ref Utf8JsonReader reader, string name)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                return Mismatch(ref reader, name, "a finite number");
            }

            string changed = reader.TryGetDouble(out double nearest) && !double.IsInfinity(nearest)
                ? "read into one, it would be written back as " + JsonNumbers.ShortestText(nearest)
                : "it is beyond a double's range";
            return new JsonReadFailure(
                $"'{name}' is {Describe(ref reader)}, which a double cannot hold exactly ({changed}); the SDK changes no number silently.",
                reader.TokenStartIndex);
        }

        public static Exception MissingRequired(long objectStart, string name) =>
            new JsonReadFailure($"The required property '{name}' is missing.", objectStart);

        /// <summary>A property named twice in one object, at its second name.</summary>
        /// <remarks>
        /// Raised with the reader on the second value; the failure is placed at that value's name
        /// when the message is made, so the read does not carry the name's position along.
        /// </remarks>
        public static Exception Duplicate(ref Utf8JsonReader reader, string name) => DuplicateOf(reader.TokenStartIndex, Echo.Of(name), atNameBefore: true);

        /// <summary>A property named twice in one object of a raw value, at its second name (the probe is on it).</summary>
        public static Exception Duplicate(long nameStart, ReadOnlySpan<byte> name) => DuplicateOf(nameStart, EchoUtf8.Of(name), atNameBefore: false);

        private static Exception DuplicateOf(long offset, string echoedName, bool atNameBefore) =>
            new JsonReadFailure($"'{echoedName}' appears twice in this object; the SDK will not guess which of the two values is meant. Remove one.", offset) { AtNameBefore = atNameBefore };

        /// <summary>Whether an item starting with <paramref name="token"/> is of a list's <paramref name="kind"/> (<see cref="JsonTokenType.True"/> stands for either boolean).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsItemOf(JsonTokenType token, JsonTokenType kind) =>
            token == kind || (kind == JsonTokenType.True && token == JsonTokenType.False);

        /// <summary>
        /// Whether a failure while reading an optional list's items means the list is kept raw
        /// instead: it does when an item of another kind comes in the list (a read that checked
        /// every item's kind first would never have read the failing one). Only failures about the
        /// content count (not the JSON's own syntax, which is an error wherever it is found).
        /// </summary>
        /// <param name="failure">What reading an item threw.</param>
        /// <param name="listStart">A copy of the reader on the list's start, read ahead on another copy.</param>
        /// <param name="kind">The token the list's items start with.</param>
        public static bool HasItemOfOtherKind(Exception failure, Utf8JsonReader listStart, JsonTokenType kind)
        {
            if (failure is not (JsonReadFailure or InvalidOperationException))
            {
                return false;
            }

            while (listStart.Read() && listStart.TokenType != JsonTokenType.EndArray)
            {
                if (!IsItemOf(listStart.TokenType, kind))
                {
                    return true;
                }

                listStart.Skip();
            }

            return false;
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
            JsonTokenType.Number => "the number " + EchoUtf8.Of(NumberText(ref reader)),
            JsonTokenType.String => "a string",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.StartObject => "an object",
            _ => reader.TokenType.ToString(),
        };

        private static ReadOnlySpan<byte> NumberText(ref Utf8JsonReader reader) =>
            reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;

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
