using System.Globalization;

namespace AiStudios.Validation.Rules
{
    /// <summary>JSON paths as the reports show them: <c>scenes[1].clips[0].opacity</c>.</summary>
    internal static class RulePath
    {
        /// <summary>The path of a property, written out only if a problem needs it (most values have none).</summary>
        public static PendingPath Pending(string parent, string name) => new PendingPath(parent, name, 0);

        /// <summary>The path of an item, written out only if needed; a negative index shows as <c>[?]</c>.</summary>
        public static PendingPath PendingItem(string parent, int index) => new PendingPath(parent, null, index);

        /// <summary>A property; a long (or not quite textual) name is shown as messages show values.</summary>
        public static string Property(string parent, string name)
        {
            string shown = Echo.Of(name);
            return parent.Length == 0 ? shown : parent + "." + shown;
        }

        /// <summary>An item; a negative index (not known at compile time) shows as <c>[?]</c>.</summary>
        public static string Item(string parent, int index) =>
            parent + (index < 0 ? "[?]" : "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
    }

    /// <summary>A path not yet written out: the walk visits every value, but few need their path.</summary>
    internal readonly struct PendingPath
    {
        private readonly string _parent;
        private readonly string? _name;
        private readonly int _index;

        public PendingPath(string parent, string? name, int index)
        {
            _parent = parent;
            _name = name;
            _index = index;
        }

        public override string ToString() => _name is null ? RulePath.Item(_parent, _index) : RulePath.Property(_parent, _name);
    }
}
