using Readout.Storage;

namespace Readout.Distribution.Tests;

/// <summary>A SQLite store in a temporary folder, deleted afterwards.</summary>
public sealed class TemporaryStore : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readout-distribution-").FullName;

    /// <summary>The --db value.</summary>
    public string Address => Path.Combine(_directory, "test.db");

    /// <summary>Opens the store (a new connection each time).</summary>
    public IDocumentStore Open() => DocumentStores.Open(Address);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
