using AiStudios.Generator.Json;

namespace AiStudios.Generator.Tests
{
    /// <summary>The generator's own JSON parser: strict, and exact about positions.</summary>
    public class JsonParserTests
    {
        [Fact]
        public void Values_remember_their_line_and_column()
        {
            JsonNode root = JsonParser.Parse("{\n  \"a\": [1, {\"b\": true}],\n  \"c\": \"x\\ny\"\n}");

            JsonMember a = root.Member("a")!;
            Assert.Equal((2, 3), (a.NamePosition.Line, a.NamePosition.Column));
            JsonNode inner = a.Value.Items[1];
            Assert.Equal((2, 12), (inner.Start.Line, inner.Start.Column));
            Assert.Equal("x\ny", root["c"]!.StringValue);
        }

        [Fact]
        public void Numbers_keep_their_source_text()
        {
            JsonNode root = JsonParser.Parse("[144.5979042385424, -0, 1E+3, 2229]");

            Assert.Equal(new[] { "144.5979042385424", "-0", "1E+3", "2229" }, root.Items.ConvertAll(i => i.NumberText!).ToArray());
        }

        [Theory]
        [InlineData("{\"a\": 1,}", 1, 9, "Trailing comma")]
        [InlineData("[1,]", 1, 4, "Trailing comma")]
        [InlineData("{\"a\" 1}", 1, 6, "':' was expected")]
        [InlineData("\n\n  01", 3, 4, "Unexpected text after")]
        [InlineData("{\"a\": \"\\u12\"}", 1, 9, "four hexadecimal digits")]
        [InlineData("// comment\n{}", 1, 1, "Unexpected character '/'")]
        public void Errors_name_the_position(string text, int line, int column, string message)
        {
            var error = Assert.Throws<JsonSyntaxException>(() => JsonParser.Parse(text));

            Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
            Assert.Contains(message, error.Message);
        }

        [Fact]
        public void Hostile_nesting_is_refused_not_a_stack_overflow()
        {
            string text = new string('[', 100_000) + new string(']', 100_000);

            var error = Assert.Throws<JsonSyntaxException>(() => JsonParser.Parse(text));

            Assert.Contains("nested deeper", error.Message);
        }
    }
}
