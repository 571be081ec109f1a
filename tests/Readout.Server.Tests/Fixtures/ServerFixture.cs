using Microsoft.AspNetCore.Builder;

namespace Readout.Server.Tests.Fixtures;

/// <summary>One server for a test collection: the standard pipeline over a temporary SQLite file holding <see cref="SeededCorpus"/>, on a free loopback port.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readout-server-").FullName;
    private WebApplication? _app;

    /// <summary>The server's address (http://127.0.0.1:PORT/).</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The id of the seeded hostile document.</summary>
    public string HostileId { get; private set; } = null!;

    /// <summary>The database the server reads.</summary>
    public string Database => Path.Combine(_directory, "corpus.db");

    public async Task InitializeAsync()
    {
        HostileId = SeededCorpus.Write(Database);
        _app = ReadoutServer.Create(new ServerOptions { Database = Database, Port = 0, MaxRequestBytes = 64 * 1024 });
        await _app.StartAsync();
        Address = ReadoutServer.Address(_app);
        Client = new HttpClient { BaseAddress = Address };
    }

    /// <summary>Starts another server with <paramref name="options"/> over the same database (for the options' tests); dispose it.</summary>
    public async Task<WebApplication> StartAnother(ServerOptions options)
    {
        var app = ReadoutServer.Create(options with { Database = Database, Port = 0 });
        await app.StartAsync();
        return app;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
