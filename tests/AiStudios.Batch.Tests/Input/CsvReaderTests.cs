using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AiStudios.Batch.Input;

namespace AiStudios.Batch.Tests.Input;

public class CsvReaderTests
{
    private static async Task<List<BatchRow>> Read(string csv)
    {
        var rows = new List<BatchRow>();
        await foreach (BatchRow row in BatchRowSource.FromCsvText(csv, "people.csv").ReadAsync())
        {
            rows.Add(row);
        }

        return rows;
    }

    private static async Task<BatchInputException> Fails(string csv) =>
        await Assert.ThrowsAsync<BatchInputException>(() => Read(csv));

    [Fact]
    public async Task Quoted_values_keep_commas_doubled_quotes_and_line_breaks()
    {
        var rows = await Read("name,line\r\n\"Smith, Jane\",\"She said \"\"hi\"\"\r\nthen left\"\r\nBob,plain\r\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("Smith, Jane", rows[0].Values["name"]);
        Assert.Equal("She said \"hi\"\r\nthen left", rows[0].Values["line"]);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(4, rows[1].Line);
        Assert.Equal(2, rows[1].Number);
        Assert.Equal("plain", rows[1].Values["line"]);
    }

    [Fact]
    public async Task A_byte_order_mark_blank_lines_LF_and_CR_endings_and_a_missing_last_line_break_are_read()
    {
        var rows = await Read("\uFEFFa,b\n1,2\n\n\r3,4\r5,\"\"");

        Assert.Equal(new[] { "1", "3", "5" }, rows.Select(r => r.Values["a"]));
        Assert.Equal("", rows[2].Values["b"]);
        Assert.Equal(new[] { 2, 5, 6 }, rows.Select(r => r.Line));
    }

    [Fact]
    public async Task A_file_with_a_byte_order_mark_is_read_from_disk()
    {
        string path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "email,name\nx@example.com,Émile\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            var rows = new List<BatchRow>();
            await foreach (BatchRow row in BatchRowSource.FromCsvFile(path).ReadAsync())
            {
                rows.Add(row);
            }

            Assert.Equal("Émile", Assert.Single(rows).Values["name"]);
            Assert.Contains("email", rows[0].Values.Keys);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_quote_inside_an_unquoted_value_is_an_error_at_the_quote()
    {
        var e = await Fails("a,b\n1,say \"hi\"\n");

        Assert.Equal((2, 7), (e.Line, e.Column));
        Assert.StartsWith("people.csv(2,7): error: A quote inside a value", e.Message);
    }

    [Fact]
    public async Task Text_after_a_closing_quote_is_an_error_where_it_starts()
    {
        var e = await Fails("a,b\n\"x\"y,2\n");

        Assert.Equal((2, 4), (e.Line, e.Column));
        Assert.Contains("after the closing quote", e.Message);
    }

    [Fact]
    public async Task A_quote_never_closed_is_reported_where_it_opened()
    {
        var e = await Fails("a,b\n1,2\n3,\"four\n5,6\n");

        Assert.Equal((3, 3), (e.Line, e.Column));
        Assert.Contains("never closed", e.Message);
    }

    [Fact]
    public async Task A_row_with_another_number_of_values_is_an_error_on_its_line()
    {
        var e = await Fails("a,b,c\n1,2,3\n4,5\n");

        Assert.Equal((3, 1), (e.Line, e.Column));
        Assert.Contains("2 value(s); the header names 3", e.Message);
    }

    [Theory]
    [InlineData("a,,c\n1,2,3\n", 1, 3, "Column 2 of the header has no name")]
    [InlineData("a,b,a\n1,2,3\n", 1, 5, "'a' is used twice (columns 1 and 3)")]
    [InlineData("", 1, 1, "The file is empty")]
    public async Task Header_problems_are_located(string csv, int line, int column, string message)
    {
        var e = await Fails(csv);

        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public async Task Line_numbers_count_line_breaks_inside_quoted_values_after_a_buffer_boundary()
    {
        // 20,000 characters push the quoted CRLF across the reader's 16 KiB buffer.
        string filler = new string('x', 20_000);
        var e = await Fails($"a,b\n{filler},\"1\r\n2\"\n3,\"4\"5\n");

        Assert.Equal(4, e.Line);
        Assert.Equal(6, e.Column);
    }
}
