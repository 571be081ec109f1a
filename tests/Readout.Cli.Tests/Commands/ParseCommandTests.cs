using System.Text;

namespace Readout.Cli.Tests.Commands;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readout-parse-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Parse_writes_conllu_with_one_root_per_sentence_and_a_multiword_token_for_clitics()
    {
        var path = Path.Combine(_directory, "article.txt");
        File.WriteAllText(path, "Norland's envoy arrived. Talks begin today.", Encoding.UTF8);
        var (exit, output, error) = CliRunner.Run(["parse", path, "--format", "conllu"]);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var blocks = output.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(b => b.Contains('\t')).ToList();
        Assert.Equal(2, blocks.Count);
        var lines = blocks[0].Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        Assert.All(lines, columns => Assert.Equal(10, columns.Length));
        Assert.Equal("1-2", lines[0][0]);
        Assert.Equal("Norland's", lines[0][1]);
        Assert.Single(lines, columns => columns[6] == "0" && columns[7] == "root");
        Assert.Contains(lines, columns => columns[1] == "arrived" && columns[2] == "arrive" && columns[3] == "VERB");
    }

    [Fact]
    public void Extract_with_tokens_shows_tags_lemmas_and_heads()
    {
        var path = Path.Combine(_directory, "short.txt");
        File.WriteAllText(path, "The envoys met.", Encoding.UTF8);
        var (exit, output, _) = CliRunner.Run(["extract", path, "--tokens"]);
        Assert.Equal(0, exit);
        var tokens = System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("tokens").EnumerateArray().ToList();
        Assert.Equal("envoy", tokens[1].GetProperty("lemma").GetString());
        Assert.Equal("NOUN", tokens[1].GetProperty("upos").GetString());
        Assert.Equal("NNS", tokens[1].GetProperty("xpos").GetString());
        Assert.Equal(2, tokens[1].GetProperty("head").GetInt32());
        Assert.Equal("nsubj", tokens[1].GetProperty("deprel").GetString());
    }
}
