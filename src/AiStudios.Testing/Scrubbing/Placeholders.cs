using System.Collections.Generic;
using System.Globalization;

namespace AiStudios.Testing.Scrubbing
{
    /// <summary>
    /// Hands out <c>{Category_N}</c>: numbered per category by first appearance in the snapshot, the
    /// same number for the same value, so a snapshot still shows which scrubbed values were equal.
    /// </summary>
    internal sealed class Placeholders
    {
        private readonly Dictionary<string, Dictionary<string, int>> _numbers = new Dictionary<string, Dictionary<string, int>>();

        public string For(string category, string value)
        {
            if (!_numbers.TryGetValue(category, out Dictionary<string, int>? seen))
            {
                seen = new Dictionary<string, int>();
                _numbers.Add(category, seen);
            }

            if (!seen.TryGetValue(value, out int number))
            {
                number = seen.Count + 1;
                seen.Add(value, number);
            }

            return "{" + category + "_" + number.ToString(CultureInfo.InvariantCulture) + "}";
        }
    }
}
