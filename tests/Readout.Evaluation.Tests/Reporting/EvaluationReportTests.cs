using System.Text.Json;
using Readout.Evaluation.Reporting;

namespace Readout.Evaluation.Tests.Reporting;

public sealed class EvaluationReportTests
{
    [Fact]
    public void Counts_give_precision_recall_and_f1_in_percent()
    {
        var counts = new Counts(Correct: 8, System: 10, Gold: 16);
        Assert.Equal(80, counts.Precision, 6);
        Assert.Equal(50, counts.Recall, 6);
        Assert.Equal(61.538461, counts.F1, 5);
    }

    [Fact]
    public void Json_has_lower_case_keys_headline_metrics_at_the_top_and_sections_nested()
    {
        var report = new EvaluationReport("tag").Metric("UPOS", 96.54321);
        report.Section("raw").Metric("upos", 95.1);
        using var writer = new StringWriter();
        report.Write(writer, asJson: true);
        var json = JsonDocument.Parse(writer.ToString()).RootElement;
        Assert.Equal(96.54, json.GetProperty("upos").GetDouble());
        Assert.Equal(95.1, json.GetProperty("raw").GetProperty("upos").GetDouble());
        Assert.Equal("tag", json.GetProperty("evaluation").GetString());
    }
}
