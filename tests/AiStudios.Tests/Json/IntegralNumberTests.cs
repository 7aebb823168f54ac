using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using AiStudios.Serialization;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// Whole numbers held in a double are written through the integer writer, which is faster:
    /// the text must be exactly what the double writer writes (the shortest round-trip text), and
    /// -0, numbers of 10^15 and more, and fractions must still take the double path.
    /// </summary>
    public class IntegralNumberTests
    {
        [Theory]
        [InlineData(0.0, "0")]
        [InlineData(1.0, "1")]
        [InlineData(-1.0, "-1")]
        [InlineData(800.0, "800")]
        [InlineData(-0.0, "-0")]
        [InlineData(0.5, "0.5")]
        [InlineData(999999999999999.0, "999999999999999")]
        [InlineData(-999999999999999.0, "-999999999999999")]
        [InlineData(1e15, "1000000000000000")]
        [InlineData(-1e15, "-1000000000000000")]
        [InlineData(9007199254740992.0, "9007199254740992")]
        [InlineData(1e300, "1E+300")]
        [InlineData(5e-324, "5E-324")]
        [InlineData(144.5979042385424, "144.5979042385424")]
        public void Whole_and_other_numbers_are_written_as_the_double_writer_writes_them(double value, string expected)
        {
            Assert.Equal(expected, Written(w => JsonWriteSupport.WriteNumberValue(w, value, "n")));
            Assert.Equal("{\"n\":" + expected + "}", Written(w =>
            {
                w.WriteStartObject();
                JsonWriteSupport.WriteNumber(w, JsonEncodedText.Encode("n"), value, "n");
                w.WriteEndObject();
            }));
        }

        [Fact]
        public void Whole_numbers_across_the_integer_range_match_the_double_writer()
        {
            var random = new Random(13);
            for (int i = 0; i < 20000; i++)
            {
                // Whole numbers of every magnitude up to and past 10^15, both signs.
                double value = Math.Round(Math.Pow(10, random.NextDouble() * 16.5)) * (random.Next(2) == 0 ? 1 : -1);

                Assert.Equal(Written(w => w.WriteNumberValue(value)), Written(w => JsonWriteSupport.WriteNumberValue(w, value, "n")));
            }
        }

        [Fact]
        public void A_read_project_writes_whole_numbers_as_integers()
        {
            const string json = "{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{\"id\":\"c\",\"type\":\"shape\",\"shapeName\":\"Rectangle_corner0\",\"top\":7,\"left\":0,\"width\":1920,\"height\":1e2,\"angle\":90.5}]}]}";

            string written = Project.FromJson(json).ToJson();

            Assert.Contains("\"top\":7,", written);
            Assert.Contains("\"left\":0,", written);
            Assert.Contains("\"width\":1920,", written);
            Assert.Contains("\"height\":100,", written);
            Assert.Contains("\"angle\":90.5", written);
        }

        [Fact]
        public void Plain_numbers_read_as_the_parser_reads_them_and_write_back_as_the_same_decimal()
        {
            var random = new Random(7);
            for (int i = 0; i < 50000; i++)
            {
                // Up to 15 digits with the point anywhere (leading zeros included), either sign.
                string text = RandomDigits(random);
                int point = random.Next(0, text.Length);
                if (point > 0)
                {
                    text = text.Substring(0, point) + "." + text.Substring(point);
                }

                if (random.Next(2) == 0)
                {
                    text = "-" + text;
                }

                Assert.True(JsonNumbers.TryReadExactDouble(Encoding.ASCII.GetBytes(text), out double value), text);
                Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
                Assert.Equal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(Written(w => JsonWriteSupport.WriteNumberValue(w, value, "n")), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        [Fact]
        public void Long_fractions_are_decided_as_the_general_path_decides()
        {
            var random = new Random(11);
            string[] fixedCases = { "0.016860747210092203", "144.5979042385424", "0.10000000000000001", "0.1000000000000000", "-0.0000000000000000", "1234567890.123456789", "0.30000000000000004", "9007199254740.9931" };
            IEnumerable<string> randomCases = Enumerable.Range(0, 50000).Select(_ =>
            {
                var digits = new StringBuilder();
                int length = random.Next(16, 20);
                for (int d = 0; d < length; d++)
                {
                    digits.Append((char)('0' + random.Next(10)));
                }

                string text = digits.ToString().TrimStart('0');
                text = text.Length == 0 ? "0" : text;
                int point = random.Next(0, text.Length);
                text = point == 0 ? "0." + text : text.Substring(0, point) + "." + text.Substring(point);
                return (random.Next(2) == 0 ? "-" : string.Empty) + text;
            });

            foreach (string text in fixedCases.Concat(randomCases))
            {
                byte[] utf8 = Encoding.ASCII.GetBytes(text);
                bool general = JsonNumbers.TryReadExactDoubleByDigits(utf8, out double expected);

                Assert.Equal(general, JsonNumbers.TryReadExactDouble(utf8, out double actual));
                if (general)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected) & long.MaxValue, BitConverter.DoubleToInt64Bits(actual) & long.MaxValue);
                }
            }
        }

        [Fact]
        public void Short_plain_numbers_are_decided_as_the_general_path_decides()
        {
            // Integers, fractions with leading and trailing zeros, both signs, and exponents (which the
            // plain loops hand on): the fast path must give the general path's answer and bits.
            var random = new Random(29);
            string[] fixedCases = { "0", "-0", "0.0", "7", "800", "-12.25", "0.5", "0.000001", "100.000", "120.25", "1e2", "1.5E-3", "-0.0e0", "999999999999999", "0.00000000000000123" };
            IEnumerable<string> randomCases = Enumerable.Range(0, 50000).Select(_ =>
            {
                string text = RandomDigits(random);
                int point = random.Next(0, text.Length + 1);
                if (point < text.Length)
                {
                    text = point == 0 ? "0." + text : text.Substring(0, point) + "." + text.Substring(point);
                }

                if (random.Next(8) == 0)
                {
                    text += "e" + random.Next(-30, 30).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return (random.Next(2) == 0 ? "-" : string.Empty) + text;
            });

            foreach (string text in fixedCases.Concat(randomCases))
            {
                byte[] utf8 = Encoding.ASCII.GetBytes(text);
                bool general = JsonNumbers.TryReadExactDoubleByDigits(utf8, out double expected);

                Assert.True(general == JsonNumbers.TryReadExactDouble(utf8, out double actual), text);
                if (general)
                {
                    // Bit for bit, but for the sign of zero: the plain path keeps -0's (see below), the general one need not.
                    Assert.True(expected == 0 ? actual == 0 : BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), text);
                }
            }
        }

        [Theory]
        [InlineData("-0")]
        [InlineData("-0.0")]
        public void Minus_zero_keeps_its_sign(string number)
        {
            string written = Project.FromJson("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{\"id\":\"c\",\"type\":\"shape\",\"shapeName\":\"Rectangle_corner0\",\"top\":" + number + ",\"width\":1,\"height\":1}]}]}").ToJson();

            Assert.Contains("\"top\":-0,", written);
        }

        private static string Written(Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
            {
                write(writer);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        /// <summary>One to 15 random digits without leading zeros ("0" when all were zeros).</summary>
        private static string RandomDigits(Random random)
        {
            int length = random.Next(1, 16);
            var digits = new StringBuilder();
            for (int d = 0; d < length; d++)
            {
                digits.Append((char)('0' + random.Next(10)));
            }

            string text = digits.ToString().TrimStart('0');
            return text.Length == 0 ? "0" : text;
        }
    }
}
