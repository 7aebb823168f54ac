using System;
using System.Collections.Generic;
using System.Linq;
using AiStudios.Testing.Json;

namespace AiStudios.Testing.Diff
{
    /// <summary>
    /// Compares two snapshots value by value: properties by name (the n-th of a repeated name with
    /// the n-th), array items by index, strings by their text, numbers by their exact spelling
    /// (<c>1</c> and <c>1.0</c> differ: the snapshot is what the SDK sends). A change of property
    /// order is one difference of its own.
    /// </summary>
    internal sealed class JsonDiff
    {
        private readonly int _keep;
        private readonly List<PathSegment> _path = new List<PathSegment>();

        private JsonDiff(int keep)
        {
            _keep = keep;
        }

        /// <summary>The first differences found, in document order.</summary>
        public List<JsonDifference> First { get; } = new List<JsonDifference>();

        /// <summary>How many differences there are in all.</summary>
        public int Count { get; private set; }

        public static JsonDiff Compare(JsonTree verified, JsonTree received, int keep)
        {
            var diff = new JsonDiff(keep);
            diff.Walk(verified, received);
            return diff;
        }

        private void Walk(JsonTree verified, JsonTree received)
        {
            if (verified.Kind != received.Kind)
            {
                Add(verified, received);
                return;
            }

            switch (verified.Kind)
            {
                case NodeKind.Object:
                    WalkObjects(verified.Properties!, received.Properties!);
                    return;
                case NodeKind.Array:
                    WalkArrays(verified.Items!, received.Items!);
                    return;
                case NodeKind.String:
                case NodeKind.Number:
                    if (!string.Equals(verified.Text, received.Text, StringComparison.Ordinal))
                    {
                        Add(verified, received);
                    }

                    return;
            }
        }

        private void WalkObjects(List<JsonMember> verified, List<JsonMember> received)
        {
            // Pair the n-th property of a name with the n-th of the same name on the other side.
            var receivedByKey = new Dictionary<(string, int), JsonMember>();
            var receivedOccurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (JsonMember member in received)
            {
                receivedByKey[(member.Name, Next(receivedOccurrences, member.Name))] = member;
            }

            var verifiedOccurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            var paired = new HashSet<(string, int)>();
            var commonInVerifiedOrder = new List<(string, int)>();
            foreach (JsonMember member in verified)
            {
                var key = (member.Name, Next(verifiedOccurrences, member.Name));
                _path.Add(PathSegment.Property(member.Name));
                if (receivedByKey.TryGetValue(key, out JsonMember other))
                {
                    paired.Add(key);
                    commonInVerifiedOrder.Add(key);
                    Walk(member.Value, other.Value);
                }
                else
                {
                    Add(member.Value, null);
                }

                _path.RemoveAt(_path.Count - 1);
            }

            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            var commonInReceivedOrder = new List<(string, int)>();
            foreach (JsonMember member in received)
            {
                var key = (member.Name, Next(occurrences, member.Name));
                if (paired.Contains(key))
                {
                    commonInReceivedOrder.Add(key);
                    continue;
                }

                _path.Add(PathSegment.Property(member.Name));
                Add(null, member.Value);
                _path.RemoveAt(_path.Count - 1);
            }

            if (!commonInVerifiedOrder.SequenceEqual(commonInReceivedOrder))
            {
                AddNote(
                    "the order of the properties differs",
                    string.Join(", ", commonInVerifiedOrder.Select(k => k.Item1)),
                    string.Join(", ", commonInReceivedOrder.Select(k => k.Item1)));
            }
        }

        private void WalkArrays(List<JsonTree> verified, List<JsonTree> received)
        {
            int common = Math.Min(verified.Count, received.Count);
            for (int i = 0; i < Math.Max(verified.Count, received.Count); i++)
            {
                _path.Add(PathSegment.Index(i));
                if (i < common)
                {
                    Walk(verified[i], received[i]);
                }
                else
                {
                    Add(i < verified.Count ? verified[i] : null, i < received.Count ? received[i] : null);
                }

                _path.RemoveAt(_path.Count - 1);
            }
        }

        private static int Next(Dictionary<string, int> occurrences, string name)
        {
            occurrences.TryGetValue(name, out int seen);
            occurrences[name] = seen + 1;
            return seen;
        }

        private void Add(JsonTree? verified, JsonTree? received)
        {
            Count++;
            if (First.Count < _keep)
            {
                First.Add(new JsonDifference(
                    PathSegment.Format(_path),
                    verified is null ? null : CanonicalJsonWriter.WriteCompact(verified),
                    received is null ? null : CanonicalJsonWriter.WriteCompact(received)));
            }
        }

        private void AddNote(string note, string verified, string received)
        {
            Count++;
            if (First.Count < _keep)
            {
                First.Add(new JsonDifference(PathSegment.Format(_path), verified, received, note));
            }
        }
    }
}
