using System.Globalization;

namespace Readout.Knowledge.Building.Sources;

/// <summary>
/// Reads a Phoenix/PETRARCH actor dictionary (MIT). A line in column 1 is a primary phrase (words joined by "_"),
/// "+" lines are synonyms, tab-indented lines hold codes, optionally dated (<c>[IRNGOV 20050803-20130803]</c>,
/// <c>[IGOUNO &gt;070201]</c>, <c>[USRARM &lt;900823]</c>; dates YYMMDD or YYYYMMDD, YY ≤ 30 meaning 20YY).
/// </summary>
/// <remarks>
/// As PETRARCH reads them, consecutive primaries with no code yet share the codes that follow, and a primary after a
/// code line starts a new entry. Malformed dates are skipped and counted.
/// </remarks>
internal static class PhoenixActorReader
{
    public static List<PhoenixActor> Read(string path, out int skippedCodes)
    {
        var actors = new List<PhoenixActor>();
        PhoenixActor? current = null;
        var skipped = 0;
        var number = 0;
        var closed = false;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (raw.Length == 0 || raw[0] == '#' || raw.StartsWith("<!", StringComparison.Ordinal) || raw.Contains("---STOP---", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = hash >= 0 ? raw[..hash] : raw;
            var comment = hash >= 0 ? raw[(hash + 1)..].Trim() : string.Empty;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line[0] is '\t' or ' ')
            {
                if (current is not null)
                {
                    skipped += ParseCodes(line, current.Codes);
                    closed = true;
                }

                continue;
            }

            if (line[0] == '+')
            {
                // A synonym line may carry a second "+synonym" on the same line.
                foreach (var part in line.Split('+', StringSplitOptions.RemoveEmptyEntries))
                {
                    AddPhrase(current, part);
                }

                continue;
            }

            var bracket = line.IndexOf('[', StringComparison.Ordinal);
            var phrase = bracket >= 0 ? line[..bracket] : line;
            // As PETRARCH reads them, primaries with no code yet share the codes that follow.
            if (current is null || closed || bracket >= 0)
            {
                current = new PhoenixActor([], [], comment, number);
                actors.Add(current);
                closed = bracket >= 0;
            }

            AddPhrase(current, phrase);
            if (bracket >= 0)
            {
                skipped += ParseCodes(line[bracket..], current.Codes);
            }
        }

        skippedCodes = skipped;
        actors.RemoveAll(a => a.Phrases.Count == 0);
        return actors;
    }

    /// <summary>Turns a dictionary phrase into text: "MAZAR-I-SHARIF_" → "MAZAR-I-SHARIF", "U.S._" → "U.S.".</summary>
    public static string ToText(string phrase) => phrase.Replace('_', ' ').Trim();

    /// <summary>
    /// Parses a YYMMDD or YYYYMMDD date; impossible days (20050231) are clamped to the month's end. Like PETRARCH, a
    /// seven-digit date is read as its first six digits and a longer one as its first eight ("201005011").
    /// </summary>
    public static DateOnly? ParseDate(string digits)
    {
        if (digits.Length < 6 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        digits = digits.Length == 7 ? digits[..6] : digits.Length > 8 ? digits[..8] : digits;

        int year, month, day;
        if (digits.Length == 8)
        {
            year = int.Parse(digits.AsSpan(0, 4), CultureInfo.InvariantCulture);
            month = int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
            day = int.Parse(digits.AsSpan(6, 2), CultureInfo.InvariantCulture);
        }
        else
        {
            year = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
            year += year <= 30 ? 2000 : 1900;
            month = int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture);
            day = int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        }

        if (year < 1 || month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    private static void AddPhrase(PhoenixActor? actor, string phrase)
    {
        var text = ToText(phrase);
        if (actor is not null && text.Length > 0 && !actor.Phrases.Contains(text))
        {
            actor.Phrases.Add(text);
        }
    }

    /// <summary>Parses every "[CODE …]" group on a line; returns how many were malformed.</summary>
    private static int ParseCodes(string line, List<PhoenixCode> codes)
    {
        var malformed = 0;
        var position = 0;
        while ((position = line.IndexOf('[', position)) >= 0)
        {
            var close = line.IndexOf(']', position);
            var body = (close > position ? line[(position + 1)..close] : line[(position + 1)..]).Trim();
            position = close > position ? close + 1 : line.Length;
            var parts = body.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0 || !parts[0].All(char.IsAsciiLetterUpper))
            {
                continue;
            }

            var code = parts[0];
            if (parts.Length == 1)
            {
                codes.Add(new PhoenixCode(code, null, null));
                continue;
            }

            var restriction = parts[1].Replace(" ", string.Empty, StringComparison.Ordinal);
            PhoenixCode? parsed = restriction[0] switch
            {
                '>' => ParseDate(restriction[1..]) is { } from ? new PhoenixCode(code, from, null) : null,
                '<' => ParseDate(restriction[1..]) is { } until ? new PhoenixCode(code, null, until) : null,
                _ => ParseRange(code, restriction),
            };
            if (parsed is null)
            {
                malformed++;
            }
            else
            {
                codes.Add(parsed);
            }
        }

        return malformed;
    }

    private static PhoenixCode? ParseRange(string code, string restriction)
    {
        var dash = restriction.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0)
        {
            return null;
        }

        var start = ParseDate(restriction[..dash]);
        var end = ParseDate(restriction[(dash + 1)..]);
        return start is null || end is null || end < start ? null : new PhoenixCode(code, start, end);
    }
}
