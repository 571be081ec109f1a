using Npgsql;

namespace Readout.Storage.Tests.Contract;

/// <summary>Writes repeated by at-least-once delivery, and near-duplicates settled after concurrent writers: SQLite always, PostgreSQL when configured.</summary>
public sealed class RepeatedWriteContractTests
{
    [Theory, InlineData("sqlite"), PostgresData]
    public void Writing_the_same_analysis_again_changes_nothing(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        store.Write([Articles.Stored(Articles.Meeting()), Articles.Stored(Articles.Harbour())]);
        var before = store.Summarize();
        var lastId = Execute(provider, test.Address, "SELECT MAX(id) FROM documents");

        var again = store.Write([Articles.Stored(Articles.Harbour()), Articles.Stored(Articles.Meeting())]);

        Assert.Equal((0, 0, 2), (again.Inserted, again.Replaced, again.Unchanged));
        Assert.Equal(before.Fingerprint, store.Summarize().Fingerprint);
        Assert.Equal(before.RowCounts, store.Summarize().RowCounts);
        Assert.Equal(lastId, Execute(provider, test.Address, "SELECT MAX(id) FROM documents")); // not deleted and inserted again
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void Settling_restores_a_near_duplicate_link_a_concurrent_writer_could_not_see(string provider)
    {
        using var test = new TestStore(provider);
        using var store = test.Open();
        var first = Articles.Stored(Articles.Meeting());
        var second = Articles.Stored(Articles.Meeting(tail: " Officials gave no further details."));
        store.Write([first, second]);
        var linked = store.Summarize();
        Assert.Equal(1, linked.RowCounts["near_duplicates"]);

        // What two workers committing at the same moment leave: both documents, no link between them.
        Execute(provider, test.Address, "DELETE FROM near_duplicates");
        Assert.Equal(0, store.Summarize().RowCounts["near_duplicates"]);

        store.SettleNearDuplicates([second.ContentHash]);
        Assert.Equal(linked.Fingerprint, store.Summarize().Fingerprint);
        store.SettleNearDuplicates([first.ContentHash, second.ContentHash, "no-such-hash"]);
        Assert.Equal(linked.RowCounts, store.Summarize().RowCounts);
    }

    private static object? Execute(string provider, string address, string sql)
    {
        using System.Data.Common.DbConnection connection = provider == "sqlite"
            ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={address};Pooling=False")
            : new NpgsqlConnection(address);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
