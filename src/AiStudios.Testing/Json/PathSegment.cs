using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiStudios.Testing.Json
{
    /// <summary>One step of a concrete JSON path: a property name or an array index.</summary>
    internal readonly struct PathSegment
    {
        private PathSegment(string? name, int index)
        {
            Name = name;
            ArrayIndex = index;
        }

        /// <summary>The property name, or null for an array index.</summary>
        public string? Name { get; }

        public int ArrayIndex { get; }

        public bool IsProperty => Name is not null;

        public static PathSegment Property(string name) => new PathSegment(name, -1);

        public static PathSegment Index(int index) => new PathSegment(null, index);

        /// <summary>Formats a path as <c>$.scenes[0].clips[1].left</c>; unusual names in brackets (<c>$['a.b']</c>).</summary>
        public static string Format(IReadOnlyList<PathSegment> path)
        {
            var text = new StringBuilder("$");
            foreach (PathSegment segment in path)
            {
                if (!segment.IsProperty)
                {
                    text.Append('[').Append(segment.ArrayIndex.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else if (IsPlainName(segment.Name!))
                {
                    text.Append('.').Append(segment.Name);
                }
                else
                {
                    text.Append("['").Append(segment.Name!.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
                }
            }

            return text.ToString();
        }

        private static bool IsPlainName(string name)
        {
            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                return false;
            }

            foreach (char c in name)
            {
                bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '-';
                if (!plain)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
