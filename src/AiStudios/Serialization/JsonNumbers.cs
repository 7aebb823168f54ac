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

            Shape number = Shape.Of(text);
            if (number.Digits == 0)
            {
                return true; // zero, however spelled
            }

            if (value == 0 || number.Digits > MaxDoubleDigits)
            {
                return false; // underflow, or more digits than any double's text has
            }

            if (number.Digits <= AlwaysExactDigits && Math.Abs(value) >= MinNormal)
            {
                return true;
            }

            // 16 or 17 digits, or a subnormal: compared with the shortest text, formatted without allocating where .NET can.
#if NET8_0_OR_GREATER
            Span<byte> shortest = stackalloc byte[32];
            if (value.TryFormat(shortest, out int written, "R", CultureInfo.InvariantCulture))
            {
                return SameDecimal(text, number, shortest.Slice(0, written));
            }
#endif
            return SameDecimal(text, number, Encoding.ASCII.GetBytes(ShortestText(value)));
        }

        /// <summary>Reads a number that is exactly a 32-bit integer in any spelling (<c>100</c>, <c>1e2</c>, <c>100.0</c>); false for any other.</summary>
        public static bool TryReadExactInt32(ReadOnlySpan<byte> text, out int value)
        {
            value = 0;
            Shape number = Shape.Of(text);
            if (number.Digits == 0)
            {
                return true;
            }

            // 0.d1...dn x 10^X is an integer when X >= n; int.MaxValue has 10 digits.
            if (number.Exponent < number.Digits || number.Exponent > 10)
            {
                return false;
            }

            long magnitude = 0;
            for (int k = 0; k < number.Exponent; k++)
            {
                magnitude = (magnitude * 10) + (k < number.Digits ? number.DigitAt(text, k) : 0);
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

        private static bool SameDecimal(ReadOnlySpan<byte> text, Shape number, ReadOnlySpan<byte> other)
        {
            Shape shape = Shape.Of(other);
            if (shape.Negative != number.Negative || shape.Digits != number.Digits || shape.Exponent != number.Exponent)
            {
                return false;
            }

            for (int k = 0; k < number.Digits; k++)
            {
                if (number.DigitAt(text, k) != shape.DigitAt(other, k))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A number's text seen as 0.d1 d2 ... dn x 10^Exponent, its significant digits read in place
        /// (no leading or trailing zeros): comparing two numbers this way allocates nothing, and a
        /// "1" followed by a million zeros is still one digit. Reads JSON number text and .NET's
        /// "R" text alike (<c>1E+21</c>).
        /// </summary>
        private readonly struct Shape
        {
            private readonly int _start;
            private readonly int _integerDigits;
            private readonly bool _hasPoint;
            private readonly int _first;

            private Shape(bool negative, int start, int integerDigits, bool hasPoint, int first, int digits, long exponent)
            {
                Negative = negative;
                _start = start;
                _integerDigits = integerDigits;
                _hasPoint = hasPoint;
                _first = first;
                Digits = digits;
                Exponent = exponent;
            }

            public bool Negative { get; }

            /// <summary>How many significant digits; 0 for zero.</summary>
            public int Digits { get; }

            public long Exponent { get; }

            public static Shape Of(ReadOnlySpan<byte> text)
            {
                int i = 0;
                bool negative = i < text.Length && text[i] == (byte)'-';
                int start = negative ? 1 : 0;
                int digitCount = 0;
                int integerDigits = -1;
                int first = -1;
                int last = -1;
                for (i = start; i < text.Length && text[i] != (byte)'e' && text[i] != (byte)'E'; i++)
                {
                    if (text[i] == (byte)'.')
                    {
                        integerDigits = digitCount;
                        continue;
                    }

                    if (text[i] != (byte)'0')
                    {
                        first = first < 0 ? digitCount : first;
                        last = digitCount;
                    }

                    digitCount++;
                }

                bool hasPoint = integerDigits >= 0;
                integerDigits = hasPoint ? integerDigits : digitCount;
                if (first < 0)
                {
                    return new Shape(false, start, integerDigits, hasPoint, 0, 0, 0);
                }

                long exponent = 0;
                if (i < text.Length)
                {
                    i++;
                    bool negativeExponent = i < text.Length && text[i] == (byte)'-';
                    if (i < text.Length && (text[i] == (byte)'-' || text[i] == (byte)'+'))
                    {
                        i++;
                    }

                    for (; i < text.Length && text[i] >= (byte)'0' && text[i] <= (byte)'9'; i++)
                    {
                        // Saturates far beyond any double's range: such numbers are never typed anyway.
                        exponent = Math.Min((exponent * 10) + (text[i] - (byte)'0'), 1_000_000_000_000L);
                    }

                    exponent = negativeExponent ? -exponent : exponent;
                }

                return new Shape(negative, start, integerDigits, hasPoint, first, last - first + 1, exponent + integerDigits - first);
            }

            /// <summary>The k-th significant digit (0-based), as a number.</summary>
            public int DigitAt(ReadOnlySpan<byte> text, int k)
            {
                int digit = _first + k;
                int index = _start + digit + (_hasPoint && digit >= _integerDigits ? 1 : 0);
                return text[index] - (byte)'0';
            }
        }
    }
}
