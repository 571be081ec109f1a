using System.Globalization;
using System.Text.RegularExpressions;

namespace Readout.Ingest.Inputs;

/// <summary>Reads the calendar date out of the date formats news inputs use: ISO 8601, RFC 822 (feeds), "3 May 2023".</summary>
public static partial class PublicationDate
{
    private static readonly string[] MonthNames =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    /// <summary>The date in <paramref name="value"/>, or null when it holds none this reader knows.</summary>
    /// <remarks>Only the calendar date is kept: a time zone never moves it, so "2023-05-03T23:30-05:00" is 3 May.</remarks>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var iso = IsoDate().Match(value);
        if (iso.Success)
        {
            return Create(Number(iso.Groups["y"].Value), Number(iso.Groups["m"].Value), Number(iso.Groups["d"].Value));
        }

        var dayFirst = DayMonthYear().Match(value);
        if (dayFirst.Success && Month(dayFirst.Groups["m"].Value) is { } month1)
        {
            return Create(Number(dayFirst.Groups["y"].Value), month1, Number(dayFirst.Groups["d"].Value));
        }

        var monthFirst = MonthDayYear().Match(value);
        if (monthFirst.Success && Month(monthFirst.Groups["m"].Value) is { } month2)
        {
            return Create(Number(monthFirst.Groups["y"].Value), month2, Number(monthFirst.Groups["d"].Value));
        }

        return null;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? Month(string name)
    {
        var prefix = name.Length >= 3 ? name[..3].ToLowerInvariant() : name.ToLowerInvariant();
        var index = Array.IndexOf(MonthNames, prefix);
        return index < 0 ? null : index + 1;
    }

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1800 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b")]
    private static partial Regex MonthDayYear();
}
