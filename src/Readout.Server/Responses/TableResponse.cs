using Readout.Storage.Queries;

namespace Readout.Server.Responses;

/// <summary>Query results as JSON: one object per row, keyed by column name.</summary>
/// <param name="Rows">The rows; values are strings, numbers or null.</param>
/// <param name="Truncated">True when the limit was reached and more rows may match.</param>
public sealed record TableResponse(IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows, bool Truncated)
{
    /// <summary>The rows of <paramref name="table"/>; <paramref name="limit"/> tells whether it was cut.</summary>
    public static TableResponse From(ResultTable table, int limit)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<IReadOnlyDictionary<string, object?>>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var item = new Dictionary<string, object?>(table.Columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                item[table.Columns[i].Name] = row[i];
            }

            rows.Add(item);
        }

        return new TableResponse(rows, table.Rows.Count >= limit);
    }
}
