using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AiStudios.Testing.Json
{
    /// <summary>
    /// Reads UTF-8 JSON into a <see cref="JsonTree"/> without re-formatting anything: numbers keep
    /// their raw text, properties their order (duplicates too), and strings may hold the lone
    /// surrogates JavaScript writes for a cut emoji (System.Text.Json's GetString refuses those).
    /// </summary>
    internal static class JsonTreeReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static readonly JsonReaderOptions Options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = 256,
        };

        /// <summary>Reads JSON text; a string that cannot be UTF-8 (a lone surrogate) is refused with its index.</summary>
        public static JsonTree Read(string json)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            byte[] utf8;
            try
            {
                utf8 = StrictUtf8.GetBytes(json);
            }
            catch (EncoderFallbackException e)
            {
                throw new ArgumentException($"The JSON text holds an unpaired surrogate (U+{(int)e.CharUnknown:X4}) at character {e.Index}; JSON text must be valid Unicode. Escape it as \\u{(int)e.CharUnknown:X4} inside a string.", nameof(json), e);
            }

            return Read(utf8, nameof(json));
        }

        /// <summary>Reads UTF-8 JSON (a leading byte order mark is allowed).</summary>
        public static JsonTree Read(ReadOnlySpan<byte> utf8, string parameterName = "utf8Json")
        {
            if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
            {
                utf8 = utf8.Slice(3);
            }

            if (IsWhitespace(utf8))
            {
                throw new ArgumentException("The JSON to snapshot is empty.", parameterName);
            }

            var reader = new Utf8JsonReader(utf8, Options);
            var path = new List<PathSegment>();
            try
            {
                reader.Read();
                JsonTree root = ReadValue(ref reader, path);
                if (reader.Read())
                {
                    // The reader refuses a second value itself; this is only a guard.
                    throw new ArgumentException($"The JSON to snapshot has more after its root value (byte {reader.TokenStartIndex + 1}).", parameterName);
                }

                return root;
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"The JSON to snapshot is not valid at {PathSegment.Format(path)}: {Describe(e)}", parameterName, e);
            }
            catch (DecoderFallbackException e)
            {
                throw new ArgumentException($"The JSON to snapshot holds bytes that are not UTF-8 in a string at {PathSegment.Format(path)} (byte {reader.TokenStartIndex + 1}).", parameterName, e);
            }
        }

        private static JsonTree ReadValue(ref Utf8JsonReader reader, List<PathSegment> path)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var members = new List<JsonMember>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        string name = DecodeString(ref reader);
                        path.Add(PathSegment.Property(name));
                        reader.Read();
                        members.Add(new JsonMember(name, ReadValue(ref reader, path)));
                        path.RemoveAt(path.Count - 1);
                    }

                    return JsonTree.Object(members);
                case JsonTokenType.StartArray:
                    var items = new List<JsonTree>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        path.Add(PathSegment.Index(items.Count));
                        items.Add(ReadValue(ref reader, path));
                        path.RemoveAt(path.Count - 1);
                    }

                    return JsonTree.Array(items);
                case JsonTokenType.String:
                    return JsonTree.String(DecodeString(ref reader));
                case JsonTokenType.Number:
                    return JsonTree.Number(Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
                case JsonTokenType.True:
                    return JsonTree.True;
                case JsonTokenType.False:
                    return JsonTree.False;
                default:
                    return JsonTree.Null;
            }
        }

        /// <summary>Decodes a string or property name, keeping escaped lone surrogates as they are.</summary>
        private static string DecodeString(ref Utf8JsonReader reader)
        {
            ReadOnlySpan<byte> raw = reader.ValueSpan;
            if (!reader.ValueIsEscaped)
            {
                return StrictUtf8.GetString(raw.ToArray());
            }

            var text = new StringBuilder(raw.Length);
            int runStart = 0;
            int i = 0;
            while (i < raw.Length)
            {
                if (raw[i] != (byte)'\\')
                {
                    i++;
                    continue;
                }

                text.Append(StrictUtf8.GetString(raw.Slice(runStart, i - runStart).ToArray()));
                byte escaped = raw[i + 1];
                if (escaped == (byte)'u')
                {
                    string hex = Encoding.ASCII.GetString(raw.Slice(i + 2, 4).ToArray());
                    text.Append((char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 6;
                }
                else
                {
                    text.Append(escaped switch
                    {
                        (byte)'b' => '\b',
                        (byte)'f' => '\f',
                        (byte)'n' => '\n',
                        (byte)'r' => '\r',
                        (byte)'t' => '\t',
                        _ => (char)escaped, // \" \\ \/ (the reader has already refused any other escape)
                    });
                    i += 2;
                }

                runStart = i;
            }

            text.Append(StrictUtf8.GetString(raw.Slice(runStart).ToArray()));
            return text.ToString();
        }

        private static bool IsWhitespace(ReadOnlySpan<byte> utf8)
        {
            foreach (byte b in utf8)
            {
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The reader's message with its 0-based position turned into the 1-based one editors show.</summary>
        private static string Describe(JsonException e)
        {
            string message = e.Message;
            int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (suffix >= 0)
            {
                message = message.Substring(0, suffix);
            }

            if (message.Length > 300)
            {
                message = message.Substring(0, 300) + "...";
            }

            return e.LineNumber is long line && e.BytePositionInLine is long column
                ? $"{message} (line {line + 1}, byte position {column + 1})"
                : message;
        }
    }
}
