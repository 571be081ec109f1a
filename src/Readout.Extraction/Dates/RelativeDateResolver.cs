using System.Collections.Frozen;
using System.Globalization;

namespace Readout.Extraction.Dates;

/// <summary>
/// Resolves the date words of news against a publication date: weekdays ("on Tuesday": the last Tuesday on or
/// before publication, or the next one for an event still to come), "yesterday", "today", "tomorrow", "last week",
/// "next month", and calendar dates with or without a year ("15 November", "Nov. 15, 2023", "2023-11-15").
/// </summary>
public static class RelativeDateResolver
{
    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> names a weekday.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word) => Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>The month <paramref name="word"/> names (1–12, "Nov." included), or 0.</summary>
    public static int MonthOf(ReadOnlySpan<char> word) =>
        Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.TrimEnd('.'), out var month) ? month : 0;

    /// <summary>The day a weekday names relative to <paramref name="published"/>: the last one on or before it, or the next one for a future event.</summary>
    public static DateOnly Weekday(ReadOnlySpan<char> word, DateOnly published, bool future)
    {
        var day = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>()[word];
        var offset = ((int)published.DayOfWeek - (int)day + 7) % 7;
        if (future)
        {
            return published.AddDays(((int)day - (int)published.DayOfWeek + 7) % 7);
        }

        return published.AddDays(-offset);
    }

    /// <summary>
    /// The day a relative phrase names: "yesterday", "today", "tonight", "tomorrow", and "last", "this" or "next" with
    /// "week", "month" or "year" (the week a week earlier or later; the first day of a month or year); null otherwise.
    /// </summary>
    public static DateOnly? Relative(string? modifier, string word, DateOnly published)
    {
        switch (word.ToLowerInvariant())
        {
            case "yesterday":
                return published.AddDays(-1);
            case "today":
            case "tonight":
                return published;
            case "tomorrow":
                return published.AddDays(1);
        }

        var step = modifier?.ToLowerInvariant() switch
        {
            "last" or "past" or "previous" => -1,
            "this" or "current" => 0,
            "next" or "coming" => 1,
            _ => (int?)null,
        };
        if (step is not { } direction)
        {
            return null;
        }

        return word.ToLowerInvariant() switch
        {
            "week" => published.AddDays(7 * direction),
            "month" => new DateOnly(published.Year, published.Month, 1).AddMonths(direction),
            "year" => new DateOnly(published.Year + direction, 1, 1),
            _ => null,
        };
    }

    /// <summary>
    /// A calendar date from a day, a month and perhaps a year; without a year, the one that puts the date nearest the
    /// publication date (a "December 30" read in early January is last year's).
    /// </summary>
    public static DateOnly? Calendar(int day, int month, int? year, DateOnly published)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        if (year is { } given)
        {
            return day <= DateTime.DaysInMonth(given, month) ? new DateOnly(given, month, day) : null;
        }

        DateOnly? best = null;
        foreach (var candidate in (int[])[published.Year - 1, published.Year, published.Year + 1])
        {
            if (day > DateTime.DaysInMonth(candidate, month))
            {
                continue;
            }

            var date = new DateOnly(candidate, month, day);
            if (best is null || Math.Abs(date.DayNumber - published.DayNumber) < Math.Abs(best.Value.DayNumber - published.DayNumber))
            {
                best = date;
            }
        }

        return best;
    }

    /// <summary>An ISO date ("2023-11-15"), or null.</summary>
    public static DateOnly? Iso(ReadOnlySpan<char> text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
