using System.Text.Json;
using System.Text.RegularExpressions;
using Readout.Core.Errors;

namespace Readout.Evaluation.Events;

/// <summary>
/// Reads the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt). They were coded against PLOVER 0.5/0.6, whose
/// DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are today's REQUEST, ACCUSE, ACCUSE (investigate) and ASSAULT.
/// </summary>
public static partial class PloverGoldReader
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST",
        ["DISAPPROVE"] = "ACCUSE",
        ["INVESTIGATE"] = "ACCUSE",
        ["FIGHT"] = "ASSAULT",
    };

    /// <summary>The file's event records (its DOCUMENT record left out).</summary>
    /// <exception cref="ReadoutException">RO3001 when the file is missing, RO3002 when it is not the expected JSON.</exception>
    public static List<PloverRecord> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{path}: no PLOVER gold-standard file (is ../shared/data present?)");
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var records = new List<PloverRecord>();
            foreach (var item in json.RootElement.EnumerateArray())
            {
                var type = item.GetProperty("event").GetString() ?? string.Empty;
                if (type == "DOCUMENT" || !item.TryGetProperty("text", out var textElement))
                {
                    continue;
                }

                var text = textElement.GetString() ?? string.Empty;
                var spans = new List<(int, int)>();
                // The markup is an object with "markup" in all records but one, where it is the string itself.
                var markup = !item.TryGetProperty("textInfo", out var info) ? null
                    : info.ValueKind == JsonValueKind.String ? info.GetString()
                    : info.TryGetProperty("markup", out var inner) ? inner.GetString() : null;
                if (markup is not null)
                {
                    foreach (Match match in EventMarkup().Matches(markup))
                    {
                        var words = match.Groups[1].Value.Trim();
                        var at = text.IndexOf(words, StringComparison.Ordinal);
                        if (at >= 0)
                        {
                            spans.Add((at, at + words.Length));
                        }
                    }
                }

                records.Add(new PloverRecord(item.GetProperty("id").GetString() ?? string.Empty, text, Renamed.GetValueOrDefault(type, type), spans));
            }

            return records;
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{path}: {error.Message}", error);
        }
    }

    [GeneratedRegex(@"\(EVT:\s*([^)]*)\)")]
    private static partial Regex EventMarkup();
}
