using System.Globalization;

namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Reads PETRARCH actor dictionaries: a primary phrase with an optional default code, <c>+</c> synonyms, and indented
/// date restrictions (<c>[HOBGOV 19950601 - 19990815]</c>, <c>[RHO &lt;790606]</c>, <c>[IGOUNO &gt;20070101]</c>).
/// </summary>
internal static class PetrarchActorReader
{
    /// <summary>Reads <paramref name="path"/> into <paramref name="actors"/>.</summary>
    public static void Read(string path, ActorDictionary actors) => Read(PetrarchLines.Read(path), actors);

    /// <summary>Reads the lines of an actor dictionary into <paramref name="actors"/>.</summary>
    public static void Read(IEnumerable<(int Number, string Text)> lines, ActorDictionary actors)
    {
        string? name = null;
        string? defaultCode = null;
        var phrases = new List<string>();
        var restrictions = new List<DatedCode>();

        void Flush()
        {
            if (name is null)
            {
                return;
            }

            var entry = actors.Add(new ActorEntry(name, defaultCode, [.. restrictions]));
            foreach (var phrase in phrases)
            {
                var (words, open) = Phrase(phrase, actors.Words);
                actors.Phrases.Add(words, open, entry);
            }

            name = null;
            defaultCode = null;
            phrases.Clear();
            restrictions.Clear();
        }

        foreach (var (_, raw) in lines)
        {
            var line = raw;
            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                line = line[..semicolon];
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]) && trimmed[0] == '[')
            {
                if (name is not null && ParseRestriction(trimmed) is { } restriction)
                {
                    if (restriction.From is null && restriction.Until is null)
                    {
                        defaultCode = restriction.Code;
                    }
                    else
                    {
                        restrictions.Add(restriction);
                    }
                }

                continue;
            }

            if (trimmed[0] == '+')
            {
                if (name is not null)
                {
                    phrases.Add(TakePhrase(trimmed[1..], out _));
                }

                continue;
            }

            Flush();
            var phrase = TakePhrase(trimmed, out var code);
            if (phrase.Length == 0)
            {
                continue;
            }

            name = phrase;
            defaultCode = code;
            phrases.Add(phrase);
        }

        Flush();
    }

    /// <summary>A phrase's word ids and, per word, whether other words may come before it (a space) or not (an underscore).</summary>
    internal static (int[] Words, bool[] Open) Phrase(string phrase, WordTable table)
    {
        var words = new List<int>();
        var open = new List<bool>();
        foreach (var spaced in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var first = true;
            foreach (var part in spaced.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                open.Add(first && words.Count > 0);
                words.Add(table.Add(part));
                first = false;
            }
        }

        return ([.. words], [.. open]);
    }

    private static string TakePhrase(string text, out string? code)
    {
        code = null;
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = text.IndexOf(']', open);
            var inside = (close > open ? text[(open + 1)..close] : text[(open + 1)..]).Trim();
            code = inside.Length == 0 ? null : inside.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
            text = text[..open];
        }

        return text.Trim().TrimEnd('_');
    }

    private static DatedCode? ParseRestriction(string text)
    {
        var close = text.IndexOf(']', StringComparison.Ordinal);
        var inside = (close > 0 ? text[1..close] : text[1..]).Trim();
        var parts = inside.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var code = parts[0].ToUpperInvariant();
        if (parts.Length == 1)
        {
            return new DatedCode(code, null, null);
        }

        var dates = parts[1].Replace(" ", string.Empty, StringComparison.Ordinal);
        if (dates.StartsWith('<'))
        {
            return ParseDate(dates[1..]) is { } until ? new DatedCode(code, null, until) : null;
        }

        if (dates.StartsWith('>'))
        {
            return ParseDate(dates[1..]) is { } from ? new DatedCode(code, from, null) : null;
        }

        var dash = dates.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && ParseDate(dates[..dash]) is { } start && ParseDate(dates[(dash + 1)..]) is { } end)
        {
            return new DatedCode(code, start, end);
        }

        return null;
    }

    /// <summary>YYYYMMDD, or YYMMDD with years before 30 in this century (PETRARCH's reading).</summary>
    internal static DateOnly? ParseDate(string text)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        int year, month, day;
        if (text.Length == 8)
        {
            (year, month, day) = (value / 10000, value / 100 % 100, value % 100);
        }
        else if (text.Length == 6)
        {
            var shortYear = value / 10000;
            (year, month, day) = (shortYear < 30 ? 2000 + shortYear : 1900 + shortYear, value / 100 % 100, value % 100);
        }
        else
        {
            return null;
        }

        // Dictionaries hold dates such as 19990931: clamp the day rather than drop the restriction.
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }
}
