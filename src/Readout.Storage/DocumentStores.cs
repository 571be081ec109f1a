using Readout.Storage.Postgres;
using Readout.Storage.Sqlite;

namespace Readout.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL URL or connection string, else a SQLite file path.</summary>
public static class DocumentStores
{
    /// <summary>The database file used when no <c>--db</c> is given.</summary>
    public const string DefaultPath = "readout.db";

    /// <summary>Opens (and creates or migrates) the store at <paramref name="address"/>.</summary>
    /// <exception cref="Core.Errors.ReadoutException">DatabaseAddressInvalid, DatabaseUnavailable or SchemaTooNew.</exception>
    public static IDocumentStore Open(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return PostgresAddress.IsPostgres(address) ? PostgresDocumentStore.Open(address) : SqliteDocumentStore.Open(address);
    }

    /// <summary>The address with any password hidden, for messages and logs.</summary>
    public static string Describe(string address) => PostgresAddress.Redact(address);
}
