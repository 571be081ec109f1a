using System.Text;
using System.Text.Json;

namespace Readout.Cli.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readout-bench-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Bench_over_a_jsonl_folder_reports_every_stage_and_both_passes_as_one_json_line()
    {
        var corpus = Path.Combine(_directory, "news");
        Directory.CreateDirectory(Path.Combine(corpus, "raw"));
        File.WriteAllText(Path.Combine(corpus, "raw", "ignored.txt"), "Raw files beside the normalised JSONL are not read.", Encoding.UTF8);
        File.WriteAllLines(Path.Combine(corpus, "wire.jsonl"),
        [
            """{"id": "1", "title": "Talks", "text": "The ministers met in Geneva. \u201CWe agreed,\u201D Berg said.", "date": "2024-05-02", "source": "wire"}""",
            """{"id": "2", "title": "Empty", "text": "", "date": null, "source": "wire"}""",
            """{"id": "3", "title": "Trade", "text": "Trade fell 38.5% last year.", "date": null, "source": "wire"}""",
        ]);

        var (exit, output, error) = CliRunner.Run(["bench", "--data", corpus, "--threads", "2", "--warmup", "0", "--json"]);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var report = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement;
        Assert.Equal(1, report.GetProperty("files").GetInt32());
        Assert.Equal(2, report.GetProperty("documents").GetInt32());
        Assert.Equal(1, report.GetProperty("skipped").GetInt32());
        Assert.True(report.GetProperty("tokens").GetInt32() > 15);
        Assert.True(report.GetProperty("peak_working_set_mb").GetDouble() > 0);
        var stages = report.GetProperty("single").GetProperty("stages");
        Assert.True(stages.TryGetProperty("rule-tokenizer", out _));
        Assert.True(stages.TryGetProperty("arc-hybrid-parser", out _));
        Assert.True(stages.TryGetProperty("all", out _));
        Assert.Equal(2, report.GetProperty("parallel").GetProperty("threads").GetInt32());
        Assert.All(report.EnumerateObject(), property => Assert.Equal(property.Name.ToLowerInvariant(), property.Name));
    }

    [Fact]
    public void Bench_of_chosen_stages_runs_only_those()
    {
        var path = Path.Combine(_directory, "article.txt");
        File.WriteAllText(path, "The envoys met on Tuesday. Talks resume next week.", Encoding.UTF8);

        var (exit, output, _) = CliRunner.Run(["bench", path, "--stages", "rule-tokenizer,perceptron-sentence-splitter,perceptron-tagger", "--threads", "1", "--warmup", "0", "--json"]);

        Assert.Equal(0, exit);
        var report = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement;
        var stages = report.GetProperty("single").GetProperty("stages").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["rule-tokenizer", "perceptron-sentence-splitter", "perceptron-tagger", "all"], stages);
        Assert.False(report.TryGetProperty("parallel", out _));
    }

    [Fact]
    public void Bench_names_the_stages_when_one_is_unknown()
    {
        var path = Path.Combine(_directory, "article.txt");
        File.WriteAllText(path, "The envoys met.", Encoding.UTF8);

        var (exit, _, error) = CliRunner.Run(["bench", path, "--stages", "rule-tokeniser", "--warmup", "0"]);

        Assert.Equal(1, exit);
        Assert.Contains("RO1006", error, StringComparison.Ordinal);
        Assert.Contains("rule-tokenizer", error, StringComparison.Ordinal);
    }
}
