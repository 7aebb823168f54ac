using System.IO;
using System.Text;
using System.Threading.Tasks;
using AiStudios.Serialization;

namespace AiStudios.Tests.Json
{
    /// <summary>
    /// Bytes that are not UTF-8 are refused where they are, when the JSON is read: never kept to
    /// make ToJson() or Validate() fail later, never replaced with U+FFFD.
    /// </summary>
    public class InvalidUtf8Tests
    {
        /// <summary>The JSON with the byte sequence <paramref name="bad"/> in place of the marker <c>#</c>.</summary>
        private static byte[] With(string json, params byte[] bad)
        {
            byte[] text = Encoding.UTF8.GetBytes(json);
            int marker = System.Array.IndexOf(text, (byte)'#');
            var result = new byte[text.Length - 1 + bad.Length];
            System.Array.Copy(text, result, marker);
            System.Array.Copy(bad, 0, result, marker, bad.Length);
            System.Array.Copy(text, marker + 1, result, marker + bad.Length, text.Length - marker - 1);
            return result;
        }

        [Theory]
        [InlineData("{\"scenes\":[],\"note\":\"a#b\"}", "$.note")]
        [InlineData("{\"scenes\":[],\"resolution\":\"4k#\"}", "$.resolution")]
        [InlineData("{\"scenes\":[],\"extra\":{\"deep\":[\"#\"]}}", "$.extra.deep[0]")]
        [InlineData("{\"scenes\":[{\"sceneIdx\":0,\"clips\":[{\"id\":\"c\",\"type\":\"sticker#\",\"width\":1,\"height\":1}]}]}", "$.scenes[0].clips[0].type")]
        public void An_invalid_byte_in_a_value_the_SDK_would_keep_raw_is_refused_where_it_is(string json, string path)
        {
            byte[] bytes = With(json, 0xFF);

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(bytes));

            Assert.Equal(path, error.Path);
            Assert.Equal(0, error.LineNumber);
            Assert.Equal(System.Array.IndexOf(bytes, (byte)0xFF), error.BytePositionInLine);
            Assert.Contains("UTF-8", error.Message);
        }

        [Fact]
        public void An_invalid_byte_in_a_property_name_is_refused_not_replaced()
        {
            byte[] bytes = With("{\"scenes\":[],\n  \"no#te\":1}", 0xC3, 0x28);

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(bytes));

            Assert.Equal(1, error.LineNumber);
            Assert.Equal(5, error.BytePositionInLine);
            Assert.Contains("line 2, byte position 6", error.Message);
        }

        [Theory]
        [InlineData(new byte[] { 0xC0, 0x80 })]             // overlong NUL
        [InlineData(new byte[] { 0xE0, 0x80, 0xAF })]       // overlong '/'
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]       // an encoded surrogate
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // above U+10FFFF
        [InlineData(new byte[] { 0xE2, 0x82 })]             // cut short
        [InlineData(new byte[] { 0x80 })]                   // a lone continuation byte
        public void Every_kind_of_malformed_sequence_is_refused(byte[] bad)
        {
            byte[] bytes = With("{\"scenes\":[],\"note\":\"#\"}", bad);

            var error = Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(bytes));

            Assert.Equal("$.note", error.Path);
        }

        [Fact]
        public async Task Streams_are_checked_too()
        {
            byte[] bytes = With("{\"scenes\":[],\"note\":\"#\"}", 0xFE);

            Assert.Throws<AiStudiosJsonException>(() => Project.FromJson(new MemoryStream(bytes)));
            await Assert.ThrowsAsync<AiStudiosJsonException>(() => Project.FromJsonAsync(new MemoryStream(bytes)));
        }

        [Fact]
        public void Valid_multi_byte_text_everywhere_still_round_trips()
        {
            string json = "{\"scenes\":[],\"name\":\"Grüße 😀 한국어\",\"메모\":\"€ \\ud83d\\ude00\"}";

            Project project = Project.FromJson(Encoding.UTF8.GetBytes(json));

            Assert.Equal("Grüße 😀 한국어", project.Name);
            Assert.Contains("\"메모\":\"€ \\ud83d\\ude00\"", project.ToJson());
        }
    }
}
