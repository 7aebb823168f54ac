using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.Json;
using AiStudios.Serialization;
using AiStudios.Validation;
using CsCheck;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// Numbers are never changed silently: a number the typed property (a double or an int) holds
    /// exactly is typed; any other is kept, digit for digit, in AdditionalProperties and reported
    /// by Validate() (optional properties), or refused with its position (required ones).
    /// </summary>
    public class NumberExactnessTests
    {
        private static string Clip(string extra) =>
            "{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{\"id\":\"c\",\"type\":\"shape\",\"shapeName\":\"Rectangle_corner0\",\"width\":10,\"height\":10" + extra + "}]}]}";

        private static ShapeClip ShapeOf(Project project) => (ShapeClip)project.Scenes[0].Clips[0];

        [Theory]
        [InlineData("9007199254740993")]
        [InlineData("12345678901234567890")]
        [InlineData("0.10000000000000001")]
        [InlineData("1e-400")]
        [InlineData("1e400")]
        [InlineData("-4.9406564584124654e-324")]
        public void A_number_a_double_cannot_hold_exactly_is_kept_raw_written_back_unchanged_and_reported(string number)
        {
            Project project = Project.FromJson(Clip(",\"top\":" + number));

            Assert.Null(ShapeOf(project).Top);
            Assert.Equal(number, ShapeOf(project).AdditionalProperties["top"].GetRawText());
            Assert.Contains("\"top\":" + number, project.ToJson());
            ValidationProblem problem = Assert.Single(project.Validate(), p => p.Path == "scenes[0].clips[0].top");
            Assert.Equal("AIS1002", problem.RuleId);
            Assert.Contains(number, problem.Message);
        }

        [Theory]
        [InlineData("144.5979042385424")]
        [InlineData("-0.016860747210092203")]
        [InlineData("0.1")]
        [InlineData("1e2")]
        [InlineData("2229.0")]
        [InlineData("1.7976931348623157e308")]
        [InlineData("5e-324")]
        [InlineData("0.000")]
        [InlineData("29071282429387332")] // a 16-digit decimal lies exactly on its rounding boundary (and reads back as the even neighbour)
        [InlineData("955506037730684.2")] // exactly halfway between two 16-digit decimals: the even last digit is written
        public void A_number_a_double_holds_exactly_is_typed(string number)
        {
            Project project = Project.FromJson(Clip(",\"top\":" + number));

            Assert.Equal(double.Parse(number, CultureInfo.InvariantCulture), ShapeOf(project).Top);
            Assert.Null(ShapeOf(project).AdditionalProperties.ContainsKey("top") ? "kept raw" : null);
        }

        [Theory]
        [InlineData("1e-400")]
        [InlineData("100.0000000000000000001")]
        [InlineData("2147483648")]
        [InlineData("1e10")]
        public void An_integer_property_keeps_raw_what_is_not_exactly_a_32_bit_integer(string number)
        {
            Project project = Project.FromJson(Clip(",\"layer\":" + number));

            Assert.Null(ShapeOf(project).Layer);
            Assert.Contains("\"layer\":" + number, project.ToJson());
            Assert.Single(project.Validate(), p => p.Path == "scenes[0].clips[0].layer" && p.RuleId == "AIS1002");
        }

        [Theory]
        [InlineData("1e2", 100)]
        [InlineData("100.000", 100)]
        [InlineData("-0", 0)]
        [InlineData("0e-400", 0)]
        [InlineData("-2147483648", int.MinValue)]
        [InlineData("2.147483647e9", int.MaxValue)]
        public void An_integer_property_reads_every_spelling_of_a_32_bit_integer(string number, int expected)
        {
            Assert.Equal(expected, ShapeOf(Project.FromJson(Clip(",\"layer\":" + number))).Layer);
        }

        [Theory]
        [InlineData("1e-400")]
        [InlineData("0.5")]
        [InlineData("9007199254740993")]
        public void A_required_integer_that_is_not_exactly_one_is_refused_with_its_position(string number)
        {
            string json = "{\"scenes\":[{\"clips\":[],\n \"sceneIdx\":" + number + "}]}";

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(json));

            Assert.Equal("$.scenes[0].sceneIdx", error.Path);
            Assert.Equal(1, error.LineNumber);
            Assert.Contains("'sceneIdx' must be a 32-bit integer, not the number " + number, error.Message);
        }

        [Fact]
        public void A_required_number_a_double_cannot_hold_exactly_is_refused_with_its_position()
        {
            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(Clip(string.Empty).Replace("\"width\":10", "\"width\":9007199254740993")));

            Assert.Equal("$.scenes[0].clips[0].width", error.Path);
            Assert.Contains("'width' is the number 9007199254740993, which a double cannot hold exactly (read into one, it would be written back as 9007199254740992)", error.Message);
        }

        [Fact]
        public void No_number_is_ever_written_back_with_another_value()
        {
            // Any decimal, typed or kept raw, comes back as the same decimal value.
            Gen<string> numbers =
                from negative in Gen.Bool
                from digits in Gen.String[Gen.Char['0', '9'], 1, 25]
                from fraction in Gen.String[Gen.Char['0', '9'], 0, 25]
                from exponent in Gen.Int[-420, 420]
                from useExponent in Gen.Bool
                select (negative ? "-" : string.Empty)
                    + (digits.TrimStart('0').Length == 0 ? "0" : digits.TrimStart('0'))
                    + (fraction.Length > 0 ? "." + fraction : string.Empty)
                    + (useExponent ? "e" + exponent.ToString(CultureInfo.InvariantCulture) : string.Empty);

            numbers.Sample(number =>
            {
                foreach (string property in new[] { "top", "layer" })
                {
                    string written = Project.FromJson(Clip(",\"" + property + "\":" + number)).ToJson();
                    using JsonDocument document = JsonDocument.Parse(written);
                    string back = document.RootElement.GetProperty("scenes")[0].GetProperty("clips")[0].GetProperty(property).GetRawText();
                    Assert.True(Decimal(number) == Decimal(back), $"{property}: {number} was written back as {back}");
                }
            }, iter: 3000);
        }

        [Fact]
        public void The_shortest_text_of_any_double_is_typed_never_kept_raw()
        {
            // What JavaScript and .NET write for a double reads back into the typed property.
            Gen.Double.Where(d => !double.IsNaN(d) && !double.IsInfinity(d)).Sample(value =>
            {
                string text = value.ToString("R", CultureInfo.InvariantCulture);
                ShapeClip shape = ShapeOf(Project.FromJson(Clip(",\"top\":" + text)));
                Assert.True(shape.Top == value, $"{text} was not typed");
            }, iter: 5000);
        }

        [Fact]
        public void The_exactness_test_agrees_with_formatting_for_16_and_17_digit_numbers()
        {
            // The fast integer test against the plain definition: the shortest text of the double
            // read from the text has the same decimal value as the text.
            // Any double, and doubles of the magnitudes payloads hold (where the integer test runs).
            Gen<double> doubles = Gen.OneOf(Gen.Double, Gen.Double[-1e6, 1e6], Gen.Double[-1e-3, 1e-3]);
            doubles.Where(d => !double.IsNaN(d) && !double.IsInfinity(d) && d != 0).Sample(value =>
            {
                string shortest = value.ToString("R", CultureInfo.InvariantCulture);
                foreach (string text in new[] { shortest, value.ToString("G17", CultureInfo.InvariantCulture), value.ToString("G16", CultureInfo.InvariantCulture), NextToLastDigit(shortest, 1), NextToLastDigit(shortest, -1) })
                {
                    double read = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                    if (double.IsInfinity(read))
                    {
                        continue;
                    }

                    bool expected = Decimal(text) == Decimal(read.ToString("R", CultureInfo.InvariantCulture));
                    byte[] utf8 = System.Text.Encoding.ASCII.GetBytes(text);
                    Assert.True(expected == AiStudios.Serialization.JsonNumbers.IsExactDouble(utf8, read), $"{text} (read as {read:R}): expected {expected}");

                    // The reader's own path (no parser for most numbers) gives the parser's double.
                    bool typed = AiStudios.Serialization.JsonNumbers.TryReadExactDouble(utf8, out double direct);
                    Assert.True(typed == expected && (!typed || direct.Equals(read)), $"{text}: read {typed} {direct:R}, expected {expected} {read:R}");
                }
            }, iter: 30000);
        }

        /// <summary>The text with its last mantissa digit moved by one (1.25 to 1.26), a neighbour in the same number of digits.</summary>
        private static string NextToLastDigit(string text, int step)
        {
            int e = text.IndexOfAny(new[] { 'e', 'E' });
            int last = (e < 0 ? text.Length : e) - 1;
            int digit = text[last] - '0' + step;
            if (digit < 0 || digit > 9 || last == 0 || !char.IsDigit(text[last]))
            {
                return text;
            }

            return text.Substring(0, last) + (char)('0' + digit) + text.Substring(last + 1);
        }

        /// <summary>A JSON number as an exact fraction: (numerator, power of ten), normalised.</summary>
        private static (BigInteger Digits, int Exponent) Decimal(string text)
        {
            int e = text.IndexOfAny(new[] { 'e', 'E' });
            int exponent = e < 0 ? 0 : int.Parse(text.Substring(e + 1), CultureInfo.InvariantCulture);
            string mantissa = e < 0 ? text : text.Substring(0, e);
            int dot = mantissa.IndexOf('.');
            if (dot >= 0)
            {
                exponent -= mantissa.Length - dot - 1;
                mantissa = mantissa.Remove(dot, 1);
            }

            BigInteger digits = BigInteger.Parse(mantissa, CultureInfo.InvariantCulture);
            if (digits.IsZero)
            {
                return (BigInteger.Zero, 0);
            }

            while (digits % 10 == 0)
            {
                digits /= 10;
                exponent++;
            }

            return (digits, exponent);
        }
    }
}
