using System;
using System.Globalization;

namespace AiStudios.Validation.Rules
{
    /// <summary>Numbers as messages and code fixes write them: invariant culture, whatever the machine's.</summary>
    internal static class NumberText
    {
        /// <summary>For people: at most three decimals (<c>630.249</c>), <c>NaN</c> and infinities by name.</summary>
        public static string Show(double value)
        {
            if (double.IsNaN(value))
            {
                return "NaN";
            }

            if (double.IsInfinity(value))
            {
                return value > 0 ? "infinity" : "-infinity";
            }

            return value.ToString("0.###", CultureInfo.InvariantCulture);
        }

        /// <summary>For code: a C# literal that round-trips (<c>1</c>, <c>0.1</c>, <c>-4.6</c>).</summary>
        public static string Literal(double value)
        {
            if (Math.Abs(value - Math.Round(value)) < 1e-9 && Math.Abs(value) < 1e15)
            {
                return Math.Round(value).ToString("0", CultureInfo.InvariantCulture);
            }

            return value.ToString("R", CultureInfo.InvariantCulture);
        }

        public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

        public static bool IsWhole(double value) => IsFinite(value) && Math.Abs(value - Math.Floor(value)) < double.Epsilon;
    }
}
