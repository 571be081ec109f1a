using Npgsql;

namespace Readout.Storage.Tests.Contract;

/// <summary>A fresh, empty store for one test: a SQLite file in a temporary folder, or a PostgreSQL schema of its own.</summary>
public sealed class TestStore : IDisposable
{
    private readonly string? _directory;
    private readonly string? _schema;
    private readonly string? _adminConnection;

    public TestStore(string provider)
    {
        if (provider == "sqlite")
        {
            _directory = Directory.CreateTempSubdirectory("readout-store-").FullName;
            Address = Path.Combine(_directory, "test.db");
        }
        else
        {
            _adminConnection = Environment.GetEnvironmentVariable(PostgresDataAttribute.Variable)!;
            _schema = "t_" + Guid.NewGuid().ToString("N");
            using (var connection = new NpgsqlConnection(_adminConnection))
            {
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
                command.ExecuteNonQuery();
            }

            Address = new NpgsqlConnectionStringBuilder(_adminConnection) { SearchPath = _schema, Pooling = false }.ConnectionString;
        }
    }

    /// <summary>The --db value of this store.</summary>
    public string Address { get; }

    /// <summary>Opens the store (a new connection each time).</summary>
    public IDocumentStore Open() => DocumentStores.Open(Address);

    public void Dispose()
    {
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }

        if (_schema is not null)
        {
            using var connection = new NpgsqlConnection(_adminConnection);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }
    }
}
