using System;
using System.Linq;
using System.Text;
using AiStudios.Serialization;
using CsCheck;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// String values are decoded two ways: unescaped ASCII (nearly every string in a project) is
    /// widened straight into the new string; anything else (non-ASCII UTF-8, escapes) goes through
    /// System.Text.Json's own decoding. Both must give exactly the text that was written, at every
    /// length around the vector widths the fast path works in.
    /// </summary>
    public class StringDecodingTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("a")]
        [InlineData("en")]
        [InlineData("rgb(0,0,0)")]
        [InlineData("https://cdn.aistudios.com/ai/ai_mov_thm/tight_ai_mov_thm_M000045058_BG00002320.png")]
        [InlineData("\u007f is the last ASCII character")]
        [InlineData("안녕하세요, 반갑습니다")]
        [InlineData("ASCII for thirty-two bytes, then é")]
        [InlineData("😀 first")]
        [InlineData("Ünïcödé everywhere")]
        public void A_string_written_as_raw_UTF8_reads_back_as_its_text(string text)
        {
            byte[] json = Utf8Document(text);
            Assert.DoesNotContain((byte)'\\', json); // raw, not escaped: the path under test

            Assert.Equal(text, Project.FromJson(json).Name);
            Assert.Equal(text, Project.FromJson(Encoding.UTF8.GetString(json)).Name);
        }

        [Theory]
        [InlineData("{\"scenes\":[],\"name\":\"tab\\there\"}", "tab\there")]
        [InlineData("{\"scenes\":[],\"name\":\"\\u0041SCII escaped\"}", "ASCII escaped")]
        [InlineData("{\"scenes\":[],\"name\":\"caf\\u00e9\"}", "café")]
        [InlineData("{\"scenes\":[],\"name\":\"quote \\\" and slash \\/\"}", "quote \" and slash /")]
        public void An_escaped_string_reads_back_unescaped(string json, string expected)
        {
            Assert.Equal(expected, Project.FromJson(json).Name);
        }

        [Fact]
        public void Any_text_reads_back_exactly()
        {
            // Printable and control ASCII, Latin-1, Hangul, astral characters: whatever mixes and lengths CsCheck finds.
            Gen<string> text = Gen.OneOf(
                    Gen.Char['\0', '\u007f'],
                    Gen.Char['\u0080', '\u00ff'],
                    Gen.Char['\uac00', '\ud7a3'],
                    Gen.Const('\ud83d'))
                .Array[0, 140]
                .Select(chars => new string(chars))
                .Select(s => s.Replace("\ud83d", "😀")); // the astral case as a whole pair

            text.Sample(value => Assert.Equal(value, Project.FromJson(Utf8Document(value)).Name), iter: 3000);
        }

        [Fact]
        public void The_fast_path_takes_all_ASCII_at_every_length_and_nothing_else()
        {
            for (int length = 0; length <= 130; length++)
            {
                byte[] ascii = Enumerable.Range(0, length).Select(i => (byte)(' ' + (i * 7 % 95))).ToArray();
                string expected = Encoding.ASCII.GetString(ascii);
                Assert.Equal(expected, Utf8Text.Decode(ascii));

                if (length > 0)
                {
                    // One non-ASCII byte anywhere sends the string to the general decoder.
                    foreach (int at in new[] { 0, length / 2, length - 1 })
                    {
                        byte[] other = (byte[])ascii.Clone();
                        other[at] = 0xC3;
                        Assert.Null(Utf8Text.Decode(other));
                    }
                }
            }
        }

        private static byte[] Utf8Document(string name)
        {
            // Escapes only what JSON requires (quote, backslash, control characters), so everything
            // else, DEL and astral characters included, stays raw UTF-8: the paths under test.
            var json = new StringBuilder("{\"scenes\":[],\"name\":\"");
            foreach (char c in name)
            {
                if (c == '"' || c == '\\' || c < ' ')
                {
                    json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    json.Append(c);
                }
            }

            return Encoding.UTF8.GetBytes(json.Append("\"}").ToString());
        }
    }
}
