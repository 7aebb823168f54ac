using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiStudios.Testing.Json;

namespace AiStudios.Testing.Scrubbing
{
    /// <summary>
    /// Walks a snapshot in document order and applies, for each value: ignored paths (left out),
    /// path scrubbers, predicate scrubbers, text scrubbers, then the built-in ones. Walking in
    /// order is what numbers the placeholders by first appearance.
    /// </summary>
    internal sealed class SnapshotScrubber
    {
        private readonly SnapshotSettings _settings;
        private readonly Placeholders _placeholders = new Placeholders();
        private readonly List<PathSegment> _path = new List<PathSegment>();
        private bool _inKeptPath;

        private SnapshotScrubber(SnapshotSettings settings)
        {
            _settings = settings;
        }

        public static JsonTree Apply(JsonTree root, SnapshotSettings settings) =>
            new SnapshotScrubber(settings).Visit(root, propertyName: null) ?? root;

        /// <summary>Returns the value to write, or null when it is left out.</summary>
        private JsonTree? Visit(JsonTree value, string? propertyName)
        {
            // DontScrubPath keeps a value and everything inside it.
            bool entersKeptPath = !_inKeptPath && _settings.KeptPaths.Count > 0 && Matches(_settings.KeptPaths);
            _inKeptPath |= entersKeptPath;
            try
            {
                return VisitValue(value, propertyName);
            }
            finally
            {
                _inKeptPath &= !entersKeptPath;
            }
        }

        private JsonTree? VisitValue(JsonTree value, string? propertyName)
        {
            if (_path.Count > 0 && Matches(_settings.IgnoredPaths))
            {
                return null;
            }

            foreach (SnapshotSettings.PathScrubber scrubber in _settings.PathScrubbers)
            {
                if (scrubber.Path.Matches(_path))
                {
                    return JsonTree.String(_placeholders.For(scrubber.Category, CanonicalJsonWriter.WriteCompact(value)));
                }
            }

            switch (value.Kind)
            {
                case NodeKind.Object:
                    var members = new List<JsonMember>(value.Properties!.Count);
                    foreach (JsonMember member in value.Properties)
                    {
                        _path.Add(PathSegment.Property(member.Name));
                        JsonTree? kept = Visit(member.Value, member.Name);
                        _path.RemoveAt(_path.Count - 1);
                        if (kept is not null)
                        {
                            members.Add(new JsonMember(member.Name, kept));
                        }
                    }

                    return JsonTree.Object(members);
                case NodeKind.Array:
                    var items = new List<JsonTree>(value.Items!.Count);
                    for (int i = 0; i < value.Items.Count; i++)
                    {
                        _path.Add(PathSegment.Index(i));
                        JsonTree? kept = Visit(value.Items[i], propertyName: null);
                        _path.RemoveAt(_path.Count - 1);
                        if (kept is not null)
                        {
                            items.Add(kept);
                        }
                    }

                    return JsonTree.Array(items);
                default:
                    return ScrubLeaf(value, propertyName);
            }
        }

        private JsonTree ScrubLeaf(JsonTree value, string? propertyName)
        {
            if (_settings.ValueScrubbers.Count > 0)
            {
                var seen = new SnapshotValue(PathSegment.Format(_path), propertyName, KindOf(value), TextOf(value));
                foreach (SnapshotSettings.ValueScrubber scrubber in _settings.ValueScrubbers)
                {
                    if (scrubber.Predicate(seen))
                    {
                        return JsonTree.String(_placeholders.For(scrubber.Category, CanonicalJsonWriter.WriteCompact(value)));
                    }
                }
            }

            if (value.Kind == NodeKind.String && _settings.TextScrubbers.Count > 0)
            {
                string text = value.Text!;
                foreach (SnapshotSettings.TextScrubber scrubber in _settings.TextScrubbers)
                {
                    text = scrubber.Pattern.Replace(text, (Match match) => _placeholders.For(scrubber.Category, match.Value));
                }

                value = text == value.Text ? value : JsonTree.String(text);
            }

            if (_settings.ScrubVolatileValues && !_inKeptPath)
            {
                return BuiltInScrubbers.Scrub(propertyName, value, _placeholders) ?? value;
            }

            return value;
        }

        private bool Matches(IReadOnlyList<JsonPathPattern> patterns)
        {
            foreach (JsonPathPattern pattern in patterns)
            {
                if (pattern.Matches(_path))
                {
                    return true;
                }
            }

            return false;
        }

        private static JsonValueKind KindOf(JsonTree value) => value.Kind switch
        {
            NodeKind.String => JsonValueKind.String,
            NodeKind.Number => JsonValueKind.Number,
            NodeKind.True => JsonValueKind.True,
            NodeKind.False => JsonValueKind.False,
            _ => JsonValueKind.Null,
        };

        private static string? TextOf(JsonTree value) => value.Kind switch
        {
            NodeKind.True => "true",
            NodeKind.False => "false",
            NodeKind.Null => null,
            _ => value.Text,
        };
    }
}
