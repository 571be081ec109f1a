namespace Readout.Storage.Queries;

/// <summary>The rows a query returns, with typed columns, ready for a table, CSV, JSON Lines or Parquet.</summary>
public sealed class ResultTable
{
    /// <summary>Creates a table.</summary>
    public ResultTable(IReadOnlyList<ResultColumn> columns, IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>The rows; each value is a string, a long, a double or null, as its column's type says.</summary>
    public IReadOnlyList<object?[]> Rows { get; }
}
