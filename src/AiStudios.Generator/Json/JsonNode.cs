using System.Collections.Generic;

namespace AiStudios.Generator.Json
{
    /// <summary>The kinds of JSON value.</summary>
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>Where a piece of schema text stands: 0-based offset, 1-based line and column.</summary>
    internal readonly struct TextPosition
    {
        public TextPosition(int offset, int line, int column)
        {
            Offset = offset;
            Line = line;
            Column = column;
        }

        public int Offset { get; }

        public int Line { get; }

        public int Column { get; }
    }

    /// <summary>
    /// A parsed JSON value that remembers where it stood in the source text, so a schema
    /// mistake can be reported at its line and column. Lives only inside one parse: it never
    /// enters the incremental pipeline.
    /// </summary>
    internal sealed class JsonNode
    {
        private JsonNode(JsonKind kind, TextPosition start)
        {
            Kind = kind;
            Start = start;
        }

        public JsonKind Kind { get; }

        public TextPosition Start { get; }

        public int Length { get; internal set; }

        /// <summary>The unescaped value of a string.</summary>
        public string? StringValue { get; private set; }

        /// <summary>The exact source text of a number, kept so it can be emitted unchanged.</summary>
        public string? NumberText { get; private set; }

        public List<JsonMember> Members { get; } = new List<JsonMember>();

        public List<JsonNode> Items { get; } = new List<JsonNode>();

        public static JsonNode Object(TextPosition start) => new JsonNode(JsonKind.Object, start);

        public static JsonNode Array(TextPosition start) => new JsonNode(JsonKind.Array, start);

        public static JsonNode String(TextPosition start, string value) => new JsonNode(JsonKind.String, start) { StringValue = value };

        public static JsonNode Number(TextPosition start, string text) => new JsonNode(JsonKind.Number, start) { NumberText = text };

        public static JsonNode Literal(JsonKind kind, TextPosition start) => new JsonNode(kind, start);

        /// <summary>The first member of an object with this name, or null.</summary>
        public JsonMember? Member(string name)
        {
            foreach (JsonMember member in Members)
            {
                if (member.Name == name)
                {
                    return member;
                }
            }

            return null;
        }

        public JsonNode? this[string name] => Member(name)?.Value;
    }

    /// <summary>A name/value pair of a JSON object, with the position of its name.</summary>
    internal sealed class JsonMember
    {
        public JsonMember(string name, TextPosition namePosition, int nameLength, JsonNode value)
        {
            Name = name;
            NamePosition = namePosition;
            NameLength = nameLength;
            Value = value;
        }

        public string Name { get; }

        public TextPosition NamePosition { get; }

        public int NameLength { get; }

        public JsonNode Value { get; }
    }
}
