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
    public string Actor(string side, string actor)
    {
        var code = Parameter(actor.Trim().ToUpperInvariant());
        var prefix = Parameter(actor.Trim().ToUpperInvariant() + "%");
        var name = Parameter(actor.Trim().ToLowerInvariant());
        return $"(e.{side}_code = {code} OR e.{side}_code LIKE {prefix} OR e.{side}_country = {code} OR lower(e.{side}_name) = {name})";
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
