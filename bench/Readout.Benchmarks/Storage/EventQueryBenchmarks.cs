using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Readout.Core.Documents;
using Readout.Storage;
using Readout.Storage.Queries;
using Readout.Storage.Records;

namespace Readout.Benchmarks.Storage;

/// <summary>
/// Dyad-by-month summaries over a SQLite store holding many coded events (synthetic: 40 countries, three roles,
/// 25 years, twenty CAMEO codes), the query analysts run most.
/// </summary>
[MemoryDiagnoser]
public class EventQueryBenchmarks
{
    private static readonly string[] Cameo = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "090", "111", "112", "120", "130", "138", "163", "172", "190"];
    private static readonly string[] Roles = [string.Empty, "GOV", "MIL"];

    private string _directory = null!;
    private IDocumentStore _store = null!;

    /// <summary>Events in the store.</summary>
    [Params(100_000, 1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("readout-bench-").FullName;
        var path = Path.Combine(_directory, "events.db");
        using (var store = DocumentStores.Open(path))
        {
            var document = new Document("A placeholder document that the synthetic events point at, long enough to shingle.", "bench");
            store.Write([StoredDocument.Create(document, new DocumentMetadata(Format: "text"), "bench@1")]);
        }

        Fill(path, Events);
        _store = DocumentStores.Open(path);
        Console.WriteLine($"// {Events:N0} events; USA-IRN by month: {_store.QueryEvents(DyadQuery(false)).Rows.Count} rows");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public int DyadByMonth() => _store.QueryEvents(DyadQuery(false)).Rows.Count;

    [Benchmark]
    public int DyadByMonthCountingStories() => _store.QueryEvents(DyadQuery(true)).Rows.Count;

    [Benchmark]
    public int ConsultationsByMonthForOneCountry() =>
        _store.QueryEvents(new EventQuery { Actor = "IRN", Cameo = "04", GroupBy = TimeGrouping.Month, Limit = 100_000 }).Rows.Count;

    private static EventQuery DyadQuery(bool deduplicate) =>
        new() { Source = "USA", Target = "IRN", GroupBy = TimeGrouping.Month, Deduplicate = deduplicate, Limit = 100_000 };

    // Rows go straight into the events table: the store's own write path would spend the setup analysing documents.
    private static void Fill(string path, int events)
    {
        var countries = new[] { "USA", "IRN", "RUS", "CHN", "GBR", "FRA", "DEU", "ISR", "SAU", "TUR", "IND", "PAK", "UKR", "SYR", "IRQ", "EGY", "JPN", "KOR", "PRK", "BRA" }
            .Concat(Enumerable.Range(0, 20).Select(i => "C" + ((char)('A' + i)).ToString() + "X")).ToArray();
        var random = new Random(20240601);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var actors = connection.CreateCommand())
        {
            actors.Transaction = transaction;
            actors.CommandText = "INSERT OR IGNORE INTO actors (code, country, role) VALUES (@code, @country, NULLIF(@role, ''))";
            foreach (var country in countries)
            {
                foreach (var role in Roles)
                {
                    actors.Parameters.Clear();
                    actors.Parameters.AddWithValue("@code", country + role);
                    actors.Parameters.AddWithValue("@country", country);
                    actors.Parameters.AddWithValue("@role", role);
                    actors.ExecuteNonQuery();
                }
            }
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO events (document_id, local_id, cameo, cameo_root, plover, goldstein, quad_class, source_name, source_code, source_country, " +
            "target_name, target_code, target_country, negated, event_date, event_month, evidence, evidence_start, evidence_end, rule) " +
            "VALUES (1, @id, @cameo, substr(@cameo, 1, 2), NULL, @goldstein, @quad, @sourceName, @sourceCode, @source, @targetName, @targetCode, @target, 0, @date, substr(@date, 1, 7), 'evidence', 0, 8, 'bench')";
        var parameters = new[] { "@id", "@cameo", "@goldstein", "@quad", "@sourceName", "@sourceCode", "@source", "@targetName", "@targetCode", "@target", "@date" }
            .Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        for (var i = 0; i < events; i++)
        {
            // Skewed like news: the first countries appear far more often than the rest.
            var source = countries[(int)(countries.Length * Math.Pow(random.NextDouble(), 2))];
            var target = countries[(int)(countries.Length * Math.Pow(random.NextDouble(), 2))];
            var sourceCode = source + Roles[random.Next(Roles.Length)];
            var targetCode = target + Roles[random.Next(Roles.Length)];
            var date = new DateOnly(2000, 1, 1).AddDays(random.Next(25 * 365));
            parameters[0].Value = "v" + i.ToString(CultureInfo.InvariantCulture);
            parameters[1].Value = Cameo[random.Next(Cameo.Length)];
            parameters[2].Value = Math.Round(random.NextDouble() * 20 - 10, 1);
            parameters[3].Value = 1 + random.Next(4);
            parameters[4].Value = source;
            parameters[5].Value = sourceCode;
            parameters[6].Value = source;
            parameters[7].Value = target;
            parameters[8].Value = targetCode;
            parameters[9].Value = target;
            parameters[10].Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
