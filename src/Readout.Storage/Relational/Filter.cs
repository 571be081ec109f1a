using System.Globalization;

namespace Readout.Storage.Relational;

/// <summary>Builds a WHERE clause from conditions whose values become parameters.</summary>
internal sealed class Filter
{
    private readonly List<string> _conditions = [];

    /// <summary>The parameter values, in <c>@p0</c>, <c>@p1</c>… order.</summary>
    public List<object?> Arguments { get; } = [];

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string Parameter(object? value)
    {
        Arguments.Add(value);
        return "@p" + (Arguments.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Adds a condition (SQL built from constants and placeholders only).</summary>
    public void Add(string condition) => _conditions.Add(condition);

    /// <summary>" WHERE a AND b", or nothing.</summary>
    public string Where() => _conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", _conditions);

    /// <summary>A condition true when event participant <paramref name="side"/> (source or target) is <paramref name="actor"/>.</summary>
    /// <remarks>
    /// Written so an index can answer it: an upper-case three-letter country (<c>IRN</c>) matches the country column,
    /// another upper-case code (<c>IRNGOV</c>, <c>IGO</c>) matches codes starting with it, anything else matches the
    /// participant's name without case.
    /// </remarks>
    public string Actor(string side, string actor)
    {
        var value = actor.Trim();
        var isCode = value.Length >= 3 && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
        if (isCode && value.Length == 3 && ActorCountries.Of(value) is not null)
        {
            return $"e.{side}_country = {Parameter(value)}";
        }

        return isCode ? PrefixRange($"e.{side}_code", value) : $"lower(e.{side}_name) = {Parameter(value.ToLowerInvariant())}";
    }

    /// <summary>A condition true when an ASCII <paramref name="column"/> starts with <paramref name="prefix"/>, as an index range.</summary>
    public string PrefixRange(string column, string prefix)
    {
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        return $"({column} >= {Parameter(prefix)} AND {column} < {Parameter(upper)})";
    }

    /// <summary>Adds a date range over an ISO date column.</summary>
    public void DateRange(string column, DateOnly? from, DateOnly? to)
    {
        if (from is { } first)
        {
            Add($"{column} >= {Parameter(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }

        if (to is { } last)
        {
            Add($"{column} <= {Parameter(last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }
    }

    /// <summary>A lower-cased LIKE pattern for "contains".</summary>
    public static string Contains(string text) => "%" + text.Trim().ToLowerInvariant() + "%";
}
