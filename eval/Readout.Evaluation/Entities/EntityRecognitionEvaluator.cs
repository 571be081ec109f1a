using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Evaluation.Reporting;

namespace Readout.Evaluation.Entities;

/// <summary>
/// Scores named-entity recognition CoNLL-style: a name counts when its span and type are exactly the gold ones, on
/// gold tokens and sentences; Readout's types are mapped to the corpus's scheme (PERSON → PER, GPE and LOC → LOC).
/// </summary>
public static class EntityRecognitionEvaluator
{
    /// <summary>Scores <paramref name="components"/> (run in order over each document's gold tokens) on a split of the corpus in <paramref name="directory"/>.</summary>
    /// <param name="directory">A UNER (or WNUT17) folder.</param>
    /// <param name="split">test, dev or train.</param>
    /// <param name="components">The stages to run: a tagger and the recognizer, at least.</param>
    /// <param name="errors">When given, receives one line per missed or extra name.</param>
    public static EvaluationReport Evaluate(string directory, string split, IReadOnlyList<IComponent> components, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(components);
        var file = EntityCorpus.FileOf(directory, split);
        var corpus = IobCorpus.Read(file, type => EntityCorpus.ToReadoutType(type) is { } ours ? EntityCorpus.ToCorpusType(ours) : null);
        var system = new List<LabelledSpan>();
        var documents = EntityCorpus.Documents(corpus, Path.GetFileName(file));
        foreach (var (example, offset) in documents)
        {
            var document = example.Document;
            foreach (var component in components)
            {
                component.Process(document);
            }

            var layer = document.GetSpans(LayerNames.EntityMentions);
            if (layer is null)
            {
                continue;
            }

            foreach (var span in layer)
            {
                if (span.Label is { } label && EntityCorpus.ToCorpusType(label) is { } type)
                {
                    system.Add(new LabelledSpan(span.Start + offset, span.End + offset, type));
                }
            }
        }

        var report = new EvaluationReport("ner")
            .Fact("data", directory)
            .Fact("file", Path.GetFileName(file))
            .Fact("documents", documents.Count)
            .Fact("sentences", corpus.Sentences.Count);
        var overall = Counts.Match(system, corpus.Spans);
        report.Metric("f1", overall.F1).Metric("precision", overall.Precision).Metric("recall", overall.Recall);
        foreach (var type in corpus.Spans.Select(s => s.Type).Concat(system.Select(s => s.Type)).Distinct().Order(StringComparer.Ordinal))
        {
            var counts = Counts.Match(system.Where(s => s.Type == type).ToList(), corpus.Spans.Where(s => s.Type == type).ToList());
            report.Section(type.ToLowerInvariant())
                .Metric("f1", counts.F1).Metric("precision", counts.Precision).Metric("recall", counts.Recall)
                .Fact("gold", counts.Gold).Fact("system", counts.System);
        }

        report.Fact("gold_names", overall.Gold).Fact("system_names", overall.System);
        if (errors is not null)
        {
            WriteErrors(corpus, system, errors);
        }

        return report;
    }

    private static void WriteErrors(IobCorpus corpus, List<LabelledSpan> system, TextWriter errors)
    {
        var gold = corpus.Spans.ToHashSet();
        var found = system.ToHashSet();
        foreach (var span in corpus.Spans.Where(s => !found.Contains(s)))
        {
            errors.WriteLine($"missed {span.Type} «{corpus.Text[span.Start..span.End]}» in: {Context(corpus.Text, span)}");
        }

        foreach (var span in system.Where(s => !gold.Contains(s)))
        {
            errors.WriteLine($"extra  {span.Type} «{corpus.Text[span.Start..span.End]}» in: {Context(corpus.Text, span)}");
        }
    }

    private static string Context(string text, LabelledSpan span)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        var end = text.IndexOf('\n', span.End);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
