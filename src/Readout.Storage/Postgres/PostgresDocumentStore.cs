using Npgsql;
using Readout.Core.Errors;
using Readout.Storage.Relational;

namespace Readout.Storage.Postgres;

/// <summary>The PostgreSQL store, through Npgsql; the schema is created (migrated) on first use.</summary>
internal sealed class PostgresDocumentStore : RelationalDocumentStore
{
    private PostgresDocumentStore(NpgsqlConnection connection)
        : base(connection, new PostgresDialect())
    {
    }

    /// <summary>Connects to the database <paramref name="address"/> names and migrates it.</summary>
    /// <exception cref="ReadoutException">DatabaseAddressInvalid or DatabaseUnavailable.</exception>
    public static PostgresDocumentStore Open(string address)
    {
        var connection = new NpgsqlConnection(PostgresAddress.ToConnectionString(address));
        try
        {
            connection.Open();
            return new PostgresDocumentStore(connection);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            connection.Dispose();
            throw new ReadoutException(ErrorCodes.DatabaseUnavailable, $"{PostgresAddress.Redact(address)}: {exception.Message}", exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
