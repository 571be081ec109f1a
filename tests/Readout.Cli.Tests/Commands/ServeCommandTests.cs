namespace Readout.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public void A_database_that_cannot_be_opened_stops_serve_before_it_listens()
    {
        var missing = Path.Combine(Path.GetTempPath(), "readout-no-such-folder-" + Guid.NewGuid().ToString("N"), "x.db");
        var (exit, output, error) = CliRunner.Run(["serve", "--db", missing, "--port", "0"]);
        Assert.Equal(2, exit);
        Assert.Contains("RO4001", error, StringComparison.Ordinal);
        Assert.DoesNotContain("serving", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_that_is_not_an_address_is_a_coded_error()
    {
        var directory = Directory.CreateTempSubdirectory("readout-serve-").FullName;
        try
        {
            var (exit, _, error) = CliRunner.Run(["serve", "--db", Path.Combine(directory, "s.db"), "--host", "every-interface", "--port", "0"]);
            Assert.Equal(2, exit);
            Assert.Contains("RO1006", error, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
