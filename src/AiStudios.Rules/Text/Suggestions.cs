using System;
using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>"Did you mean": the known id within a small edit distance of a mistyped one.</summary>
    internal static class Suggestions
    {
        /// <summary>The closest candidate, or null when none is close enough to be a typo (a quarter of its length, at least 2 edits).</summary>
        public static string? Closest(string value, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            string upper = (value ?? string.Empty).ToUpperInvariant();
            foreach (string candidate in candidates)
            {
                int distance = Distance(upper, candidate.ToUpperInvariant());
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    bestDistance = distance;
                    best = candidate;
                }
            }

            return best is not null && bestDistance <= Math.Max(2, best.Length / 4) ? best : null;
        }

        /// <summary>The Levenshtein distance.</summary>
        public static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
