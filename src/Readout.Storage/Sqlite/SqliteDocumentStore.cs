using Microsoft.Data.Sqlite;
using Readout.Core.Errors;
using Readout.Storage.Relational;

namespace Readout.Storage.Sqlite;

/// <summary>The default store: one SQLite file (WAL), created with its schema on first use.</summary>
internal sealed class SqliteDocumentStore : RelationalDocumentStore
{
    private SqliteDocumentStore(SqliteConnection connection)
        : base(connection, new SqliteDialect())
    {
    }

    /// <summary>Opens (creating when missing) the database file at <paramref name="path"/> and migrates it.</summary>
    /// <exception cref="ReadoutException">DatabaseUnavailable when the file cannot be opened or is not a database.</exception>
    public static SqliteDocumentStore Open(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } directory && !Directory.Exists(directory))
        {
            throw new ReadoutException(ErrorCodes.DatabaseUnavailable, $"the folder {directory} does not exist");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            return new SqliteDocumentStore(connection);
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw new ReadoutException(ErrorCodes.DatabaseUnavailable, $"{path}: {exception.Message}", exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
