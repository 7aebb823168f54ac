using System;
using System.Globalization;

namespace AiStudios.Storyboards.Svg
{
    /// <summary>
    /// Numbers as the storyboard writes them: invariant culture, at most three decimals, no
    /// exponent, no negative zero. The same project gives the same bytes on every machine.
    /// </summary>
    internal static class SvgNumber
    {
        /// <summary>Far beyond any canvas; keeps absurd inputs (1E+308) from writing 309 digits.</summary>
        private const double Limit = 1e7;

        public static string Format(double value)
        {
            if (double.IsNaN(value))
            {
                return "0";
            }

            double clamped = Math.Max(-Limit, Math.Min(Limit, value));
            double rounded = Math.Round(clamped, 3, MidpointRounding.AwayFromZero);
            if (rounded == 0)
            {
                return "0";
            }

            return rounded.ToString("0.###", CultureInfo.InvariantCulture);
        }
    }
}
