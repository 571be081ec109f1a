using System.Text.Json;
using Parquet;
using Readout.Storage;
using Readout.Storage.Export;
using Readout.Storage.Records;
using Readout.Testing;

namespace Readout.Cli.Tests.Commands;

public sealed class QueryCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readout-query-").FullName;

    public QueryCommandTests()
    {
        using var store = DocumentStores.Open(Database);
        var metadata = new DocumentMetadata(Outlet: "Test Wire", Format: "text", Url: "https://wire.example/meeting");
        store.Write(
        [
            StoredDocument.Create(AnnotatedArticles.Meeting(), metadata, "test@1"),
            StoredDocument.Create(AnnotatedArticles.Meeting(tail: " Officials gave no further details."), metadata with { Outlet = "Other Paper" }, "test@1"),
            StoredDocument.Create(AnnotatedArticles.Harbour(), metadata, "test@1"),
        ]);
    }

    private string Database => Path.Combine(_directory, "q.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void A_dyad_by_month_summary_as_csv_counts_events_and_stories()
    {
        var (exit, output, _) = CliRunner.Run(["query", "events", "--db", Database, "--dyad", "NRL,SDM", "--by", "month", "--dedup", "--format", "csv"]);
        Assert.Equal(0, exit);
        Assert.Equal(
            ["month,source_code,target_code,events,stories,goldstein", "2023-03,NRLGOV,SDMGOV,2,1,1", "2023-04,SDMGOV,NRL,2,1,-7"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Quotes_by_text_come_out_as_json_lines()
    {
        var (exit, output, _) = CliRunner.Run(["query", "quotes", "--db", Database, "--text", "border crossings", "--format", "jsonl"]);
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Anna Berg", rows[0].GetProperty("speaker").GetString());
    }

    [Fact]
    public void Entities_print_as_a_table()
    {
        var (exit, output, _) = CliRunner.Run(["query", "entities", "--db", Database, "--name", "dorn"]);
        Assert.Equal(0, exit);
        Assert.Contains("Piet Dorn", output, StringComparison.Ordinal);
        Assert.Contains("1 rows", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_output_is_a_file_with_typed_columns()
    {
        var path = Path.Combine(_directory, "events.parquet");
        var (exit, _, _) = CliRunner.Run(["query", "events", "--db", Database, "--format", "parquet", "-o", path]);
        Assert.Equal(0, exit);
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        Assert.Equal(4, reader.Metadata!.NumRows);
        Assert.Contains(reader.Schema.DataFields, f => f.Name == "goldstein" && f.ClrType == typeof(double));
    }

    [Fact]
    public void Parquet_without_an_output_file_and_a_bad_date_are_refused()
    {
        Assert.Contains("RO1006", CliRunner.Run(["query", "events", "--db", Database, "--format", "parquet"]).Error, StringComparison.Ordinal);
        Assert.Contains("RO1006", CliRunner.Run(["query", "events", "--db", Database, "--from", "March"]).Error, StringComparison.Ordinal);
        Assert.Contains("RO4005", CliRunner.Run(["query", "events", "--db", Database, "--dyad", "NRL"]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Near_duplicate_documents_are_listed_as_pairs()
    {
        var (_, output, _) = CliRunner.Run(["query", "documents", "--db", Database, "--near-duplicates", "--format", "csv"]);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Other Paper", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_give_rows_per_table_and_the_fingerprint()
    {
        var (exit, output, _) = CliRunner.Run(["query", "stats", "--db", Database, "--format", "csv"]);
        Assert.Equal(0, exit);
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("3", values["documents"]);
        Assert.Equal("4", values["events"]);
        Assert.Equal(64, values["fingerprint"].Length);
    }

    [Fact]
    public void The_gdelt_export_has_the_61_columns_of_the_event_table()
    {
        var (exit, output, _) = CliRunner.Run(["export", "--format", "gdelt", "--db", Database]);
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        Assert.Equal(61, GdeltEventWriter.Columns.Count);
        var meeting = rows[0];
        string Field(string name) => meeting[GdeltEventWriter.Columns.ToList().IndexOf(name)];
        Assert.Equal(("20230314", "202303", "2023"), (Field("Day"), Field("MonthYear"), Field("Year")));
        Assert.Equal(("NRLGOV", "ANNA BERG", "NRL", "GOV"), (Field("Actor1Code"), Field("Actor1Name"), Field("Actor1CountryCode"), Field("Actor1Type1Code")));
        Assert.Equal(("040", "040", "04", "1", "1.0"), (Field("EventCode"), Field("EventBaseCode"), Field("EventRootCode"), Field("QuadClass"), Field("GoldsteinScale")));
        Assert.Equal(("Valletta", "35.9", "14.5"), (Field("ActionGeo_FullName"), Field("ActionGeo_Lat"), Field("ActionGeo_Long")));
        Assert.Equal("https://wire.example/meeting", Field("SOURCEURL"));
    }
}
