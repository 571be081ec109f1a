using System.Text;
using System.Text.Json;

namespace Readout.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Article =
        "Foreign ministers meet in Valletta\n\n" +
        "VALLETTA (Readout Wire) - The foreign minister of Norland, Anna Berg, met her Sudmark counterpart on Tuesday. " +
        "\u201CWe agreed to reopen the border crossings,\u201D Berg said. She added that trade would double.";

    private readonly string _directory = Directory.CreateTempSubdirectory("readout-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Extract_writes_contract_json_whose_text_is_the_file_text()
    {
        var path = Write("article.txt", Encoding.UTF8.GetBytes(Article));
        var (exit, output, error) = CliRunner.Run(["extract", path, "--published", "2024-05-07"]);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(Article, json.GetProperty("text").GetString());
        Assert.Equal("2024-05-07", json.GetProperty("published").GetString());
        var sentences = json.GetProperty("sentences").EnumerateArray()
            .Select(s => Article[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]).ToList();
        Assert.Equal("Foreign ministers meet in Valletta", sentences[0]);
        Assert.Equal("VALLETTA (Readout Wire) -", sentences[1]);
        Assert.Equal("\u201CWe agreed to reopen the border crossings,\u201D Berg said.", sentences[3]);
        Assert.Equal(5, sentences.Count);
    }

    [Fact]
    public void Several_inputs_give_an_array_and_jsonl_gives_one_line_each()
    {
        var a = Write("a.txt", "First text."u8.ToArray());
        var b = Write("b.txt", "Second text."u8.ToArray());
        var (_, array, _) = CliRunner.Run(["extract", a, b]);
        Assert.Equal(2, JsonDocument.Parse(array).RootElement.GetArrayLength());
        var (_, lines, _) = CliRunner.Run(["extract", a, b, "--format", "jsonl"]);
        var parsed = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString());
        Assert.Equal(["First text.", "Second text."], parsed);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var (exit, output, _) = CliRunner.Run(["extract", "-"], "From standard input.");
        Assert.Equal(0, exit);
        Assert.Equal("-", JsonDocument.Parse(output).RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public void Tokens_option_adds_the_token_layer()
    {
        var path = Write("t.txt", "Iran's envoy spoke."u8.ToArray());
        var (_, output, _) = CliRunner.Run(["extract", path, "--tokens"]);
        var tokens = JsonDocument.Parse(output).RootElement.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("text").GetString());
        Assert.Equal(["Iran", "'s", "envoy", "spoke", "."], tokens);
    }

    [Fact]
    public void Every_bad_input_gets_one_coded_error_line_and_the_good_input_is_still_written()
    {
        var good = Write("good.txt", "A good article."u8.ToArray());
        var empty = Write("empty.txt", []);
        var binary = Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]);
        var invalid = Write("latin1.txt", [.. "Caf"u8, 0xE9]);
        var utf16 = Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Wide text.")]);
        var huge = Path.Combine(_directory, "huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(200L * 1024 * 1024);
        }

        var missing = Path.Combine(_directory, "missing.txt");
        var (exit, output, error) = CliRunner.Run(["extract", missing, _directory, empty, binary, invalid, huge, good, utf16, "--format", "jsonl"]);

        Assert.Equal(1, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.Contains(lines, l => l.Contains(missing, StringComparison.Ordinal) && l.Contains("RO2001", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(_directory + ":", StringComparison.Ordinal) && l.Contains("RO2002", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(empty, StringComparison.Ordinal) && l.Contains("RO2003", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(binary, StringComparison.Ordinal) && l.Contains("RO2004", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(invalid, StringComparison.Ordinal) && l.Contains("RO2005", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(huge, StringComparison.Ordinal) && l.Contains("RO2006", StringComparison.Ordinal));
        var texts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString());
        Assert.Equal(["A good article.", "Wide text."], texts);
    }

    [Fact]
    public void A_malformed_published_date_is_refused()
    {
        var path = Write("a.txt", "Text."u8.ToArray());
        var (exit, _, error) = CliRunner.Run(["extract", path, "--published", "15/11/2023"]);
        Assert.NotEqual(0, exit);
        Assert.Contains("RO1006", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_option_writes_to_a_file()
    {
        var path = Write("a.txt", "Text."u8.ToArray());
        var target = Path.Combine(_directory, "out.json");
        var (exit, output, _) = CliRunner.Run(["extract", path, "--output", target]);
        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.Equal("Text.", JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Version_names_the_pipeline_stages()
    {
        var (exit, output, _) = CliRunner.Run(["--version"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("readout ", output, StringComparison.Ordinal);
        Assert.Contains("rule-tokenizer", output, StringComparison.Ordinal);
    }
}
