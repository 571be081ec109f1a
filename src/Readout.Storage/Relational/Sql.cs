using System.Data.Common;

namespace Readout.Storage.Relational;

/// <summary>Small helpers over ADO.NET: every value goes in as a parameter (<c>@p0</c>, <c>@p1</c>…), never into the SQL text.</summary>
internal static class Sql
{
    /// <summary>The most parameters one statement gets (SQLite builds before 3.32 allow 999).</summary>
    public const int MaxParameters = 900;

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<object?> arguments)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = arguments[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params object?[] arguments)
    {
        using var command = Command(connection, transaction, sql, arguments);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params object?[] arguments)
    {
        using var command = Command(connection, transaction, sql, arguments);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Inserts rows with multi-row VALUES statements, as many rows per statement as the parameter limit allows.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="transaction">The batch's transaction.</param>
    /// <param name="table">The table (a constant of this assembly, never user input).</param>
    /// <param name="columns">The columns (constants).</param>
    /// <param name="rows">The rows, one value per column.</param>
    /// <param name="suffix">Appended to each statement, e.g. <c>ON CONFLICT DO NOTHING</c>.</param>
    public static void InsertRows(DbConnection connection, DbTransaction transaction, string table, string[] columns, IReadOnlyList<object?[]> rows, string suffix = "")
    {
        var perStatement = Math.Max(1, MaxParameters / columns.Length);
        for (var first = 0; first < rows.Count; first += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - first);
            var builder = new System.Text.StringBuilder();
            builder.Append("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") VALUES ");
            var arguments = new object?[count * columns.Length];
            for (var r = 0; r < count; r++)
            {
                builder.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var index = r * columns.Length + c;
                    builder.Append(c == 0 ? "@p" : ", @p").Append(index);
                    arguments[index] = rows[first + r][c];
                }

                builder.Append(')');
            }

            builder.Append(' ').Append(suffix);
            Execute(connection, transaction, builder.ToString(), arguments);
        }
    }
}
