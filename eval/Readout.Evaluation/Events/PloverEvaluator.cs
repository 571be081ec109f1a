using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Evaluation.Reporting;
using Readout.Extraction.Events;

namespace Readout.Evaluation.Events;

/// <summary>
/// Scores event types on the PLOVER gold records: a record is right when the event Readout codes for its marked event
/// words (else the sentence's main event) has the gold PLOVER type. Accuracy is over all records, so a sentence with
/// no event coded counts as wrong.
/// </summary>
public static class PloverEvaluator
{
    /// <summary>Scores <paramref name="records"/>; <paramref name="analyse"/> turns a sentence into an analysed document.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<PloverRecord> records, Func<string, Document> analyse, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(analyse);
        var correct = 0;
        var coded = 0;
        var perType = new SortedDictionary<string, (int Gold, int Correct)>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var document = analyse(record.Text);
            var events = document.Get(AnnotationLayers.Events) ?? [];
            var chosen = Choose(events, document.Get(EventCoder.Traces) ?? [], record.EventSpans) ?? MainEvents.Of(document);
            var predicted = chosen?.Plover is { } plover ? plover.Split(':')[0] : null;
            var right = predicted == record.Event;
            correct += right ? 1 : 0;
            coded += chosen is null ? 0 : 1;
            var (gold, hits) = perType.GetValueOrDefault(record.Event);
            perType[record.Event] = (gold + 1, hits + (right ? 1 : 0));
            if (!right)
            {
                errors?.WriteLine($"{record.Id}: gold {record.Event}, coded {predicted ?? "nothing"} ({chosen?.Cameo ?? "-"} {chosen?.Rule ?? string.Empty}): {record.Text}");
            }
        }

        var report = new EvaluationReport("events")
            .Fact("suite", "plover")
            .Metric("accuracy", records.Count == 0 ? 0 : 100.0 * correct / records.Count)
            .Metric("coded", records.Count == 0 ? 0 : 100.0 * coded / records.Count)
            .Fact("records", records.Count)
            .Fact("correct", correct);
        var section = report.Section("types");
        foreach (var (type, (gold, hits)) in perType)
        {
            section.Section(type).Metric("accuracy", 100.0 * hits / gold).Fact("records", gold);
        }

        return report;
    }

    /// <summary>The event triggered by the marked event words, else the one whose evidence covers them, else none.</summary>
    internal static PoliticalEvent? Choose(IReadOnlyList<PoliticalEvent> events, IReadOnlyList<EventTrace> traces, IReadOnlyList<(int Start, int End)> spans)
    {
        for (var i = 0; i < events.Count && i < traces.Count; i++)
        {
            foreach (var (start, end) in spans)
            {
                if (traces[i].TriggerRange.Start < end && start < traces[i].TriggerRange.End && events[i].Plover is not null)
                {
                    return events[i];
                }
            }
        }

        foreach (var item in events)
        {
            foreach (var (start, end) in spans)
            {
                if (item.Evidence.Start < end && start < item.Evidence.End && item.Plover is not null)
                {
                    return item;
                }
            }
        }

        return null;
    }
}
