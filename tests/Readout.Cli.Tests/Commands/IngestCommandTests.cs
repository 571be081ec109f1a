using System.Text;
using System.Text.Json;
using Readout.Storage;
using Readout.Testing;

namespace Readout.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private static readonly string[] Paragraphs =
    [
        "Delegations from Westria and Karesh signed a grain agreement in the port city on Friday, ending months of talks.",
        "The deal sets prices for two years, a Westrian trade official said, and opens three new shipping routes.",
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("readout-ingest-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Database => Path.Combine(_directory, "out", "readout.db");

    [Fact]
    public void Extract_of_an_html_page_writes_the_article_body_as_the_contract_text()
    {
        var path = Write("page.html", Encoding.UTF8.GetBytes(TestInputs.Page("Grain deal signed", Paragraphs)));
        var (exit, output, error) = CliRunner.Run(["extract", path]);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(string.Join("\n\n", Paragraphs), json.GetProperty("text").GetString());
        Assert.Equal("Grain deal signed", json.GetProperty("title").GetString());
        Assert.Equal("2023-03-14", json.GetProperty("published").GetString());
    }

    [Fact]
    public void A_folder_of_good_and_bad_inputs_is_ingested_with_one_coded_line_per_bad_document_and_nothing_else_lost()
    {
        var page = Encoding.UTF8.GetBytes(TestInputs.Page("Grain deal signed", Paragraphs));
        var inbox = Path.Combine(_directory, "inbox");
        Write("inbox/good.html", page);
        Write("inbox/notes.txt", "Ministers from Lumeria and Tavros will meet in May, officials in both capitals said on Monday."u8.ToArray());
        Write("inbox/wire.rss", Encoding.UTF8.GetBytes(TestInputs.Rss([("Routes", "<p>Three new shipping routes open between Westria and Karesh next month, the port said.</p>")])));
        Write("inbox/wire.jsonl", Encoding.UTF8.GetBytes(TestInputs.JsonlLine("j1", "Tariffs", "Valdoria raised tariffs on steel from Ostmark by ten percent on Thursday.", "2023-02-01") + "\n{not json}\n"));
        var warc = TestInputs.Warc([("https://wire.example/1", page, "text/html"), ("https://wire.example/2", Encoding.UTF8.GetBytes(TestInputs.Page("Second", ["A second page about the Karesh harbour, with enough words to count as an article."])), "text/html")]);
        Write("inbox/cut.warc", warc[..(warc.Length - 50)]);
        var gzip = TestInputs.Gzip(Encoding.UTF8.GetBytes(TestInputs.JsonlLine("g1", "T", "Some text that will be cut off in the middle of the stream.", null) + "\n"));
        Write("inbox/cut.jsonl.gz", gzip[..(gzip.Length / 2)]);
        var feed = TestInputs.Rss([("Broken", "<p>Nothing.</p>")]);
        Write("inbox/broken.rss", Encoding.UTF8.GetBytes(feed[..(feed.Length / 2)]));
        Write("inbox/empty.html", "<html><head><title>Index</title></head><body><nav><a href='/'>Home</a></nav></body></html>"u8.ToArray());
        var junk = new byte[2048];
        new Random(3).NextBytes(junk);
        Write("inbox/junk.bin", junk);
        Write("inbox/wrong-charset.html", Encoding.GetEncoding("windows-1252").GetBytes(TestInputs.Page("Caf\u00E9", ["Ministers met at the caf\u00E9 on Tuesday and talked for hours about the harbour."], charset: "utf-8")));
        using (var huge = File.Create(Path.Combine(inbox, "huge.html")))
        {
            huge.SetLength(1L << 30);
        }

        var (exit, output, error) = CliRunner.Run(["ingest", inbox, "--db", Database.Replace("/out/", "/", StringComparison.Ordinal), "--threads", "2"]);

        Assert.Equal(1, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("readout: ingest:", StringComparison.Ordinal)).ToList();
        string CodeOf(string name) => lines.Single(l => l.Contains(Path.Combine(inbox, name), StringComparison.Ordinal)).Split(": ")[2][..6];
        Assert.Equal("RO2009", CodeOf("cut.warc"));
        Assert.Equal("RO2009", CodeOf("broken.rss"));
        Assert.Equal("RO2010", CodeOf("empty.html"));
        Assert.Equal("RO2004", CodeOf("junk.bin"));
        Assert.Equal("RO2005", CodeOf("wrong-charset.html"));
        Assert.Equal("RO2006", CodeOf("huge.html"));
        Assert.Equal("RO2009", CodeOf("wire.jsonl:2"));
        Assert.Contains(lines, l => l.Contains("cut.jsonl.gz", StringComparison.Ordinal));
        Assert.Equal(8, lines.Count);

        // good.html, notes.txt, the feed item, the JSONL record and the WARC page before the cut; the first WARC page
        // repeats good.html's text, so it is skipped as a duplicate.
        Assert.Contains("ingested                       4", output, StringComparison.Ordinal);
        Assert.Contains("duplicates skipped             1", output, StringComparison.Ordinal);
        Assert.Contains("failed                         8", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_the_same_inputs_again_changes_nothing()
    {
        var corpus = Write("corpus.jsonl", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 30).Select(i =>
        {
            var (title, text, published) = SyntheticNews.Article(i);
            return TestInputs.JsonlLine($"s{i}", title, text, published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) + "\n";
        }))));
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        Assert.Equal(0, CliRunner.Run(["ingest", corpus, "--db", Database]).ExitCode);
        string Fingerprint()
        {
            using var store = DocumentStores.Open(Database);
            return store.Summarize().Fingerprint;
        }

        var first = Fingerprint();
        var (exit, output, _) = CliRunner.Run(["ingest", corpus, "--db", Database]);
        Assert.Equal(0, exit);
        Assert.Contains("duplicates skipped            30", output, StringComparison.Ordinal);
        Assert.Equal(first, Fingerprint());
    }

    [Fact]
    public void A_database_in_a_missing_folder_is_a_coded_storage_error()
    {
        var path = Write("a.txt", "Some text."u8.ToArray());
        var (exit, _, error) = CliRunner.Run(["ingest", path, "--db", Path.Combine(_directory, "no", "such", "folder", "x.db")]);
        Assert.Equal(2, exit);
        Assert.Contains("RO4001", error, StringComparison.Ordinal);
    }
}
