using System.Globalization;
using System.Text.Json;
using Readout.Core.Errors;
using Readout.Evaluation.Reporting;
using Readout.Knowledge;

namespace Readout.Evaluation.Knowledge;

/// <summary>
/// How much of the entities named in expected-results JSON files (the seed's <c>entities</c>) the knowledge base knows
/// on its own: each non-pronoun mention is looked up on the article's date and its best candidate's actor code and
/// country are compared with the expected actor. No NER, coreference or context: a floor for the linker.
/// </summary>
public static class KnowledgeCoverage
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "i",
    };

    /// <summary>Scores <paramref name="knowledge"/> against every expected-results JSON in <paramref name="directory"/>.</summary>
    /// <param name="directory">A folder of expected-results JSON files with <c>entities</c>.</param>
    /// <param name="knowledge">The knowledge base.</param>
    /// <param name="defaultDate">The date for articles whose JSON gives no publication date.</param>
    /// <param name="details">Receives one line per mention, or null.</param>
    public static EvaluationReport Evaluate(string directory, KnowledgeBase knowledge, DateOnly defaultDate, TextWriter? details = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var entities = Read(directory);
        int mentions = 0, resolved = 0, actorExact = 0, countryRight = 0, withActor = 0, entitiesExact = 0, entitiesCountry = 0, entitiesLinked = 0;
        foreach (var entity in entities)
        {
            if (entity.Actor is null)
            {
                continue;
            }

            withActor++;
            bool exact = false, country = false, linked = false;
            foreach (var mention in entity.Mentions.Where(m => !Pronouns.Contains(m)).Distinct(StringComparer.Ordinal))
            {
                mentions++;
                var best = knowledge.Lookup(mention, entity.Published ?? defaultDate).Best;
                var code = best?.ActorCode;
                var mentionExact = code == entity.Actor;
                var mentionCountry = best is not null && CountryOf(code) == CountryOf(entity.Actor);
                resolved += best is null ? 0 : 1;
                actorExact += mentionExact ? 1 : 0;
                countryRight += mentionCountry ? 1 : 0;
                exact |= mentionExact;
                country |= mentionCountry;
                linked |= best?.Entry is not null && mentionCountry;
                details?.WriteLine($"{entity.Article}: {entity.Name} / \"{mention}\": expected {entity.Actor}, got {code ?? "nothing"}"
                    + (best?.Entry is { } entry ? $" ({entry.Name}, {entry.Id})" : string.Empty));
            }

            entitiesExact += exact ? 1 : 0;
            entitiesCountry += country ? 1 : 0;
            entitiesLinked += linked ? 1 : 0;
        }

        var report = new EvaluationReport("kb");
        report.Metric("entity_actor_accuracy", Percent(entitiesExact, withActor));
        report.Metric("entity_country_accuracy", Percent(entitiesCountry, withActor));
        report.Metric("entity_linked", Percent(entitiesLinked, withActor));
        report.Metric("mention_actor_accuracy", Percent(actorExact, mentions));
        report.Metric("mention_country_accuracy", Percent(countryRight, mentions));
        report.Metric("mention_coverage", Percent(resolved, mentions));
        report.Fact("entities", entities.Count);
        report.Fact("entities_with_actor", withActor);
        report.Fact("mentions", mentions);
        report.Fact("data", directory);
        return report;
    }

    /// <summary>The entities of every expected-results JSON in a folder.</summary>
    public static List<ExpectedEntity> Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no such folder");
        }

        var entities = new List<ExpectedEntity>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var root = json.RootElement;
                if (!root.TryGetProperty("entities", out var list))
                {
                    continue;
                }

                var article = root.TryGetProperty("article", out var name) ? name.GetString() ?? file : file;
                DateOnly? published = root.TryGetProperty("published", out var date) && date.ValueKind == JsonValueKind.String
                    ? DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : null;
                foreach (var entity in list.EnumerateArray())
                {
                    entities.Add(new ExpectedEntity(
                        article,
                        entity.GetProperty("name").GetString()!,
                        entity.GetProperty("type").GetString()!,
                        entity.TryGetProperty("actor", out var actor) && actor.ValueKind == JsonValueKind.String ? actor.GetString() : null,
                        [.. entity.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!)],
                        published));
                }
            }
            catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{file}: {error.Message}", error);
            }
        }

        return entities.Count > 0 ? entities : throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no expected-results JSON with entities");
    }

    /// <summary>The country part of a code: IRNGOV → IRN; organisations and groups are their own "country" (IGOUNO, IMG).</summary>
    private static string? CountryOf(string? code) => code switch
    {
        null or { Length: < 3 } => null,
        _ when code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal) => code.Length >= 6 ? code[..6] : code,
        _ when code.StartsWith("IMG", StringComparison.Ordinal) => code,
        _ => code[..3],
    };

    private static double Percent(int part, int whole) => whole == 0 ? 100 : 100.0 * part / whole;
}
