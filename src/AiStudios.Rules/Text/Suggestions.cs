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
            string text = value ?? string.Empty;
            string? upper = null;
            foreach (string candidate in candidates)
            {
                // The distance is at least the difference in length: a candidate that far off can
                // never be close enough, and a 10 MB value must not cost 10 MB x |candidate| steps.
                if (Math.Abs(text.Length - candidate.Length) > Threshold(candidate))
                {
                    continue;
                }

                upper ??= text.ToUpperInvariant();
                int distance = Distance(upper, candidate.ToUpperInvariant());
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    bestDistance = distance;
                    best = candidate;
                }
            }

            return best is not null && bestDistance <= Threshold(best) ? best : null;
        }

        private static int Threshold(string candidate) => Math.Max(2, candidate.Length / 4);

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
