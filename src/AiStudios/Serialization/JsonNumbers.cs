using System;
using System.Globalization;
using System.Text;

namespace AiStudios.Serialization
{
    /// <summary>
    /// Whether a JSON number fits a typed property exactly. A number is typed only when writing
    /// the typed value back gives the same decimal value; any other stays raw, digit for digit,
    /// so no number is ever changed silently. Cheap where numbers are common: one scan of the
    /// digits; up to 15 of them (the most any double writes back unchanged) the value itself comes
    /// from one exact multiplication or division; 16 and 17 are checked in 128-bit integers
    /// against the double's rounding interval; only what that cannot hold is formatted.
    /// </summary>
    internal static class JsonNumbers
    {
        // Any decimal of at most 15 significant digits survives the trip to a normal double and back.
        private const int AlwaysExactDigits = 15;

        // A double's shortest round-trip text never has more.
        private const int MaxDoubleDigits = 17;

        private const double MinNormal = 2.2250738585072014E-308;

        // Exact as doubles up to 10^22 (Clinger's fast path).
        private static readonly double[] Pow10 =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        };

        /// <summary>
        /// Reads a JSON number into a double when the double is written back as the same decimal;
        /// false for any other (keep it raw, or refuse it). One scan of the text decides most numbers.
        /// </summary>
        public static bool TryReadExactDouble(ReadOnlySpan<byte> text, out double value)
        {
            Plain plain = ReadPlain(text, out value);
            return plain == Plain.Undecided ? TryReadExactDoubleByDigits(text, out value) : plain == Plain.Exact;
        }

        /// <summary>The general path of <see cref="TryReadExactDouble"/>, for any spelling; internal for the tests that compare the two.</summary>
        internal static bool TryReadExactDoubleByDigits(ReadOnlySpan<byte> text, out double value)
        {
            Digits number = Digits.Read(text);
            if (TryShort(number, out value))
            {
                return true;
            }

#if NET8_0_OR_GREATER
            if (TryLongFraction(number, out value, out bool exact))
            {
                return exact;
            }
#endif
            return number.Count <= MaxDoubleDigits
                && System.Buffers.Text.Utf8Parser.TryParse(text, out value, out int consumed)
                && consumed == text.Length
                && IsExact(number, value);
        }

        /// <summary>What <see cref="ReadPlain"/> decided.</summary>
        private enum Plain
        {
            /// <summary>Not a plain number (an exponent, more than 19 digits, a long integer): the general path decides.</summary>
            Undecided,

            /// <summary>The double holds it exactly.</summary>
            Exact,

            /// <summary>A long fraction no double writes back unchanged.</summary>
            Inexact,
        }

        /// <summary>
        /// The most common numbers in one tight loop: a sign, at most 19 digits in all with or without
        /// a point, no exponent (<c>800</c>, <c>-12.25</c>, <c>0.016860747210092203</c>). Up to 15
        /// significant digits the value is the digits divided by a power of ten, one correctly rounded
        /// division of two exact doubles, and always exact; a longer fraction goes straight to the
        /// 128-bit test with the digits already read. -0 keeps its sign.
        /// </summary>
        private static Plain ReadPlain(ReadOnlySpan<byte> text, out double value)
        {
            value = 0;
            int i = 0;
            bool negative = text.Length > 0 && text[0] == (byte)'-';
            if (negative)
            {
                i = 1;
            }

            ulong digits = 0;
            int count = 0;
            int leading = 0; // zeros before the first other digit: not significant
            int scale = -1;  // digits after the point; -1 while there is no point
            for (; i < text.Length; i++)
            {
                uint digit = (uint)(text[i] - (byte)'0');
                if (digit <= 9)
                {
                    if (++count > 19)
                    {
                        return Plain.Undecided;
                    }

                    if (digits == 0 && digit == 0)
                    {
                        leading++;
                    }

                    digits = (digits * 10) + digit;
                    if (scale >= 0)
                    {
                        scale++;
                    }
                }
                else if (text[i] == (byte)'.' && scale < 0)
                {
                    scale = 0;
                }
                else
                {
                    return Plain.Undecided; // an exponent
                }
            }

            if (count == 0)
            {
                return Plain.Undecided;
            }

            int places = scale < 0 ? 0 : scale;
            if (count > AlwaysExactDigits)
            {
                if (places == 0)
                {
                    return Plain.Undecided; // a long integer
                }

                // Trailing zeros of a fraction are not significant digits.
                count -= leading;
                while (places > 0 && digits != 0 && digits % 10 == 0)
                {
                    digits /= 10;
                    places--;
                    count--;
                }

                if (digits != 0 && count > AlwaysExactDigits)
                {
#if NET8_0_OR_GREATER
                    if (TryLongFraction(new Digits(negative, digits, count, -places), out value, out bool exact))
                    {
                        return exact ? Plain.Exact : Plain.Inexact;
                    }
#endif
                    return Plain.Undecided;
                }
            }

            double magnitude = places == 0 ? digits : digits / Pow10[places];
            value = negative ? -magnitude : magnitude;
            return Plain.Exact;
        }

