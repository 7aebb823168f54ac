using System.Collections.Generic;
using System.Threading.Tasks;
using AiStudios.Batch.Input;

namespace AiStudios.Batch.Tests.Input;

public class JsonLinesReaderTests
{
    private static async Task<List<BatchRow>> Read(string text)
    {
        var rows = new List<BatchRow>();
        await foreach (BatchRow row in BatchRowSource.FromJsonLinesText(text, "people.jsonl").ReadAsync())
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task Strings_numbers_as_written_booleans_and_nulls_become_columns()
    {
        var rows = await Read("{\"email\":\"a@example.com\",\"price\":1.50,\"vip\":true,\"note\":null}\n\n{\"email\":\"b@example.com\",\"price\":2}\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("1.50", rows[0].Values["price"]);
        Assert.Equal("true", rows[0].Values["vip"]);
        Assert.False(rows[0].Values.ContainsKey("note"));
        Assert.Equal(3, rows[1].Line);
        Assert.Equal(2, rows[1].Number);
    }

    [Theory]
    [InlineData("{\"a\":1}\n{\"a\":2,}\n", 2, 8, "Invalid JSON")]
    [InlineData("{\"a\":1}\n  [1,2]\n", 2, 3, "must be one JSON object")]
    [InlineData("{\"a\":1, \"tags\": [\"x\"]}\n", 1, 9, "'tags' is an array")]
    [InlineData("{\"a\":1, \"a\": 2}\n", 1, 2, "'a' appears twice")]
    [InlineData("{\"名前\":\"x\", \"b\": }\n", 1, 17, "Invalid JSON")]
    public async Task Bad_lines_are_errors_at_their_line_and_column(string text, int line, int column, string message)
    {
        var e = await Assert.ThrowsAsync<BatchInputException>(() => Read(text));

        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(message, e.Message);
        Assert.StartsWith($"people.jsonl({line},{column}): error: ", e.Message);
    }
}
