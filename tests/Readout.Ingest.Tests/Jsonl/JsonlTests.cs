using System.Text;
using Readout.Core.Errors;
using Readout.Ingest.Jsonl;

namespace Readout.Ingest.Tests.Jsonl;

public sealed class JsonlTests
{
    [Fact]
    public void Lines_are_split_blank_lines_skipped_and_a_last_line_without_a_break_kept()
    {
        var input = "{\"text\":\"a\"}\r\n\n  \n{\"text\":\"b\"}"u8.ToArray();
        var lines = JsonlLineReader.Read(new MemoryStream(input), 100).ToList();
        Assert.Equal([1L, 4L], lines.Select(l => l.Number));
        Assert.Equal("{\"text\":\"b\"}", Encoding.UTF8.GetString(lines[1].Bytes));
    }

    [Fact]
    public void A_line_over_the_limit_is_reported_and_the_next_line_still_read()
    {
        var input = Encoding.UTF8.GetBytes("{\"text\":\"" + new string('x', 5000) + "\"}\n{\"text\":\"short\"}\n");
        var lines = JsonlLineReader.Read(new MemoryStream(input), 1000).ToList();
        Assert.True(lines[0].TooLong);
        Assert.Equal(5011, lines[0].Length);
        Assert.False(lines[1].TooLong);
    }

    [Fact]
    public void A_record_gives_id_title_text_date_and_source()
    {
        var record = JsonlRecord.Parse("{\"id\":7,\"title\":\"T\",\"text\":\"Body.\",\"date\":\"2023-01-02\",\"source\":\"wire\",\"extra\":[1]}"u8);
        Assert.Equal(new JsonlRecord("Body.", "7", "T", "2023-01-02", "wire", null), record);
    }

    [Theory]
    [InlineData("{\"title\":\"no text\"}", "RO2003")]
    [InlineData("[1,2]", "RO2009")]
    [InlineData("{\"text\": \"cut", "RO2009")]
    [InlineData("{\"text\": {\"nested\": 1}}", "RO2009")]
    public void Bad_records_are_refused_with_a_code(string line, string code)
    {
        Assert.Equal(code, Assert.Throws<ReadoutException>(() => JsonlRecord.Parse(Encoding.UTF8.GetBytes(line))).Code.Code);
    }

    [Fact]
    public void A_record_that_is_not_utf8_is_an_encoding_error()
    {
        Assert.Equal(ErrorCodes.InputEncoding, Assert.Throws<ReadoutException>(() => JsonlRecord.Parse([.. "{\"text\":\"Caf"u8, 0xE9, .. "\"}"u8])).Code);
    }
}
