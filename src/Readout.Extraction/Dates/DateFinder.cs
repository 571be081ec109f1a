using System.Globalization;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Dates;

/// <summary>
/// Finds the dates a parsed sentence names and resolves them against the publication date: "on Tuesday",
/// "yesterday", "last week", "on 15 November", "November 15, 2023".
/// </summary>
internal static class DateFinder
{
    /// <summary>The sentence's date expressions, in text order.</summary>
    public static List<DateExpression> Find(SentenceGraph graph, DateOnly published)
    {
        var found = new List<DateExpression>();
        for (var i = 0; i < graph.Count; i++)
        {
            if (found.Count > 0 && i <= found[^1].Last)
            {
                continue;
            }

            var text = graph.Text(i);
            if (RelativeDateResolver.IsWeekday(text))
            {
                found.Add(new DateExpression(i, i, graph.Head(i), RelativeDateResolver.Weekday(text, published, IsFuture(graph, i))));
                continue;
            }

            if (RelativeDateResolver.Relative(i > 0 ? graph.Text(i - 1).ToString() : null, text.ToString(), published) is { } relative)
            {
                var first = i > 0 && RelativeDateResolver.Relative(null, text.ToString(), published) is null ? i - 1 : i;
                found.Add(new DateExpression(first, i, graph.Head(i), relative));
                continue;
            }

            if (RelativeDateResolver.Iso(text) is { } iso)
            {
                found.Add(new DateExpression(i, i, graph.Head(i), iso));
                continue;
            }

            if (RelativeDateResolver.MonthOf(text) is var month and > 0 && CalendarAround(graph, i, month, published) is { } calendar)
            {
                found.Add(calendar);
            }
        }

        return found;
    }

    /// <summary>"15 November (2023)" or "November 15(, 2023)" around the month at <paramref name="monthToken"/>.</summary>
    private static DateExpression? CalendarAround(SentenceGraph graph, int monthToken, int month, DateOnly published)
    {
        int first = monthToken, last = monthToken;
        int? day = null;
        if (monthToken > 0 && Number(graph, monthToken - 1, 31) is { } before)
        {
            day = before;
            first = monthToken - 1;
        }
        else if (monthToken + 1 < graph.Count && Number(graph, monthToken + 1, 31) is { } after)
        {
            day = after;
            last = monthToken + 1;
        }

        if (day is null)
        {
            // "May" alone is a verb more often than a month; a month with no day names no day.
            return null;
        }

        int? year = null;
        var next = last + 1 < graph.Count && graph.Is(last + 1, ",") ? last + 2 : last + 1;
        if (next < graph.Count && Number(graph, next, 2100) is { } y and >= 1900)
        {
            year = y;
            last = next;
        }

        return RelativeDateResolver.Calendar(day.Value, month, year, published) is { } date
            ? new DateExpression(first, last, graph.Head(monthToken), date)
            : null;
    }

    private static int? Number(SentenceGraph graph, int token, int max)
    {
        var text = graph.Text(token);
        foreach (var suffix in (string[])["st", "nd", "rd", "th"])
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && text.Length > suffix.Length)
            {
                text = text[..^suffix.Length];
                break;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max ? value : null;
    }

    /// <summary>True when the clause the date sits in speaks of the future ("will meet on Sunday").</summary>
    private static bool IsFuture(SentenceGraph graph, int token)
    {
        for (int k = graph.Head(token), hops = 0; k >= 0 && hops < 3; k = graph.Head(k), hops++)
        {
            foreach (var child in graph.Children(k))
            {
                if (graph.Role(child) == DependencyRole.Auxiliary && (graph.Is(child, "will") || graph.Is(child, "shall") || graph.Is(child, "'ll")))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
