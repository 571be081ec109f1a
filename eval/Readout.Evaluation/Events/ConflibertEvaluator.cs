using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Evaluation.Reporting;

namespace Readout.Evaluation.Events;

/// <summary>
/// Scores the ConfliBERT CAMEO sentences: the pentacode of the sentence's main event (0 make a statement, 1 verbal and
/// 2 material cooperation, 3 verbal and 4 material conflict; a sentence with no event is a statement), macro-F1 over the
/// five classes; and the main event's source and target spans, exact and by tokens. The main event is the one
/// highest in the parse (<see cref="MainEvents"/>).
/// </summary>
public static class ConflibertEvaluator
{
    /// <summary>Scores the classified sentences and the span sentences.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<ConflibertSentence> sentences, IReadOnlyList<ConflibertSpans> spans, Func<string, Document> analyse, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(analyse);
        var confusion = new int[5, 5];
        foreach (var sentence in sentences)
        {
            var document = analyse(sentence.Text);
            var main = MainEvents.Of(document);
            var predicted = main is null ? 0 : Pentacode(main.Cameo);
            confusion[sentence.Pentacode, predicted]++;
            if (predicted != sentence.Pentacode)
            {
                errors?.WriteLine($"class {sentence.Pentacode}, coded {predicted} ({(main is not null ? main.Cameo + " " + main.Rule : "no event")}): {sentence.Text}");
            }
        }

        var report = new EvaluationReport("events").Fact("suite", "conflibert");
        double macro = 0;
        var classes = report.Section("classes");
        for (var c = 0; c < 5; c++)
        {
            long truePositive = confusion[c, c], system = 0, gold = 0;
            for (var k = 0; k < 5; k++)
            {
                system += confusion[k, c];
                gold += confusion[c, k];
            }

            var counts = new Counts(truePositive, system, gold);
            macro += counts.F1;
            classes.Section(c.ToString(System.Globalization.CultureInfo.InvariantCulture)).Metrics(string.Empty, counts).Fact("gold", gold);
        }

        report.Metric("macro_f1", macro / 5).Fact("sentences", sentences.Count);
        ScoreSpans(report, spans, analyse);
        return report;
    }

    /// <summary>The pentacode of a CAMEO code: 0 statement, 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.</summary>
    internal static int Pentacode(string cameo) =>
        cameo.Length >= 2 && int.TryParse(cameo.AsSpan(0, 2), out var root)
            ? root switch
            {
                1 => 0,
                >= 2 and <= 5 => 1,
                >= 6 and <= 9 => 2,
                >= 10 and <= 14 => 3,
                _ => 4,
            }
            : 0;


    private static void ScoreSpans(EvaluationReport report, IReadOnlyList<ConflibertSpans> spans, Func<string, Document> analyse)
    {
        Counts sourceExact = default, targetExact = default, sourceTokens = default, targetTokens = default;
        foreach (var sentence in spans)
        {
            var starts = new int[sentence.Tokens.Count];
            var offset = 0;
            for (var i = 0; i < starts.Length; i++)
            {
                starts[i] = offset;
                offset += sentence.Tokens[i].Length + 1;
            }

            var text = string.Join(' ', sentence.Tokens);
            var main = MainEvents.Of(analyse(text));
            IReadOnlyList<PoliticalEvent> events = main is null ? [] : [main];
            var goldSources = GoldSpans(sentence, starts, 'S');
            var goldTargets = GoldSpans(sentence, starts, 'T');
            var systemSources = new HashSet<(int, int)>();
            var systemTargets = new HashSet<(int, int)>();
            foreach (var item in events)
            {
                if (item.Source?.Mention is { } source)
                {
                    systemSources.Add((source.Start, source.End));
                }

                if (item.Target?.Mention is { } target)
                {
                    systemTargets.Add((target.Start, target.End));
                }
            }

            sourceExact += Counts.Match(systemSources, goldSources);
            targetExact += Counts.Match(systemTargets, goldTargets);
            sourceTokens += TokenCounts(systemSources, goldSources, starts, sentence.Tokens);
            targetTokens += TokenCounts(systemTargets, goldTargets, starts, sentence.Tokens);
        }

        report.Section("source").Metrics("exact", sourceExact).Metrics("token", sourceTokens);
        report.Section("target").Metrics("exact", targetExact).Metrics("token", targetTokens);
        report.Metric("source_f1", sourceTokens.F1).Metric("target_f1", targetTokens.F1).Fact("span_sentences", spans.Count);
    }

    /// <summary>Character spans of one role's BIO chunks; R (reciprocal participants) counts as source and target.</summary>
    private static List<(int, int)> GoldSpans(ConflibertSpans sentence, int[] starts, char role)
    {
        var found = new List<(int, int)>();
        var first = -1;
        for (var i = 0; i <= sentence.Tags.Count; i++)
        {
            var tag = i < sentence.Tags.Count ? sentence.Tags[i] : "O";
            var matches = tag.Length > 2 && (tag[2] == role || tag[2] == 'R');
            if (first >= 0 && (!matches || tag[0] == 'B'))
            {
                found.Add((starts[first], starts[i - 1] + sentence.Tokens[i - 1].Length));
                first = -1;
            }

            if (matches && (first < 0 || tag[0] == 'B'))
            {
                first = i;
            }
        }

        return found;
    }

    /// <summary>Tokens inside system spans against tokens inside gold spans.</summary>
    private static Counts TokenCounts(HashSet<(int Start, int End)> system, List<(int Start, int End)> gold, int[] starts, IReadOnlyList<string> tokens)
    {
        long correct = 0, inSystem = 0, inGold = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            var (start, end) = (starts[i], starts[i] + tokens[i].Length);
            var s = false;
            var g = false;
            foreach (var span in system)
            {
                s |= span.Start < end && start < span.End;
            }

            foreach (var span in gold)
            {
                g |= span.Start < end && start < span.End;
            }

            inSystem += s ? 1 : 0;
            inGold += g ? 1 : 0;
            correct += s && g ? 1 : 0;
        }

        return new Counts(correct, inSystem, inGold);
    }
}
