using System;
using System.Globalization;
using System.Text;

namespace AiStudios.Serialization
{
    /// <summary>
    /// Whether a JSON number fits a typed property exactly. A number is typed only when writing
    /// the typed value back gives the same decimal value; any other stays raw, digit for digit,
    /// so no number is ever changed silently. The common case (at most 15 significant digits, a
    /// normal double) is decided by counting digits; only 16- and 17-digit numbers and subnormals
    /// are compared with the double's shortest text.
    /// </summary>
    internal static class JsonNumbers
    {
        // Any decimal of at most 15 significant digits survives the trip to a normal double and back.
        private const int AlwaysExactDigits = 15;

        // A double's shortest round-trip text never has more.
        private const int MaxDoubleDigits = 17;

        private const double MinNormal = 2.2250738585072014E-308;

        /// <summary>Whether <paramref name="value"/>, read from <paramref name="text"/>, is written back as the same decimal.</summary>
        public static bool IsExactDouble(ReadOnlySpan<byte> text, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return false;
            }

            int significant = SignificantDigits(text);
            if (significant == 0)
            {
                return true; // zero, however spelled
            }

            if (value == 0 || significant > MaxDoubleDigits)
            {
                return false; // underflow, or more digits than any double's text has
            }

            if (significant <= AlwaysExactDigits && Math.Abs(value) >= MinNormal)
            {
                return true;
            }

            return Decimal.Parse(text).Equals(Decimal.Parse(ShortestText(value)));
        }

        /// <summary>Reads a number that is exactly a 32-bit integer in any spelling (<c>100</c>, <c>1e2</c>, <c>100.0</c>); false for any other.</summary>
        public static bool TryReadExactInt32(ReadOnlySpan<byte> text, out int value)
        {
            value = 0;
            if (SignificantDigits(text) > 10)
            {
                return false; // int.MaxValue has 10 digits; and the text is not read into memory
            }

            Decimal number = Decimal.Parse(text);
            if (number.Digits.Length == 0)
            {
                return true;
            }

            // An integer has no digits after the point; int.MaxValue has 10 digits.
            if (number.Exponent < 0 || number.Digits.Length + number.Exponent > 10)
            {
                return false;
            }

            long magnitude = long.Parse(number.Digits, NumberStyles.None, CultureInfo.InvariantCulture);
            for (long e = 0; e < number.Exponent; e++)
            {
                magnitude *= 10;
            }

            long signed = number.Negative ? -magnitude : magnitude;
            if (signed < int.MinValue || signed > int.MaxValue)
            {
                return false;
            }

            value = (int)signed;
            return true;
        }

        /// <summary>
        /// The shortest text that reads back as <paramref name="value"/>: what the SDK writes. On
        /// .NET Core 3.0 and later "R" is that; on the .NET Framework it may not read back, and G17 does.
        /// </summary>
        public static string ShortestText(double value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
#if NETSTANDARD2_0
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double back) || !back.Equals(value))
            {
                text = value.ToString("G17", CultureInfo.InvariantCulture);
            }
#endif
            return text;
        }

        /// <summary>Digits of the mantissa from the first non-zero one to the last non-zero one; 0 for zero.</summary>
        private static int SignificantDigits(ReadOnlySpan<byte> text)
        {
            int position = 0;
            int first = -1;
            int last = -1;
            foreach (byte b in text)
            {
                if (b == (byte)'e' || b == (byte)'E')
                {
                    break;
                }

                if (b < (byte)'0' || b > (byte)'9')
                {
                    continue; // the sign and the point
                }

                if (b != (byte)'0')
                {
                    if (first < 0)
                    {
                        first = position;
                    }

                    last = position;
                }

                position++;
            }

            return first < 0 ? 0 : last - first + 1;
        }

        private static bool IsDigit(byte b) => b >= (byte)'0' && b <= (byte)'9';

        /// <summary>
        /// A decimal number as sign, significant digits (no leading or trailing zeros) and power of
        /// ten. Callers parse only numbers of at most 17 significant digits.
        /// </summary>
        private readonly struct Decimal : IEquatable<Decimal>
        {
            private Decimal(bool negative, string digits, long exponent)
            {
                Negative = negative;
                Digits = digits;
                Exponent = exponent;
            }

            public bool Negative { get; }

            public string Digits { get; }

            public long Exponent { get; }

            /// <summary>Parses JSON number text (or .NET's "R" text, which is also JSON number text, E+ and all).</summary>
            public static Decimal Parse(ReadOnlySpan<byte> text)
            {
                int i = 0;
                bool negative = i < text.Length && text[i] == (byte)'-';
                if (negative)
                {
                    i++;
                }

                // Zeros wait until a non-zero digit follows: leading ones are dropped, trailing ones
                // only move the exponent, so a "1" followed by a million zeros stays one digit.
                var digits = new StringBuilder();
                long zeros = 0;
                long fractionDigits = 0;
                bool inFraction = false;
                for (; i < text.Length && text[i] != (byte)'e' && text[i] != (byte)'E'; i++)
                {
                    if (text[i] == (byte)'.')
                    {
                        inFraction = true;
                        continue;
                    }

                    if (inFraction)
                    {
                        fractionDigits++;
                    }

                    if (text[i] == (byte)'0')
                    {
                        zeros++;
                        continue;
                    }

                    if (digits.Length > 0)
                    {
                        digits.Append('0', (int)zeros);
                    }

                    zeros = 0;
                    digits.Append((char)text[i]);
                }

                long exponent = 0;
                if (i < text.Length)
                {
                    i++;
                    bool negativeExponent = text[i] == (byte)'-';
                    if (text[i] == (byte)'-' || text[i] == (byte)'+')
                    {
                        i++;
                    }

                    for (; i < text.Length && IsDigit(text[i]); i++)
                    {
                        // Saturates far beyond any double's range: such numbers are never typed anyway.
                        exponent = Math.Min((exponent * 10) + (text[i] - (byte)'0'), 1_000_000_000_000L);
                    }

                    exponent = negativeExponent ? -exponent : exponent;
                }

                return digits.Length == 0
                    ? new Decimal(false, string.Empty, 0)
                    : new Decimal(negative, digits.ToString(), exponent - fractionDigits + zeros);
            }

            public static Decimal Parse(string text) => Parse(Encoding.ASCII.GetBytes(text));

            public bool Equals(Decimal other) => Negative == other.Negative && Exponent == other.Exponent && string.Equals(Digits, other.Digits, StringComparison.Ordinal);

            public override bool Equals(object? obj) => obj is Decimal other && Equals(other);

            public override int GetHashCode() => Digits.GetHashCode() ^ Exponent.GetHashCode();
        }
    }
}
