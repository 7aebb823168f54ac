using System;
using System.Globalization;

namespace AiStudios.Validation.Rules
{
    /// <summary>Numbers as messages and code fixes write them: invariant culture, whatever the machine's.</summary>
    internal static class NumberText
    {
        /// <summary>
        /// For people, a value as it is: <c>630.25</c>, <c>10.0004</c>, <c>0.0999</c>, never rounded
        /// (a rounded value could sit inside the range the message says it is outside of: 10.0004
        /// is not "10"). Shortest round-trip digits, <c>NaN</c> and infinities by name.
        /// </summary>
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

            if (value == 0)
            {
                return "0"; // and not "-0"
            }

            // "R" is the shortest text that reads back as the value on .NET Core 3.0 and later; the
            // .NET Framework (Visual Studio's analyzers) may write 15 digits that do not, so check.
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return ReadsBackAs(text, value) ? text : value.ToString("G17", CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// For people, a measure the rules computed (a drawn box's extent, 679 x 0.3 = 203.7):
        /// at most three decimals, so floating-point noise does not show; huge ones in exponent form.
        /// </summary>
        public static string Measure(double value)
        {
            // Past 15 digits before the point, "0.###" would print every digit of 1E+308 (309 of
            // them); the shortest round-trip text is exact and short there.
            if (!IsFinite(value) || Math.Abs(value) >= 1e15)
            {
                return Show(value);
            }

            string text = value.ToString("0.###", CultureInfo.InvariantCulture);
            return text == "-0" ? "0" : text;
        }

        /// <summary>
        /// A share in percent, <c>58</c>: whole, unless rounding would make it reach the bound the
        /// rule judged it against (a clip 50.1 % outside is not "50 %" outside, a clip on the
        /// canvas by a sliver is not "100 %" outside).
        /// </summary>
        public static string Percent(double percent, double above, double below)
        {
            double whole = Math.Round(percent);
            if (whole > above && whole < below)
            {
                return whole.ToString("0", CultureInfo.InvariantCulture);
            }

            string measured = Measure(percent);
            double shown = double.Parse(measured, NumberStyles.Float, CultureInfo.InvariantCulture);
            return shown > above && shown < below ? measured : Show(percent);
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

        private static bool ReadsBackAs(string text, double value) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double back) && back.Equals(value);

        public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

        public static bool IsWhole(double value) => IsFinite(value) && Math.Abs(value - Math.Floor(value)) < double.Epsilon;
    }
}
