using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Evaluation.Reporting;
using Readout.Extraction.Events;
using Readout.Extraction.Events.Dictionaries;

namespace Readout.Evaluation.Events;

/// <summary>
/// Runs a PETRARCH validation suite with its own dictionaries and scores it the way PETRARCH's validation script does:
/// a coded event is correct when its code, source and target all equal an expected coding's; found = correct /
/// (correct + uncoded), extra = extra codings per record. The root figures accept a code at the right two-digit root.
/// </summary>
public static class PetrarchSuiteEvaluator
{
    /// <summary>Scores <paramref name="suite"/>; <paramref name="parse"/> turns a record into a parsed document, or null to skip it.</summary>
    /// <remarks>
    /// The functional suites (petrarch2, upetrarch) expect "make a statement" events, so they are kept there; the GSR's
    /// real news sentences were coded without them.
    /// </remarks>
    public static EvaluationReport Evaluate(string name, PetrarchSuite suite, EventDictionary dictionary, Func<PetrarchRecord, Document?> parse, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(parse);
        var coder = new EventCoder(new EventCoderOptions { Dictionary = dictionary, SpeechActs = false, PetrarchStatements = name != "gsr" });
        var exact = new SuiteTally();
        var root = new SuiteTally();
        var categories = new SortedDictionary<string, SuiteTally>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var record in suite.Records)
        {
            if (!record.Evaluate || !suite.Include.Contains(record.Category) || !IsScorable(record))
            {
                continue;
            }

            if (parse(record) is not { } document)
            {
                skipped++;
                continue;
            }

            document.Published = record.Date;
            coder.Process(document);
            var coded = document.Get(AnnotationLayers.Events) ?? [];
            var (correct, uncoded, extra) = Score(record, coded, rootOnly: false);
            exact.Add(correct, uncoded, extra);
            var (rootCorrect, rootUncoded, rootExtra) = Score(record, coded, rootOnly: true);
            root.Add(rootCorrect, rootUncoded, rootExtra);
            if (!categories.TryGetValue(record.Category, out var tally))
            {
                categories[record.Category] = tally = new SuiteTally();
            }

            tally.Add(correct, uncoded, extra);
            if (errors is not null && (uncoded > 0 || extra > 0))
            {
                errors.WriteLine($"{record.Id}: {record.Text}");
                errors.WriteLine($"  expected: {(record.Expected.Count == 0 ? "no events" : string.Join("; ", record.Expected.Select(e => $"{e.Code} {e.Source}->{e.Target}")))}");
                errors.WriteLine($"  coded:    {(coded.Count == 0 ? "no events" : string.Join("; ", coded.Select(e => $"{e.Cameo} {e.Source?.Code}->{e.Target?.Code} [{e.Rule}]")))}");
            }
        }

        if (exact.Records == 0)
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{suite.Path}: no record could be scored");
        }

        var report = new EvaluationReport("events")
            .Fact("suite", name)
            .Metric("found", exact.Found)
            .Metric("extra", exact.ExtraPercent)
            .Metric("found_root", root.Found)
            .Metric("extra_root", root.ExtraPercent)
            .Fact("records", exact.Records)
            .Fact("correct", exact.Correct)
            .Fact("uncoded", exact.Uncoded)
            .Fact("extra_codings", exact.Extra)
            .Fact("skipped", skipped);
        var section = report.Section("categories");
        foreach (var (category, tally) in categories)
        {
            section.Section(category).Metric("found", tally.Found).Metric("extra", tally.ExtraPercent).Fact("records", tally.Records);
        }

        return report;
    }

    private static bool IsScorable(PetrarchRecord record) =>
        record.IsScorable || record.ExpectedError is "storydiscard" or "sentencediscard";

    /// <summary>Correct, uncoded and extra codings of one record, as PETRARCH's validation script counts them.</summary>
    private static (int Correct, int Uncoded, int Extra) Score(PetrarchRecord record, IReadOnlyList<PoliticalEvent> coded, bool rootOnly)
    {
        if (record.Expected.Count == 0)
        {
            // "No events" is one coding, found when nothing is coded.
            return coded.Count == 0 ? (1, 0, 0) : (0, 1, coded.Count);
        }

        var correct = 0;
        foreach (var item in coded)
        {
            foreach (var expected in record.Expected)
            {
                if (Matches(item, expected, rootOnly))
                {
                    correct++;
                    break;
                }
            }
        }

        return (correct, Math.Max(0, record.Expected.Count - correct), coded.Count - correct);
    }

    private static bool Matches(PoliticalEvent item, ExpectedCoding expected, bool rootOnly)
    {
        var codeMatches = rootOnly
            ? item.Cameo.Length >= 2 && expected.Code.Length >= 2 && string.Equals(item.Cameo[..2], expected.Code[..2], StringComparison.OrdinalIgnoreCase)
            : string.Equals(item.Cameo, expected.Code, StringComparison.OrdinalIgnoreCase);
        return codeMatches
            && string.Equals(item.Source?.Code ?? "---", expected.Source, StringComparison.OrdinalIgnoreCase)
            && string.Equals(item.Target?.Code ?? "---", expected.Target, StringComparison.OrdinalIgnoreCase);
    }
}
