using System.IO.Compression;
using System.Text;
using Readout.Core.Errors;
using Readout.Ingest.Warc;
using Readout.Testing;

namespace Readout.Ingest.Tests.Warc;

public sealed class WarcReaderTests
{
    private static byte[] TwoPages() => TestInputs.Warc(
    [
        ("https://wire.example/a", "<html><body><p>First page.</p></body></html>"u8.ToArray(), "text/html; charset=utf-8"),
        ("https://wire.example/b", "<html><body><p>Second page.</p></body></html>"u8.ToArray(), "text/html"),
    ]);

    [Fact]
    public void Records_are_read_in_order_with_their_headers_and_blocks()
    {
        var records = WarcReader.Read(new MemoryStream(TwoPages()), 1 << 20).ToList();
        Assert.Equal(["warcinfo", "request", "response", "request", "response"], records.Select(r => r.Type));
        Assert.Equal("https://wire.example/b", records[4].TargetUri);
        var response = HttpResponse.Parse(records[2].Block, 1 << 20);
        Assert.Equal(200, response.Status);
        Assert.True(response.IsHtml);
        Assert.Equal("<html><body><p>First page.</p></body></html>", Encoding.UTF8.GetString(response.Body));
    }

    [Fact]
    public void A_gzipped_warc_of_one_member_per_record_reads_the_same()
    {
        var plain = TwoPages();
        using var compressed = new MemoryStream();
        foreach (var chunk in plain.Chunk(200))
        {
            var member = TestInputs.Gzip(chunk);
            compressed.Write(member);
        }

        compressed.Position = 0;
        var records = WarcReader.Read(new GZipStream(compressed, CompressionMode.Decompress), 1 << 20).ToList();
        Assert.Equal(5, records.Count);
    }

    [Fact]
    public void A_truncated_warc_gives_the_records_before_the_cut_then_a_coded_error()
    {
        var bytes = TwoPages();
        var cut = bytes[..(bytes.Length - 30)];
        var read = 0;
        var error = Assert.Throws<ReadoutException>(() =>
        {
            foreach (var _ in WarcReader.Read(new MemoryStream(cut), 1 << 20))
            {
                read++;
            }
        });
        Assert.Equal(4, read);
        Assert.Equal(ErrorCodes.InputMalformed, error.Code);
        Assert.Contains("record 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_over_the_limit_is_skipped_and_flagged()
    {
        var records = WarcReader.Read(new MemoryStream(TwoPages()), 60).ToList();
        Assert.Equal(5, records.Count);
        Assert.True(records[2].TooLarge);
        Assert.Empty(records[2].Block);
    }

    [Fact]
    public void Chunked_and_gzip_encoded_responses_are_decoded()
    {
        var body = TestInputs.Gzip("<p>Compressed page.</p>"u8.ToArray());
        var chunked = new MemoryStream();
        chunked.Write(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"));
        chunked.Write(Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"));
        chunked.Write(body);
        chunked.Write("\r\n0\r\n\r\n"u8);
        var response = HttpResponse.Parse(chunked.ToArray(), 1 << 20);
        Assert.Equal("<p>Compressed page.</p>", Encoding.UTF8.GetString(response.Body));
    }

    [Fact]
    public void Text_that_is_not_a_warc_is_malformed()
    {
        var error = Assert.Throws<ReadoutException>(() => WarcReader.Read(new MemoryStream("just some text\n"u8.ToArray()), 100).ToList());
        Assert.Equal(ErrorCodes.InputMalformed, error.Code);
    }
}
