using System.Collections.Generic;

namespace AiStudios.Testing.Json
{
    /// <summary>The kinds of value a snapshot holds.</summary>
    internal enum NodeKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// A JSON value as the snapshot sees it: properties in the order they were written (duplicates
    /// kept), strings decoded, numbers as their raw text so no value is ever re-formatted.
    /// </summary>
    internal sealed class JsonTree
    {
        private JsonTree(NodeKind kind, string? text, List<JsonMember>? properties, List<JsonTree>? items)
        {
            Kind = kind;
            Text = text;
            Properties = properties;
            Items = items;
        }

        public NodeKind Kind { get; }

        /// <summary>The decoded string, the number's raw text, or null for other kinds.</summary>
        public string? Text { get; }

        public List<JsonMember>? Properties { get; }

        public List<JsonTree>? Items { get; }

        public bool IsContainer => Kind == NodeKind.Object || Kind == NodeKind.Array;

        public static JsonTree Object(List<JsonMember> properties) => new JsonTree(NodeKind.Object, null, properties, null);

        public static JsonTree Array(List<JsonTree> items) => new JsonTree(NodeKind.Array, null, null, items);

        public static JsonTree String(string value) => new JsonTree(NodeKind.String, value, null, null);

        public static JsonTree Number(string rawText) => new JsonTree(NodeKind.Number, rawText, null, null);

        public static readonly JsonTree True = new JsonTree(NodeKind.True, null, null, null);

        public static readonly JsonTree False = new JsonTree(NodeKind.False, null, null, null);

        public static readonly JsonTree Null = new JsonTree(NodeKind.Null, null, null, null);
    }

    /// <summary>One property of an object, in written order.</summary>
    internal readonly struct JsonMember
    {
        public JsonMember(string name, JsonTree value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        public JsonTree Value { get; }
    }
}
