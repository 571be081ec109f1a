using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Readout.Storage;
using Readout.Storage.Records;
using Readout.Testing;

namespace Readout.Cli.Tests.Commands;

/// <summary>kill -9 in the middle of an ingest, then run it again: the database ends up as an uninterrupted run leaves it.</summary>
public sealed class IngestResumeTests : IDisposable
{
    private const int Articles = 1500;

    private readonly string _directory = Directory.CreateTempSubdirectory("readout-resume-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void A_run_killed_mid_way_and_run_again_leaves_the_same_database_as_an_uninterrupted_run()
    {
        var corpus = Path.Combine(_directory, "corpus.jsonl");
        File.WriteAllText(corpus, string.Concat(Enumerable.Range(0, Articles).Select(i =>
        {
            var (title, text, published) = SyntheticNews.Article(i);
            return TestInputs.JsonlLine($"s{i}", title, text, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) + "\n";
        })), new UTF8Encoding(false));

        var killed = Path.Combine(_directory, "killed.db");
        var storedWhenKilled = IngestAndKill(corpus, killed);
        Assert.InRange(storedWhenKilled, 1, Articles - 1);

        var (resumeExit, resumeOutput, _) = CliRunner.Run(["ingest", corpus, "--db", killed, "--threads", "2"]);
        Assert.Equal(0, resumeExit);
        Assert.Contains("failed                         0", resumeOutput, StringComparison.Ordinal);

        var clean = Path.Combine(_directory, "clean.db");
        Assert.Equal(0, CliRunner.Run(["ingest", corpus, "--db", clean, "--threads", "2"]).ExitCode);

        var (afterKill, uninterrupted) = (Summary(killed), Summary(clean));
        Assert.Equal(Articles, uninterrupted.RowCounts["documents"]);
        Assert.Equal(uninterrupted.RowCounts.OrderBy(p => p.Key), afterKill.RowCounts.OrderBy(p => p.Key));
        Assert.Equal(uninterrupted.Fingerprint, afterKill.Fingerprint);
    }

    // Starts the built CLI as a child process and kills it (SIGKILL) once its first batches are committed.
    private static long IngestAndKill(string corpus, string database)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "readout.dll"), "ingest", corpus, "--db", database, "--threads", "2", "--batch-size", "10" })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        long stored = 0;
        while (!child.HasExited && stored < 30)
        {
            Thread.Sleep(10);
            stored = CountDocuments(database);
        }

        Assert.False(child.HasExited, "the ingest finished before it could be killed: make the corpus larger");
        child.Kill(entireProcessTree: true);
        child.WaitForExit();
        return CountDocuments(database);
    }

    private static long CountDocuments(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or busy migrating
        }
    }

    private static StoreSummary Summary(string database)
    {
        using var store = DocumentStores.Open(database);
        return store.Summarize();
    }
}
