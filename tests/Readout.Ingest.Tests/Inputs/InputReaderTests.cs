using System.Text;
using Readout.Core.Errors;
using Readout.Ingest.Inputs;
using Readout.Testing;

namespace Readout.Ingest.Tests.Inputs;

public sealed class InputReaderTests : IDisposable
{
    private static readonly string[] Paragraphs =
    [
        "Delegations from Westria and Karesh signed a grain agreement in the port city on Friday, ending months of talks.",
        "The deal sets prices for two years, a Westrian trade official said, and opens three new shipping routes.",
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("readout-inputs-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static List<(string Source, InputDocument? Document, ReadoutException? Error)> ReadAll(string path, InputReader? reader = null) =>
        (reader ?? new InputReader()).Read(path).Select(item =>
        {
            try
            {
                return (item.Source, (InputDocument?)item.Load(), (ReadoutException?)null);
            }
            catch (ReadoutException error)
            {
                return (item.Source, null, error);
            }
        }).ToList();

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.htm.gz")]
    [InlineData("saved-page")]
    public void An_html_page_is_read_as_its_article_whatever_its_name(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(TestInputs.Page("Grain deal signed", Paragraphs));
        var path = Write(name, name.EndsWith(".gz", StringComparison.Ordinal) ? TestInputs.Gzip(bytes) : bytes);
        var document = Assert.Single(ReadAll(path)).Document!;
        Assert.Equal(InputFormat.Html, document.Format);
        Assert.Equal(string.Join("\n\n", Paragraphs), document.Text);
        Assert.Equal("Grain deal signed", document.Title);
        Assert.Equal(new DateOnly(2023, 3, 14), document.Published);
    }

    [Fact]
    public void A_feed_gives_one_document_per_item_with_its_metadata()
    {
        var path = Write("wire.xml", Encoding.UTF8.GetBytes(TestInputs.Rss([("Grain deal", "<p>" + Paragraphs[0] + "</p>"), ("Routes", "<p>" + Paragraphs[1] + "</p>")])));
        var items = ReadAll(path);
        Assert.Equal(2, items.Count);
        var first = items[0].Document!;
        Assert.Equal((InputFormat.Feed, "Grain deal", "https://wire.example/0", "item-0"), (first.Format, first.Title, first.Url, first.ExternalId));
        Assert.Equal(Paragraphs[0], first.Text);
        Assert.Equal(new DateOnly(2023, 3, 14), first.Published);
        Assert.Equal(path + "#2", items[1].Source);
    }

    [Fact]
    public void An_atom_feed_is_read_too()
    {
        var path = Write("wire.atom", Encoding.UTF8.GetBytes(TestInputs.Atom([("Summit", "<p>" + Paragraphs[0] + "</p>")])));
        var document = Assert.Single(ReadAll(path)).Document!;
        Assert.Equal(("Piet Dorn", new DateOnly(2023, 5, 2)), (document.Byline, document.Published));
    }

    [Fact]
    public void A_warc_gives_one_document_per_html_response_and_skips_the_rest()
    {
        var page = Encoding.UTF8.GetBytes(TestInputs.Page("Grain deal signed", Paragraphs));
        var warc = TestInputs.Warc([("https://wire.example/2023/03/14/grain", page, "text/html; charset=utf-8"), ("https://wire.example/logo.png", [0x89, 0x50], "image/png")]);
        var path = Write("crawl.warc.gz", TestInputs.Gzip(warc));
        var item = Assert.Single(ReadAll(path));
        Assert.Equal(path + "#https://wire.example/2023/03/14/grain", item.Source);
        Assert.Equal(InputFormat.Warc, item.Document!.Format);
        Assert.Equal(string.Join("\n\n", Paragraphs), item.Document.Text);
        Assert.StartsWith("<urn:uuid:", item.Document.ExternalId, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_and_gzipped_jsonl_give_a_document_per_line_and_an_error_per_bad_line()
    {
        var lines = string.Join('\n', TestInputs.JsonlLine("a1", "Grain", Paragraphs[0], "2023-01-02"), "{\"id\": broken", TestInputs.JsonlLine("a2", "Routes", Paragraphs[1], null)) + "\n";
        foreach (var name in new[] { "wire.jsonl", "wire.jsonl.gz" })
        {
            var bytes = Encoding.UTF8.GetBytes(lines);
            var items = ReadAll(Write(name, name.EndsWith(".gz", StringComparison.Ordinal) ? TestInputs.Gzip(bytes) : bytes));
            Assert.Equal(3, items.Count);
            Assert.Equal(("a1", "test-wire", new DateOnly(2023, 1, 2)), (items[0].Document!.ExternalId, items[0].Document!.Outlet, items[0].Document!.Published));
            Assert.Equal(ErrorCodes.InputMalformed, items[1].Error!.Code);
            Assert.EndsWith(":2", items[1].Source, StringComparison.Ordinal);
            Assert.Equal(Paragraphs[1], items[2].Document!.Text);
        }
    }

    [Fact]
    public void A_truncated_gzip_jsonl_keeps_the_complete_lines_and_reports_the_break()
    {
        var lines = string.Concat(Enumerable.Range(0, 200).Select(i => TestInputs.JsonlLine($"id{i}", "T", $"Story {i}: " + Paragraphs[i % 2], null) + "\n"));
        var gzip = TestInputs.Gzip(Encoding.UTF8.GetBytes(lines));
        var items = ReadAll(Write("cut.jsonl.gz", gzip[..(gzip.Length / 2)]));
        Assert.True(items.Count(i => i.Document is not null) > 10);
        var last = items[^1];
        Assert.NotNull(last.Error);
        Assert.Contains(last.Error!.Code, new[] { ErrorCodes.InputMalformed });
    }

    [Fact]
    public void A_truncated_warc_keeps_the_pages_before_the_cut_and_reports_the_break()
    {
        var page = Encoding.UTF8.GetBytes(TestInputs.Page("Grain deal signed", Paragraphs));
        var warc = TestInputs.Warc([("https://wire.example/1", page, "text/html"), ("https://wire.example/2", page, "text/html")]);
        var items = ReadAll(Write("cut.warc", warc[..(warc.Length - 100)]));
        Assert.NotNull(items[0].Document);
        Assert.Equal(ErrorCodes.InputMalformed, items[^1].Error!.Code);
        Assert.Contains("truncated", items[^1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_feed_keeps_the_items_before_the_break()
    {
        var feed = TestInputs.Rss([("One", "<p>" + Paragraphs[0] + "</p>"), ("Two", "<p>" + Paragraphs[1] + "</p>")]);
        var items = ReadAll(Write("broken.rss", Encoding.UTF8.GetBytes(feed[..(feed.Length - 40)])));
        Assert.Equal(Paragraphs[0], items[0].Document!.Text);
        Assert.Equal(ErrorCodes.InputMalformed, items[^1].Error!.Code);
    }

    [Fact]
    public void Html_with_no_body_is_no_article_text()
    {
        var item = Assert.Single(ReadAll(Write("empty.html", "<!DOCTYPE html><html><head><title>Index</title></head><body><nav><a href='/'>Home</a></nav></body></html>"u8.ToArray())));
        Assert.Equal(ErrorCodes.NoArticleText, item.Error!.Code);
    }

    [Theory]
    [InlineData("huge.html")]
    [InlineData("huge.txt")]
    public void A_one_gigabyte_file_is_refused_before_it_is_read(string name)
    {
        var path = Path.Combine(_directory, name);
        using (var stream = File.Create(path))
        {
            stream.SetLength(1L << 30); // sparse: no disk, no memory
        }

        var item = Assert.Single(ReadAll(path));
        Assert.Equal(ErrorCodes.InputTooLarge, item.Error!.Code);
    }

    [Fact]
    public void A_one_gigabyte_stream_of_zeros_named_jsonl_is_refused_as_binary_from_its_first_bytes()
    {
        var path = Path.Combine(_directory, "zeros.jsonl");
        using (var stream = File.Create(path))
        {
            stream.SetLength(1L << 30);
        }

        Assert.Equal(ErrorCodes.InputBinary, Assert.Single(ReadAll(path)).Error!.Code);
    }

    [Fact]
    public void Binary_junk_is_refused()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        Assert.Equal(ErrorCodes.InputBinary, Assert.Single(ReadAll(Write("junk.html", junk))).Error!.Code);
        Assert.Equal(ErrorCodes.InputBinary, Assert.Single(ReadAll(Write("junk.warc", junk))).Error!.Code);
    }

    [Fact]
    public void A_meta_charset_decides_the_encoding_of_an_html_page()
    {
        var page = TestInputs.Page("Caf\u00E9 talks", ["Ministers met at the caf\u00E9 in S\u00E3o Tom\u00E9, and agreed on \u00A3 prices."], charset: "windows-1252");
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes(page);
        var document = Assert.Single(ReadAll(Write("latin.html", bytes))).Document!;
        Assert.Equal("Ministers met at the caf\u00E9 in S\u00E3o Tom\u00E9, and agreed on \u00A3 prices.", document.Text);
        Assert.Equal("Windows-1252", document.Encoding, ignoreCase: true);
    }

    [Fact]
    public void An_undeclared_page_that_is_not_utf8_is_read_as_windows_1252()
    {
        var page = TestInputs.Page("Talks", ["Ministers met at the caf\u00E9 on Tuesday, and talked for hours about the harbour."], charset: null);
        var document = Assert.Single(ReadAll(Write("legacy.html", Encoding.GetEncoding("windows-1252").GetBytes(page)))).Document!;
        Assert.Contains("caf\u00E9", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_bytes_break_its_declared_charset_is_an_encoding_error_naming_the_byte()
    {
        var page = TestInputs.Page("Talks", ["Ministers met at the caf\u00E9 on Tuesday, and talked for hours about the harbour."], charset: "utf-8");
        var error = Assert.Single(ReadAll(Write("wrong.html", Encoding.GetEncoding("windows-1252").GetBytes(page)))).Error!;
        Assert.Equal(ErrorCodes.InputEncoding, error.Code);
        Assert.Contains("declares", error.Message, StringComparison.Ordinal);
        Assert.Contains("at byte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_page_with_a_byte_order_mark_is_read()
    {
        var page = TestInputs.Page("Talks", Paragraphs, charset: null);
        var document = Assert.Single(ReadAll(Write("wide.html", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(page)]))).Document!;
        Assert.Equal(string.Join("\n\n", Paragraphs), document.Text);
    }

    [Fact]
    public void Missing_files_and_folders_are_coded_errors()
    {
        Assert.Equal(ErrorCodes.InputNotFound, Assert.Single(ReadAll(Path.Combine(_directory, "nope.html"))).Error!.Code);
        Assert.Equal(ErrorCodes.InputIsDirectory, Assert.Single(ReadAll(_directory)).Error!.Code);
    }

    [Fact]
    public void Folders_are_read_recursively_and_globs_expanded_in_a_stable_order()
    {
        Write("b/two.txt", "Two."u8.ToArray());
        Write("a/one.txt", "One."u8.ToArray());
        Write("a/deep/three.html", "<p>Three.</p>"u8.ToArray());
        var all = InputPaths.Expand([_directory]).Select(p => Path.GetRelativePath(_directory, p.Path)).ToList();
        Assert.Equal(["a/deep/three.html", "a/one.txt", "b/two.txt"], all);
        var texts = InputPaths.Expand([Path.Combine(_directory, "**", "*.txt")]).Select(p => Path.GetFileName(p.Path)).ToList();
        Assert.Equal(["one.txt", "two.txt"], texts);
        var (_, error) = Assert.Single(InputPaths.Expand([Path.Combine(_directory, "*.pdf")]));
        Assert.Equal(ErrorCodes.InputNotFound, error!.Code);
    }
}
