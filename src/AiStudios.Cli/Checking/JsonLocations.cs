using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace AiStudios.Cli.Checking
{
    /// <summary>
    /// Where each value of a JSON document starts, by the path the validation reports use
    /// (<c>scenes[0].clips[2].opacity</c>): a property at its name, an array item at its first byte.
    /// A path the document lacks (a required property that is missing) is placed at its nearest
    /// ancestor that is there.
    /// </summary>
    internal sealed class JsonLocations
    {
        private readonly Dictionary<string, long> _offsets = new Dictionary<string, long>(StringComparer.Ordinal);

        private JsonLocations()
        {
        }

        /// <summary>Reads the locations of a document that is known to be valid JSON.</summary>
        public static JsonLocations Of(ReadOnlySpan<byte> json)
        {
            var locations = new JsonLocations();
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
            var containers = new Stack<(string Path, bool IsArray, int NextIndex)>();
            string? pendingName = null;
            long pendingNameOffset = 0;
            try
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            pendingName = reader.GetString();
                            pendingNameOffset = reader.TokenStartIndex;
                            continue;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            containers.Pop();
                            continue;
                    }

                    string path = PathOfValue(containers, pendingName, out bool isItem);
                    long offset = isItem || pendingName is null ? reader.TokenStartIndex : pendingNameOffset;
                    locations._offsets[path] = offset;
                    pendingName = null;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    }
                }
            }
            catch (JsonException)
            {
                // The document was read by the SDK first, so this does not happen; what was read stays usable.
            }

            return locations;
        }

        /// <summary>The offset of the path's value, or of its nearest ancestor that is in the document; 0 for none.</summary>
        public long OffsetOf(string path)
        {
            string current = path;
            while (true)
            {
                if (_offsets.TryGetValue(current, out long offset))
                {
                    return offset;
                }

                if (current.Length == 0)
                {
                    return 0;
                }

                current = Parent(current);
            }
        }

        private static string PathOfValue(Stack<(string Path, bool IsArray, int NextIndex)> containers, string? name, out bool isItem)
        {
            isItem = false;
            if (containers.Count == 0)
            {
                return string.Empty;
            }

            (string parent, bool isArray, int next) = containers.Pop();
            string path;
            if (isArray)
            {
                isItem = true;
                path = parent + "[" + next.ToString(CultureInfo.InvariantCulture) + "]";
                containers.Push((parent, true, next + 1));
            }
            else
            {
                path = parent.Length == 0 ? name ?? string.Empty : parent + "." + name;
                containers.Push((parent, false, next));
            }

            return path;
        }

        /// <summary><c>a.b[2].c</c> → <c>a.b[2]</c> → <c>a.b</c> → <c>a</c> → the root.</summary>
        private static string Parent(string path)
        {
            int dot = path.LastIndexOf('.');
            int bracket = path.LastIndexOf('[');
            int cut = Math.Max(dot, bracket);
            return cut <= 0 ? string.Empty : path.Substring(0, cut);
        }
    }
}
