using System.IO.Compression;
using System.Text.Json;
using Readout.Core.Errors;
using Readout.Evaluation.Reporting;
using Readout.Ingest.Html;
using Readout.Ingest.Text;

namespace Readout.Evaluation.Html;

/// <summary>
/// Scores article-body extraction on the article-extraction benchmark (html/*.html.gz against ground-truth.json) with
/// its own metric: 4-token-shingle precision and recall summed over pages that each weigh the same, F1 from those.
/// </summary>
/// <remarks>
/// The benchmark has no split; to keep a part of it unseen while the extractor is developed, pages whose id starts
/// with 0–7 are the "dev" half and 8–f the "test" half. The report gives all pages and each half.
/// </remarks>
public static class HtmlExtractionEvaluator
{
    /// <summary>The scores on the benchmark in <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder holding ground-truth.json and html/.</param>
    /// <param name="split">all, dev or test.</param>
    /// <param name="errors">When given, receives one line per page with its precision and recall (for development).</param>
    public static EvaluationReport Evaluate(string directory, string split = "all", TextWriter? errors = null)
    {
        var truthPath = Path.Combine(directory, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{truthPath} not found (the article-extraction benchmark is in ../shared/data/html-extraction)");
        }

        var pages = ReadTruth(truthPath).Where(page => InSplit(page.Key, split)).OrderBy(page => page.Key, StringComparer.Ordinal).ToList();
        var extractor = new HtmlArticleExtractor();
        var results = new (string Id, ShingleScore Score, bool Exact, bool Failed)[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var (id, gold) = pages[i];
            var extracted = ExtractPage(extractor, Path.Combine(directory, "html", id + ".html.gz"));
            var score = ShingleScore.Of(gold, extracted ?? string.Empty);
            var exact = ShingleScore.Tokens(gold).SequenceEqual(ShingleScore.Tokens(extracted ?? string.Empty));
            results[i] = (id, score, exact, extracted is null);
        });

        if (errors is not null)
        {
            foreach (var (id, score, _, failed) in results.OrderBy(r => Precision(r.Score) + Recall(r.Score)))
            {
                errors.WriteLine($"{id}  precision {Precision(score):0.000}  recall {Recall(score):0.000}{(failed ? "  (no text extracted)" : string.Empty)}");
            }
        }

        var report = new EvaluationReport("html").Fact("data", directory).Fact("split", split);
        Add(report, results);
        if (split == "all")
        {
            Add(report.Section("dev"), results.Where(r => InSplit(r.Id, "dev")).ToArray());
            Add(report.Section("test"), results.Where(r => InSplit(r.Id, "test")).ToArray());
        }

        return report;
    }

    private static void Add(EvaluationReport report, (string Id, ShingleScore Score, bool Exact, bool Failed)[] results)
    {
        double truePositive = 0, falsePositive = 0, falseNegative = 0;
        foreach (var (_, score, _, _) in results)
        {
            truePositive += score.TruePositive;
            falsePositive += score.FalsePositive;
            falseNegative += score.FalseNegative;
        }

        var precision = truePositive + falsePositive == 0 ? 0 : truePositive / (truePositive + falsePositive);
        var recall = truePositive + falseNegative == 0 ? 0 : truePositive / (truePositive + falseNegative);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        report.Metric("f1", 100 * f1).Metric("precision", 100 * precision).Metric("recall", 100 * recall)
            .Metric("accuracy", results.Length == 0 ? 0 : 100.0 * results.Count(r => r.Exact) / results.Length)
            .Fact("pages", results.Length)
            .Fact("pages_without_text", results.Count(r => r.Failed));
    }

    private static string? ExtractPage(HtmlArticleExtractor extractor, string path)
    {
        try
        {
            using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            var (html, _) = TextDecoder.DecodeMarkup(PlainTextReader.ReadBounded(stream, PlainTextReader.DefaultMaxBytes));
            return extractor.Extract(html).Text;
        }
        catch (ReadoutException)
        {
            return null;
        }
        catch (IOException exception)
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{path}: {exception.Message}", exception);
        }
    }

    private static Dictionary<string, string> ReadTruth(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            return json.RootElement.EnumerateObject().ToDictionary(
                page => page.Name,
                page => page.Value.GetProperty("articleBody").GetString() ?? string.Empty,
                StringComparer.Ordinal);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{path}: {exception.Message}", exception);
        }
    }

    private static bool InSplit(string id, string split) => split switch
    {
        "dev" => id.Length > 0 && id[0] is >= '0' and <= '7',
        "test" => id.Length > 0 && id[0] is not (>= '0' and <= '7'),
        _ => true,
    };

    private static double Precision(ShingleScore s) => s.TruePositive + s.FalsePositive == 0 ? 0 : s.TruePositive / (s.TruePositive + s.FalsePositive);

    private static double Recall(ShingleScore s) => s.TruePositive + s.FalseNegative == 0 ? 0 : s.TruePositive / (s.TruePositive + s.FalseNegative);
}
