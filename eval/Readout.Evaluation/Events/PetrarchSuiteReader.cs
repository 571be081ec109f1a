using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Readout.Core.Errors;

namespace Readout.Evaluation.Events;

/// <summary>
/// Reads PETRARCH validation files (the PETRARCH-2 unit tests, the UD-PETRARCH validation records, the PETR-2 GSR):
/// not well-formed XML, so read the way PETRARCH's own validation script reads them, record by record.
/// </summary>
public static partial class PetrarchSuiteReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.EvaluationDataMissing"/> or <see cref="ErrorCodes.EvaluationDataMalformed"/>.</exception>
    public static PetrarchSuite Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{path}: no such validation file (is ../shared/data present?)");
        }

        var text = Comment().Replace(File.ReadAllText(path), string.Empty);
        var environment = Between(text, "<Environment>", "</Environment>")
            ?? throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{path}: no <Environment> block");
        var verbs = Tag(environment, "Verbfile") ?? throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{path}: no <Verbfile>");
        var include = (Tag(environment, "Include") ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(c => c != "valid").ToList();
        var records = new List<PetrarchRecord>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("<Stop", StringComparison.Ordinal))
            {
                break;
            }

            if (!lines[i].StartsWith("<Sentence ", StringComparison.Ordinal))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Length && !lines[end].StartsWith("<Sentence ", StringComparison.Ordinal) && !lines[end].StartsWith("</Sentences>", StringComparison.Ordinal)
                && !lines[end].StartsWith("<Stop", StringComparison.Ordinal))
            {
                end++;
            }

            records.Add(ReadRecord(path, lines[i], string.Join('\n', lines, i + 1, end - i - 1)));
            i = end - 1;
        }

        return new PetrarchSuite(path, verbs, List(Tag(environment, "Actorfile")), List(Tag(environment, "Agentfile")),
            Tag(environment, "Discardfile"), Tag(environment, "PICOfile"), include, records);
    }

    private static PetrarchRecord ReadRecord(string path, string header, string body)
    {
        var attributes = Attributes(header);
        var id = attributes.GetValueOrDefault("id") ?? throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{path}: a <Sentence> without an id");
        var date = DateOnly.TryParseExact(attributes.GetValueOrDefault("date") ?? string.Empty, ["yyyyMMdd", "yyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{path}: record {id} has no yyyyMMdd date");
        var expected = new List<ExpectedCoding>();
        var noEvents = false;
        string? error = null;
        foreach (Match coding in EventCoding().Matches(body))
        {
            var fields = Attributes(coding.Value);
            if (fields.GetValueOrDefault("noevents")?.Equals("True", StringComparison.OrdinalIgnoreCase) == true)
            {
                noEvents = true;
            }
            else if (fields.GetValueOrDefault("error") is { } expectedError)
            {
                error = expectedError;
            }
            else if (fields.TryGetValue("eventcode", out var code))
            {
                expected.Add(new ExpectedCoding(code, Actor(fields.GetValueOrDefault("sourcecode")), Actor(fields.GetValueOrDefault("targetcode"))));
            }
        }

        var sentence = WebUtility.HtmlDecode(Between(body, "<Text>", "</Text>") ?? string.Empty);
        var parse = Between(body, "<Parse>", "</Parse>") ?? string.Empty;
        var parseLines = parse.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Trim().Length > 0);
        return new PetrarchRecord
        {
            Id = id,
            Category = attributes.GetValueOrDefault("category") ?? string.Empty,
            Date = date,
            Evaluate = !string.Equals(attributes.GetValueOrDefault("evaluate"), "false", StringComparison.OrdinalIgnoreCase),
            Text = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            Parse = string.Join('\n', parseLines).Trim(),
            Expected = expected,
            ExpectsNoEvents = noEvents && expected.Count == 0,
            ExpectedError = error,
        };
    }

    private static string Actor(string? code) => string.IsNullOrEmpty(code) || code == "~" ? "---" : WebUtility.HtmlDecode(code).Replace("~", "---", StringComparison.Ordinal);

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in Attribute().Matches(text))
        {
            attributes[match.Groups[1].Value] = match.Groups[2].Value;
        }

        return attributes;
    }

    private static string? Between(string text, string open, string close)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += open.Length;
        var end = text.IndexOf(close, start, StringComparison.Ordinal);
        return end < 0 ? null : text[start..end];
    }

    private static string? Tag(string text, string name) => Between(text, $"<{name}>", $"</{name}>")?.Trim();

    private static List<string> List(string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("<EventCoding[^>]*>")]
    private static partial Regex EventCoding();

    [GeneratedRegex("(\\w+)\\s*=\\s*\"([^\"]*)\"")]
    private static partial Regex Attribute();
}
