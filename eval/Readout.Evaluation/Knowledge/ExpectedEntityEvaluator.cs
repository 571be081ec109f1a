using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Core.Processing;
using Readout.Evaluation.Reporting;

namespace Readout.Evaluation.Knowledge;

/// <summary>
/// Scores the entity layer against the <c>entities</c> of expected-results JSON files (the seed): whether each expected
/// entity is found, with its type, actor code and country on the article's date, and whether all its mentions (names,
/// titles, pronouns) came out as one entity.
/// </summary>
/// <remarks>
/// An expected entity is matched to the system entity with mentions over the most of its written (non-pronoun)
/// mentions; a system mention counts when it overlaps an occurrence of the written mention. "One entity" asks that
/// every written mention found in the text is a mention of that entity, and, when a pronoun is expected, that it has a
/// pronoun of that form.
/// </remarks>
public static class ExpectedEntityEvaluator
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "i",
    };

    /// <summary>Runs <paramref name="pipeline"/> on every article named in <paramref name="directory"/>'s expected-results JSON and scores its entities.</summary>
    /// <param name="directory">A folder with expected-results JSON and the articles they name.</param>
    /// <param name="pipeline">A pipeline that produces the entity layer.</param>
    /// <param name="details">Receives one line per expected entity, or null.</param>
    /// <param name="defaultDate">The publication date for articles whose JSON gives none (roles are then read on it), or null.</param>
    public static EvaluationReport Evaluate(string directory, Pipeline pipeline, DateOnly? defaultDate, TextWriter? details = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var expected = KnowledgeCoverage.Read(directory);
        int found = 0, typeRight = 0, withActor = 0, actorRight = 0, countryRight = 0, whole = 0, articles = 0;
        foreach (var article in expected.GroupBy(e => e.Article))
        {
            var path = Path.Combine(directory, article.Key);
            if (!File.Exists(path))
            {
                throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: article '{article.Key}' is missing");
            }

            var text = File.ReadAllText(path);
            var document = new Document(text, article.Key) { Published = article.First().Published ?? defaultDate };
            pipeline.Process(document);
            var entities = document.Get(AnnotationLayers.Entities) ?? [];
            articles++;
            foreach (var entity in article)
            {
                var written = entity.Mentions.Where(m => !IsPronoun(m)).Distinct(StringComparer.Ordinal).Select(m => (Mention: m, Occurrences: Occurrences(text, m))).ToList();
                // Most written mentions first, then most characters covered: "Syrian" in "Syrian President Bashar al-Assad" is Syria's.
                Entity? best = null;
                (int Count, int Characters) bestScore = (0, 0);
                foreach (var candidate in entities)
                {
                    var score = (written.Count(w => w.Occurrences.Any(o => Overlap(candidate, o) > 0)), written.Sum(w => w.Occurrences.Sum(o => Overlap(candidate, o))));
                    if (score.Item1 > bestScore.Count || (score.Item1 == bestScore.Count && score.Item2 > bestScore.Characters))
                    {
                        best = candidate;
                        bestScore = score;
                    }
                }

                var hasActor = entity.Actor is not null;
                withActor += hasActor ? 1 : 0;
                if (best is null)
                {
                    details?.WriteLine($"{article.Key}: {entity.Name}: not found");
                    continue;
                }

                found++;
                typeRight += best.Type == entity.Type ? 1 : 0;
                var code = best.Actor?.Code;
                actorRight += hasActor && code == entity.Actor ? 1 : 0;
                countryRight += hasActor && code is not null && CountryOf(code) == CountryOf(entity.Actor) ? 1 : 0;
                var allWritten = written.Where(w => w.Occurrences.Count > 0).All(w => w.Occurrences.Any(o => Overlap(best, o) > 0));
                var pronounsIn = entity.Mentions.Where(IsPronoun).All(p => best.Mentions.Any(m => m.Kind == MentionKind.Pronoun && string.Equals(m.Range.Of(text), p, StringComparison.OrdinalIgnoreCase)));
                whole += allWritten && pronounsIn ? 1 : 0;
                details?.WriteLine($"{article.Key}: {entity.Name} ({entity.Type}, {entity.Actor ?? "no actor"}): {best.Name} ({best.Type}, {code ?? "no actor"}, kb {best.KnowledgeBaseId ?? "none"}), "
                    + $"{best.Mentions.Count} mentions: {string.Join(" | ", best.Mentions.Select(m => m.Range.Of(text)).Distinct(StringComparer.Ordinal))}"
                    + (allWritten ? string.Empty : " [a written mention elsewhere]") + (pronounsIn ? string.Empty : " [an expected pronoun elsewhere]"));
            }
        }

        var report = new EvaluationReport("entities");
        report.Metric("found", Percent(found, expected.Count));
        report.Metric("type_accuracy", Percent(typeRight, expected.Count));
        report.Metric("actor_accuracy", Percent(actorRight, withActor));
        report.Metric("country_accuracy", Percent(countryRight, withActor));
        report.Metric("one_entity", Percent(whole, expected.Count));
        report.Fact("articles", articles);
        report.Fact("expected_entities", expected.Count);
        report.Fact("found_entities", found);
        report.Fact("data", directory);
        return report;
    }

    /// <summary>True for a pronoun as written ("he"), not an abbreviation spelled like one ("US").</summary>
    private static bool IsPronoun(string mention) => Pronouns.Contains(mention) && !(mention.Length > 1 && mention.All(char.IsUpper));

    /// <summary>The most characters of <paramref name="occurrence"/> one of the entity's mentions covers.</summary>
    private static int Overlap(Entity entity, (int Start, int End) occurrence)
    {
        var most = 0;
        foreach (var mention in entity.Mentions)
        {
            most = Math.Max(most, Math.Min(mention.Range.End, occurrence.End) - Math.Max(mention.Range.Start, occurrence.Start));
        }

        return most;
    }

    /// <summary>Where a mention is written as whole words.</summary>
    private static List<(int Start, int End)> Occurrences(string text, string mention)
    {
        var found = new List<(int, int)>();
        for (var at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mention, at + 1, StringComparison.Ordinal))
        {
            var end = at + mention.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                found.Add((at, end));
            }
        }

        return found;
    }

    /// <summary>The country part of a code (IRNGOV → IRN); organisations and groups are their own "country" (IGOUNO, IMG…).</summary>
    private static string? CountryOf(string? code) => code switch
    {
        null or { Length: < 3 } => null,
        _ when code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal) || code.StartsWith("IMG", StringComparison.Ordinal) => code,
        _ => code[..3],
    };

    private static double Percent(int part, int whole) => whole == 0 ? 100 : 100.0 * part / whole;
}
