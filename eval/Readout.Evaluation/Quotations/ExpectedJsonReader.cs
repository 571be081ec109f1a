using System.Globalization;
using System.Text.Json;
using Readout.Core.Errors;

namespace Readout.Evaluation.Quotations;

/// <summary>
/// Reads articles paired with an expected-results JSON in the worked-example format (an <c>article</c> file name,
/// <c>published</c>, and <c>quotes</c> with speaker, speaker_mention, cue, kind, content and optional offsets).
/// Used for the canonical example article and for the news gold set we write ourselves (eval/gold/quotes).
/// </summary>
public static class ExpectedJsonReader
{
    /// <summary>Every <c>*.json</c> in <paramref name="directory"/> that names an article beside it.</summary>
    public static List<GoldArticle> Read(string directory)
    {
        var articles = new List<GoldArticle>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            if (!root.TryGetProperty("article", out var articleName) || !root.TryGetProperty("quotes", out var quotes))
            {
                continue;
            }

            var path = Path.Combine(directory, articleName.GetString()!);
            if (!File.Exists(path))
            {
                throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{file}: article '{path}' is missing");
            }

            var text = File.ReadAllText(path);
            DateOnly? published = root.TryGetProperty("published", out var date) && date.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            var gold = new List<GoldQuotation>();
            foreach (var quote in quotes.EnumerateArray())
            {
                var content = quote.GetProperty("content").GetString()!;
                int start;
                if (quote.TryGetProperty("content_start", out var offset))
                {
                    start = offset.GetInt32();
                }
                else
                {
                    start = text.IndexOf(content, StringComparison.Ordinal);
                    if (start < 0)
                    {
                        throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{file}: content not found in the article: {content}");
                    }
                }

                gold.Add(new GoldQuotation(
                    start,
                    start + content.Length,
                    quote.TryGetProperty("speaker", out var speaker) ? speaker.GetString() : null,
                    quote.TryGetProperty("kind", out var kind) ? kind.GetString() : null,
                    quote.TryGetProperty("cue", out var cue) ? cue.GetString() : null));
            }

            articles.Add(new GoldArticle(Path.GetFileName(path), text, published, gold));
        }

        return articles.Count > 0 ? articles : throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{directory}: no expected-results JSON with quotes");
    }
}
