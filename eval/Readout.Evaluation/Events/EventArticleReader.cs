using System.Globalization;
using System.Text.Json;
using Readout.Core.Errors;

namespace Readout.Evaluation.Events;

/// <summary>
/// Reads worked-example articles whose expected-results JSON lists <c>events</c> (source, target, cameo, also,
/// evidence) and <c>entities</c> (type, actor, mention strings), like the canonical Raisi–Mekdad readout.
/// </summary>
public static class EventArticleReader
{
    /// <summary>Every <c>*.json</c> in <paramref name="directory"/> that names an article beside it and lists events.</summary>
    public static List<EventArticle> Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no such directory");
        }

        var articles = new List<EventArticle>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            if (!root.TryGetProperty("article", out var articleName) || !root.TryGetProperty("events", out var events))
            {
                continue;
            }

            var path = Path.Combine(directory, articleName.GetString()!);
            if (!File.Exists(path))
            {
                throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{file}: article '{path}' is missing");
            }

            DateOnly? published = root.TryGetProperty("published", out var date) && date.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            articles.Add(new EventArticle(Path.GetFileName(path), File.ReadAllText(path), published, ReadEvents(file, events), ReadEntities(root)));
        }

        return articles.Count > 0 ? articles : throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no expected-results JSON with events");
    }

    private static List<ExpectedEvent> ReadEvents(string file, JsonElement events)
    {
        var expected = new List<ExpectedEvent>();
        foreach (var item in events.EnumerateArray())
        {
            if (!item.TryGetProperty("source", out var source) || !item.TryGetProperty("target", out var target) || !item.TryGetProperty("cameo", out var cameo))
            {
                throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{file}: an event without source, target or cameo");
            }

            var codes = new List<string> { cameo.GetString()! };
            if (item.TryGetProperty("also", out var also))
            {
                foreach (var code in also.EnumerateArray())
                {
                    codes.Add(code.GetString()!);
                }
            }

            expected.Add(new ExpectedEvent(source.GetString()!, target.GetString()!, codes, item.TryGetProperty("evidence", out var evidence) ? evidence.GetString()! : string.Empty));
        }

        return expected;
    }

    /// <summary>The entities of one expected-results JSON file, in the worked-example format.</summary>
    public static List<GoldEntity> ReadEntities(string file)
    {
        if (!File.Exists(file))
        {
            throw new ReadoutException(ErrorCodes.InputNotFound, $"{file}: no such file");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return ReadEntities(json.RootElement);
    }

    private static List<GoldEntity> ReadEntities(JsonElement root)
    {
        var entities = new List<GoldEntity>();
        if (!root.TryGetProperty("entities", out var items))
        {
            return entities;
        }

        foreach (var item in items.EnumerateArray())
        {
            var mentions = new List<string>();
            if (item.TryGetProperty("mentions", out var strings))
            {
                foreach (var mention in strings.EnumerateArray())
                {
                    mentions.Add(mention.GetString()!);
                }
            }

            entities.Add(new GoldEntity(
                item.GetProperty("name").GetString()!,
                item.TryGetProperty("type", out var type) ? type.GetString()! : "ORG",
                item.TryGetProperty("actor", out var actor) && actor.ValueKind == JsonValueKind.String ? actor.GetString() : null,
                mentions));
        }

        return entities;
    }
}
