using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Evaluation.Reporting;

namespace Readout.Evaluation.Events;

/// <summary>
/// Scores the events of worked-example articles. An expected event is found when a coded fact (not negated, not
/// hypothetical) has its CAMEO root (or the root of a code it lists as also defensible) and its source and target
/// countries; exact when the code and both full actor codes match too. A coded fact that matches no expected event is
/// extra; one that repeats an expected event already found (the same dyad and root in another sentence) is counted apart.
/// </summary>
public static class ArticleEventEvaluator
{
    /// <summary>Scores <paramref name="articles"/>; <paramref name="analyse"/> turns one into an analysed document.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<EventArticle> articles, Func<EventArticle, Document> analyse, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(analyse);
        int expectedCount = 0, found = 0, exact = 0, extra = 0, repeats = 0, coded = 0, marked = 0;
        foreach (var article in articles)
        {
            var document = analyse(article);
            var events = document.Get(AnnotationLayers.Events) ?? [];
            var matchedBy = new PoliticalEvent?[article.Events.Count];
            var used = new bool[events.Count];
            for (var e = 0; e < article.Events.Count; e++)
            {
                // Prefer an exact coding of the expected event over one that only shares its root.
                for (var pass = 0; pass < 2 && matchedBy[e] is null; pass++)
                {
                    for (var v = 0; v < events.Count; v++)
                    {
                        if (!used[v] && !events[v].Negated && Matches(article.Events[e], events[v], exactly: pass == 0))
                        {
                            matchedBy[e] = events[v];
                            used[v] = true;
                            break;
                        }
                    }
                }
            }

            expectedCount += article.Events.Count;
            for (var e = 0; e < article.Events.Count; e++)
            {
                var expected = article.Events[e];
                if (matchedBy[e] is { } match)
                {
                    found++;
                    exact += Matches(expected, match, exactly: true) ? 1 : 0;
                }
                else
                {
                    errors?.WriteLine($"{article.Name}: missed {expected.Source} {expected.Codes[0]} {expected.Target}: {expected.Evidence}");
                }
            }

            for (var v = 0; v < events.Count; v++)
            {
                var item = events[v];
                if (item.Negated)
                {
                    marked++;
                    continue;
                }

                coded++;
                if (used[v])
                {
                    continue;
                }

                if (article.Events.Any(expected => Matches(expected, item, exactly: false)))
                {
                    repeats++;
                    continue;
                }

                extra++;
                errors?.WriteLine($"{article.Name}: extra {item.Source?.Code ?? "-"} {item.Cameo} {item.Target?.Code ?? "-"} ({item.Rule}): {document.Text[item.Evidence.Start..item.Evidence.End]}");
            }
        }

        return new EvaluationReport("events")
            .Fact("suite", "seed")
            .Metric("found", expectedCount == 0 ? 0 : 100.0 * found / expectedCount)
            .Metric("exact", expectedCount == 0 ? 0 : 100.0 * exact / expectedCount)
            .Metric("extra", extra)
            .Fact("articles", articles.Count)
            .Fact("expected", expectedCount)
            .Fact("found_events", found)
            .Fact("exact_events", exact)
            .Fact("coded", coded)
            .Fact("repeats", repeats)
            .Fact("negated_or_hypothetical", marked);
    }

    /// <summary>Root and countries agree; <paramref name="exactly"/> asks for the full code and actor codes as well.</summary>
    internal static bool Matches(ExpectedEvent expected, PoliticalEvent coded, bool exactly)
    {
        var source = coded.Source?.Code;
        var target = coded.Target?.Code;
        if (source is null || target is null || !SameCountry(expected.Source, source) || !SameCountry(expected.Target, target))
        {
            return false;
        }

        if (exactly)
        {
            return source == expected.Source && target == expected.Target && expected.Codes.Contains(coded.Cameo, StringComparer.Ordinal);
        }

        foreach (var code in expected.Codes)
        {
            if (code.Length >= 2 && coded.Cameo.StartsWith(code.AsSpan(0, 2), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameCountry(string expected, string coded) =>
        expected.Length >= 3 && coded.Length >= 3 && expected.AsSpan(0, 3).SequenceEqual(coded.AsSpan(0, 3));
}
