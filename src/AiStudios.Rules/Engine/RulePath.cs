using System.Globalization;

namespace AiStudios.Validation.Rules
{
    /// <summary>JSON paths as the reports show them: <c>scenes[1].clips[0].opacity</c>.</summary>
    internal static class RulePath
    {
        public static string Property(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

        /// <summary>An item; a negative index (not known at compile time) shows as <c>[?]</c>.</summary>
        public static string Item(string parent, int index) =>
            parent + (index < 0 ? "[?]" : "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
    }
}
