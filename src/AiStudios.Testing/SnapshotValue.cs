using System.Text.Json;

namespace AiStudios.Testing
{
    /// <summary>
    /// A value of a snapshot as a scrubber predicate sees it (see
    /// <see cref="SnapshotSettings.Scrub(System.Func{SnapshotValue, bool}, string)"/>): every string,
    /// number, boolean and null, with its JSON path.
    /// </summary>
    public sealed class SnapshotValue
    {
        internal SnapshotValue(string path, string? propertyName, JsonValueKind kind, string? value)
        {
            Path = path;
            PropertyName = propertyName;
            Kind = kind;
            Value = value;
        }

        /// <summary>The JSON path of the value, e.g. <c>$.scenes[0].clips[1].left</c>.</summary>
        public string Path { get; }

        /// <summary>The name of the property that holds the value, or null for an array item or the root.</summary>
        public string? PropertyName { get; }

        /// <summary><see cref="JsonValueKind.String"/>, <see cref="JsonValueKind.Number"/>, <see cref="JsonValueKind.True"/>, <see cref="JsonValueKind.False"/> or <see cref="JsonValueKind.Null"/>.</summary>
        public JsonValueKind Kind { get; }

        /// <summary>The string's text, or the number exactly as written (<c>144.5979042385424</c>); <c>true</c>/<c>false</c> for booleans; null for null.</summary>
        public string? Value { get; }

        /// <inheritdoc/>
        public override string ToString() => $"{Path} = {Value ?? "null"}";
    }
}
