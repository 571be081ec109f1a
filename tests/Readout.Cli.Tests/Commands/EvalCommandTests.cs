using System.Text.Json;

namespace Readout.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    // A two-sentence treebank we wrote, with a multiword token and SpaceAfter=No.
    private const string Treebank =
        "# newdoc id = d1\n# newpar\n# sent_id = 1\n# text = Iran's envoy left.\n" +
        "1-2\tIran's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tIran\tIran\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n" +
        "3\tenvoy\tenvoy\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n4\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n" +
        "# sent_id = 2\n# text = Talks resume.\n" +
        "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tresume\tresume\tVERB\tVBP\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("readout-eval-").FullName;

    public EvalCommandTests()
    {
        File.WriteAllText(Path.Combine(_directory, "xx_test-ud-test.conllu"), Treebank);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Json_output_is_one_object_on_the_last_line_with_percent_metrics()
    {
        var (exit, output, _) = CliRunner.Run(["eval", "tokenize", "--data", _directory, "--json"]);
        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement;
        Assert.Equal(100.0, json.GetProperty("tokens_f1").GetDouble());
        Assert.Equal(100.0, json.GetProperty("sentences_f1").GetDouble());
        Assert.Equal(100.0, json.GetProperty("words_f1").GetDouble());
        Assert.Equal(7, json.GetProperty("gold_tokens").GetInt32());
    }

    [Fact]
    public void Default_output_is_a_table()
    {
        var (exit, output, _) = CliRunner.Run(["eval", "tokenize", "--data", _directory]);
        Assert.Equal(0, exit);
        Assert.Contains("tokens_f1", output, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]));
    }

    [Fact]
    public void Missing_data_is_a_coded_error()
    {
        var (exit, _, error) = CliRunner.Run(["eval", "tokenize", "--data", Path.Combine(_directory, "absent")]);
        Assert.Equal(1, exit);
        Assert.Contains("RO3001", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_check_fails_when_a_score_drops_and_passes_otherwise()
    {
        var passing = Path.Combine(_directory, "pass.json");
        var failing = Path.Combine(_directory, "fail.json");
        var args = $"[\"eval\",\"tokenize\",\"--data\",\"{{shared}}\",\"--json\"]";
        File.WriteAllText(passing, $"{{\"args\":{args},\"tolerance\":0.1,\"metrics\":{{\"tokens_f1\":99.0}}}}");
        File.WriteAllText(failing, $"{{\"args\":{args},\"tolerance\":0.1,\"metrics\":{{\"tokens_f1\":100.5}}}}");
        Assert.Equal(0, CliRunner.Run(["eval", "check", passing, "--shared", _directory]).ExitCode);
        var (exit, output, _) = CliRunner.Run(["eval", "check", failing, "--shared", _directory]);
        Assert.Equal(1, exit);
        Assert.Contains("DROP", output, StringComparison.Ordinal);
    }
}