        /// <summary>Whether <paramref name="value"/>, read from <paramref name="text"/>, is written back as the same decimal.</summary>
        public static bool IsExactDouble(ReadOnlySpan<byte> text, double value) => IsExact(Digits.Read(text), value);

        private static bool IsExact(Digits number, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return false;
            }

            if (number.Count == 0)
            {
                return true; // zero, however spelled
            }

            if (value == 0 || number.Count > MaxDoubleDigits)
            {
                return false; // underflow, or more digits than any double's text has
            }

            if (number.Count <= AlwaysExactDigits && Math.Abs(value) >= MinNormal)
            {
                return true;
            }

            // 16 or 17 digits, or a subnormal: the exact test in integers where 128 bits hold it,
            // else a comparison with the shortest text (formatted without allocating where .NET can).
#if NET8_0_OR_GREATER
            if (IsShortestByArithmetic(number, Math.Abs(value)) is bool shortest)
            {
                return shortest;
            }

            Span<byte> formatted = stackalloc byte[32];
            if (value.TryFormat(formatted, out int written, "R", CultureInfo.InvariantCulture))
            {
                return number.Equals(Digits.Read(formatted.Slice(0, written)));
            }
#endif
            return number.Equals(Digits.Read(Encoding.ASCII.GetBytes(ShortestText(value))));
        }

        /// <summary>Reads a number that is exactly a 32-bit integer in any spelling (<c>100</c>, <c>1e2</c>, <c>100.0</c>); false for any other.</summary>
        public static bool TryReadExactInt32(ReadOnlySpan<byte> text, out int value)
        {
            value = 0;
            Digits number = Digits.Read(text);
            if (number.Count == 0)
            {
                return true;
            }

            // d x 10^q is an integer when q >= 0; int.MaxValue has 10 digits.
            if (number.Exponent < 0 || number.Count + number.Exponent > 10)
            {
                return false;
            }

            long magnitude = (long)number.Significand;
            for (long k = 0; k < number.Exponent; k++)
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

        /// <summary>
        /// The common number without a parser: at most 15 significant digits and a power of ten
        /// within ±22 make the value one exactly rounded multiplication or division of two exact
        /// doubles (Clinger's fast path), the double any correct parser gives, written back unchanged.
        /// </summary>
        private static bool TryShort(Digits number, out double value)
        {
            if (number.Count == 0)
            {
                value = number.Negative ? -0.0 : 0.0;
                return true;
            }

            if (number.Count > AlwaysExactDigits || number.Exponent < -22 || number.Exponent > 22)
            {
                value = 0;
                return false;
            }

            double magnitude = number.Exponent >= 0 ? number.Significand * Pow10[number.Exponent] : number.Significand / Pow10[-number.Exponent];
            value = number.Negative ? -magnitude : magnitude;
            return true;
        }

#if NET8_0_OR_GREATER
        // 10^0 .. 10^19, every power of ten that fits in 64 bits.
        private static readonly ulong[] Pow10Integers =
        {
            1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
            10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
            1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
            10_000_000_000_000_000_000UL,
        };

        /// <summary>
        /// Whether the text T = D x 10^q (n significant digits) is the shortest text of v, worked out in
        /// exact integer arithmetic instead of formatting v: T is, when (1) no decimal of n - 1 digits
        /// reads back as v (the two nearest to T, D / 10 rounded down and up, lie outside v's rounding
        /// interval) and (2) T is the n-digit decimal nearest to v (v lies strictly within half a step
        /// of the last digit). A decimal exactly halfway between v and a neighbour reads back as the
        /// one with the even mantissa; of two n-digit decimals equally near v, .NET writes the one
        /// whose last digit is even.
        /// Null when the numbers do not fit in 128 bits or v is subnormal.
        /// </summary>
        private static bool? IsShortestByArithmetic(Digits number, double v)
        {
            long bits = BitConverter.DoubleToInt64Bits(v);
            int biased = (int)(bits >> 52) & 0x7FF;
            long q = number.Exponent; // T = d x 10^q
            if (biased == 0 || q < -19 || q > 18)
            {
                return null;
            }

            ulong d = number.Significand;
            ulong m = ((ulong)bits & 0xF_FFFF_FFFF_FFFFUL) | (1UL << 52);
            int e = biased - 1075; // v = m x 2^e
            int k = (int)q;
            bool binadeStart = m == 1UL << 52 && biased > 1;
            if (k < 0 && e <= 0 && e >= -69 && !binadeStart)
            {
                return FitScaled(d, -k, 1 - e, m) == Fit.Exact;
            }

            // (2) |2d x 10^q - 2v| < 10^q, with 2v = m x 2^(e + 1): each side scaled to integers.
            int tens = k > 0 ? k : 0;
            int twos = e + 1 < 0 ? -(e + 1) : 0;
            if (!Scaled(2 * d, tens, twos, out ulong th, out ulong tl)
                || !Scaled(m, k < 0 ? -k : 0, e + 1 > 0 ? e + 1 : 0, out ulong vh, out ulong vl)
                || !Scaled(1, tens, twos, out ulong sh, out ulong sl))
            {
                return null;
            }

            bool tAbove = th != vh ? th > vh : tl >= vl;
            ulong dl = tAbove ? tl - vl : vl - tl;
            ulong dh = tAbove ? th - vh - (tl < vl ? 1UL : 0) : vh - th - (vl < tl ? 1UL : 0);
            // Exactly halfway between two n-digit decimals, .NET writes the one with the even last digit.
            bool inside = dh < sh || (dh == sh && dl < sl);
            bool tie = dh == sh && dl == sl;
            if (!inside && !(tie && d % 2 == 0))
            {
                return false;
            }

            // (1) v's rounding interval runs from lo to hi, halfway to its neighbours. The n - 1 digit
            // decimals nearest T, D / 10 rounded down and up, must lie outside it; where the interval
            // is symmetric only the nearer of the two can be inside (decided by D's last digit; both
            // at a 5). At the bottom of a binade the neighbour below is nearer: both are checked.
            ulong last = d % 10;

            // A decimal exactly halfway reads back as the neighbour whose mantissa is even.
            bool evenMantissa = (m & 1) == 0;
            if (last <= 5 || binadeStart)
            {
                bool known = binadeStart
                    ? Compare(d / 10, k + 1, (4 * m) - 1, e - 2, out int lower)
                    : Compare(d / 10, k + 1, (2 * m) - 1, e - 1, out lower);
                if (!known)
                {
                    return null;
                }

                if (lower > 0 || (lower == 0 && evenMantissa))
                {
                    return false;
                }
            }

            if (last >= 5 || binadeStart)
            {
                if (!Compare((d / 10) + 1, k + 1, (2 * m) + 1, e - 1, out int upper))
                {
                    return null;
                }

                if (upper < 0 || (upper == 0 && evenMantissa))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>What <see cref="FitScaled"/> found.</summary>
        private enum Fit
        {
            /// <summary>The text does not read back as this double.</summary>
            OtherValue,

            /// <summary>It does, and the double writes the text back.</summary>
            Exact,

            /// <summary>It does, but the double writes another decimal.</summary>
            Inexact,
        }

        /// <summary>
        /// A 16- or 17-digit fraction without a parser: a double within an ulp of T comes from one
        /// division, and <see cref="FitScaled"/> says exactly whether T reads back as it or as a
        /// neighbour, and whether it writes T back. False when the number is outside the range
        /// where 128 bits hold the test (the caller then parses).
        /// </summary>
        private static bool TryLongFraction(Digits number, out double value, out bool exact)
        {
            value = 0;
            exact = false;
            if (number.Count > MaxDoubleDigits || number.Exponent >= 0 || number.Exponent < -19)
            {
                return false;
            }

            int t = (int)-number.Exponent;
            double candidate = number.Significand / Pow10[t];
            for (int attempt = 0; attempt < 3; attempt++)
            {
                double v = attempt == 0 ? candidate : attempt == 1 ? Math.BitDecrement(candidate) : Math.BitIncrement(candidate);
                long bits = BitConverter.DoubleToInt64Bits(v);
                int biased = (int)(bits >> 52) & 0x7FF;
                ulong m = ((ulong)bits & 0xF_FFFF_FFFF_FFFFUL) | (1UL << 52);
                int e = biased - 1075;
                if (biased == 0 || e > 0 || e < -69 || m == 1UL << 52)
                {
                    return false;
                }

                Fit fit = FitScaled(number.Significand, t, 1 - e, m);
                if (fit != Fit.OtherValue)
                {
                    value = number.Negative ? -v : v;
                    exact = fit == Fit.Exact;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The tests in one scale, for a fraction T = d x 10^-t and a double v = m x 2^e with
        /// 2^-17 &lt;= v &lt; 2^53, not at the bottom of a binade: everything multiplied by 10^t x 2^s
        /// (s = 1 - e) is an integer below 2^128. There T is X = d x 2^s, v is 2R with R = m x 10^t, a
        /// step of T's last digit is 2^s, and v's rounding interval runs from 2R - 10^t to 2R + 10^t.
        /// </summary>
        private static Fit FitScaled(ulong d, int t, int s, ulong m)
        {
            UInt128 x = (UInt128)d << s;
            UInt128 power = Pow10Integers[t];
            UInt128 r2 = ((UInt128)Math.BigMul(m, Pow10Integers[t], out ulong low) << 64 | low) << 1;
            bool even = (m & 1) == 0;

            // T reads back as v: within its interval (an end reads back as the neighbour with the even mantissa).
            UInt128 distance = x >= r2 ? x - r2 : r2 - x;
            if (distance > power || (distance == power && !even))
            {
                return Fit.OtherValue;
            }

            // (2) |T - v| < half a step: |X - 2R| < 2^(s - 1); exactly half, the even last digit.
            UInt128 half = UInt128.One << (s - 1);
            if (distance > half || (distance == half && d % 2 != 0))
            {
                return Fit.Inexact;
            }

            // (1) D / 10 rounded down and up, as decimals, outside v's interval.
            ulong last = d % 10;
            if (last <= 5)
            {
                UInt128 lower = x - ((UInt128)last << s);
                UInt128 lo = r2 - power;
                if (lower > lo || (lower == lo && even))
                {
                    return Fit.Inexact;
                }
            }

            if (last >= 5)
            {
                UInt128 upper = x + ((UInt128)(10 - last) << s);
                UInt128 hi = r2 + power;
                if (upper < hi || (upper == hi && even))
                {
                    return Fit.Inexact;
                }
            }

            return Fit.Exact;
        }

        /// <summary>
        /// The sign of a x 10^k - b x 2^j, exactly (a, b below 2^60, |k| at most 19), in two 64-bit
        /// halves; false when a side needs more than 127 bits.
        /// </summary>
        private static bool Compare(ulong a, int k, ulong b, int j, out int sign)
        {
            sign = 0;
            if (!Scaled(a, k > 0 ? k : 0, j < 0 ? -j : 0, out ulong leftHigh, out ulong leftLow)
                || !Scaled(b, k < 0 ? -k : 0, j > 0 ? j : 0, out ulong rightHigh, out ulong rightLow))
            {
                return false;
            }

            sign = leftHigh != rightHigh ? (leftHigh < rightHigh ? -1 : 1) : leftLow.CompareTo(rightLow);
            return true;
        }

        /// <summary>x times 10^tens times 2^twos as high:low, unless that needs more than 127 bits.</summary>
        private static bool Scaled(ulong x, int tens, int twos, out ulong high, out ulong low)
        {
            high = 0;
            low = x;
            if (tens > 0)
            {
                high = Math.BigMul(x, Pow10Integers[tens], out low);
            }

            return ShiftLeft(ref high, ref low, twos);
        }

        /// <summary>high:low shifted left by <paramref name="shift"/> bits, unless bits would reach the top one.</summary>
        private static bool ShiftLeft(ref ulong high, ref ulong low, int shift)
        {
            if (shift == 0)
            {
                return true;
            }

            int used = high != 0 ? 128 - System.Numerics.BitOperations.LeadingZeroCount(high) : 64 - System.Numerics.BitOperations.LeadingZeroCount(low);
            if (used + shift > 127)
            {
                return false;
            }

            if (shift >= 64)
            {
                high = low << (shift - 64);
                low = 0;
            }
            else
            {
                high = (high << shift) | (low >> (64 - shift));
                low <<= shift;
            }

            return true;
        }
#endif

        /// <summary>
        /// A number's text as sign, significand and power of ten (d x 10^q), its significant digits
        /// only: leading zeros dropped, trailing zeros moved into the exponent, so "1" followed by a
        /// million zeros is one digit. The significand holds the first 19 digits; past that only the
        /// count matters (no double writes back more than 17). Reads JSON number text and .NET's
        /// "R" text alike (<c>1E+21</c>); allocates nothing.
        /// </summary>
        private readonly struct Digits : IEquatable<Digits>
        {
            public Digits(bool negative, ulong significand, int count, long exponent)
            {
                Negative = negative;
                Significand = significand;
                Count = count;
                Exponent = exponent;
            }

            public bool Negative { get; }

            public ulong Significand { get; }

            /// <summary>How many significant digits; 0 for zero.</summary>
            public int Count { get; }

            /// <summary>The power of ten of the last significant digit.</summary>
            public long Exponent { get; }

            public static Digits Read(ReadOnlySpan<byte> text)
            {
                int i = 0;
                bool negative = text.Length > 0 && text[0] == (byte)'-';
                if (negative)
                {
                    i++;
                }

                ulong significand = 0;
                int count = 0;
                long zeros = 0;   // zeros since the last non-zero digit (or, before the first, ignored)
                long scale = 0;   // digits after the point
                bool point = false;
                for (; i < text.Length; i++)
                {
                    byte b = text[i];
                    if (b == (byte)'.')
                    {
                        point = true;
                        continue;
                    }

                    if (b == (byte)'e' || b == (byte)'E')
                    {
                        break;
                    }

                    if (point)
                    {
                        scale++;
                    }

                    if (b == (byte)'0')
                    {
                        zeros++;
                        continue;
                    }

                    if (count > 0)
                    {
                        // The zeros between the last non-zero digit and this one are significant:
                        // stored while the significand has room, counted all the same.
                        for (; zeros > 0 && count < 19; zeros--, count++)
                        {
                            significand *= 10;
                        }

                        count = (int)Math.Min(count + zeros, int.MaxValue - 1);
                    }

                    zeros = 0;
                    if (count < 19)
                    {
                        significand = (significand * 10) + (ulong)(b - (byte)'0');
                    }

                    count++;
                }

                if (count == 0)
                {
                    return new Digits(false, 0, 0, 0);
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

                return new Digits(negative, significand, count, exponent + zeros - scale);
            }

            /// <summary>The same decimal value; meaningful for numbers of at most 19 significant digits.</summary>
            public bool Equals(Digits other) =>
                Count == other.Count && (Count == 0 || (Negative == other.Negative && Significand == other.Significand && Exponent == other.Exponent));

            public override bool Equals(object? obj) => obj is Digits other && Equals(other);

            public override int GetHashCode() => Significand.GetHashCode() ^ Exponent.GetHashCode();
        }
    }
}
