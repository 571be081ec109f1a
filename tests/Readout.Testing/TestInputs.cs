using System.IO.Compression;
using System.Net;
using System.Text;

namespace Readout.Testing;

/// <summary>Builds input files of every format Readout reads (HTML, RSS, Atom, WARC, JSONL, gzip), from text the tests write.</summary>
public static class TestInputs
{
    /// <summary>A news page: navigation, a headline, byline and date in meta tags, the article's paragraphs, related links, a footer.</summary>
    public static string Page(string title, IEnumerable<string> paragraphs, string? published = "2023-03-14T09:30:00Z", string? author = "Anna Berg", string? charset = "utf-8")
    {
        var body = string.Concat(paragraphs.Select(p => $"      <p>{Escape(p)}</p>\n"));
        var meta = new StringBuilder();
        if (charset is not null)
        {
            meta.Append($"  <meta charset=\"{charset}\">\n");
        }

        if (published is not null)
        {
            meta.Append($"  <meta property=\"article:published_time\" content=\"{published}\">\n");
        }

        if (author is not null)
        {
            meta.Append($"  <meta name=\"author\" content=\"{author}\">\n");
        }

        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            {meta}  <title>{Escape(title)} | Readout Test Wire</title>
              <script>var tracking = "do not read me";</script>
            </head>
            <body>
              <nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
              <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email this story</a></div>
              <main>
                <article>
                  <h1>{Escape(title)}</h1>
                  <div class="byline">By {author}</div>
                  <div class="article-body">
            {body}      </div>
                </article>
                <aside class="related-stories"><h2>Related</h2><ul><li><a href="/a">Another story about something else entirely</a></li><li><a href="/b">A second story nobody asked for</a></li></ul></aside>
              </main>
              <footer>Copyright Readout Test Wire. All rights reserved. Contact us. Terms of use. Privacy policy.</footer>
            </body>
            </html>
            """;
    }

    /// <summary>An RSS 2.0 feed with one item per (title, html content).</summary>
    public static string Rss(IEnumerable<(string Title, string Html)> items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Test Wire</title>\n" +
        string.Concat(items.Select((item, i) =>
            $"<item><title>{WebUtility.HtmlEncode(item.Title)}</title><link>https://wire.example/{i}</link><guid>item-{i}</guid>" +
            $"<pubDate>Tue, 14 Mar 2023 09:30:00 GMT</pubDate><content:encoded><![CDATA[{item.Html}]]></content:encoded></item>\n")) +
        "</channel></rss>\n";

    /// <summary>An Atom feed with one entry per (title, html content).</summary>
    public static string Atom(IEnumerable<(string Title, string Html)> items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Test Wire</title>\n" +
        string.Concat(items.Select((item, i) =>
            $"<entry><title>{WebUtility.HtmlEncode(item.Title)}</title><link rel=\"alternate\" href=\"https://wire.example/atom/{i}\"/><id>urn:test:{i}</id>" +
            $"<published>2023-05-02T08:00:00+02:00</published><author><name>Piet Dorn</name></author><content type=\"html\">{WebUtility.HtmlEncode(item.Html)}</content></entry>\n")) +
        "</feed>\n";

    /// <summary>One JSONL line for a record (id, title, text, date, source).</summary>
    public static string JsonlLine(string id, string title, string text, string? date, string source = "test-wire") =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["title"] = title, ["text"] = text, ["date"] = date, ["source"] = source });

    /// <summary>A WARC 1.1 file: a warcinfo record, then a request and a response record per page (HTTP 200, text/html).</summary>
    public static byte[] Warc(IEnumerable<(string Url, byte[] Html, string ContentType)> pages)
    {
        using var output = new MemoryStream();
        WriteRecord(output, "warcinfo", null, "application/warc-fields", "software: readout-tests\r\n"u8.ToArray());
        foreach (var (url, html, contentType) in pages)
        {
            WriteRecord(output, "request", url, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET {new Uri(url).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(url).Host}\r\n\r\n"));
            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {html.Length}\r\n\r\n");
            WriteRecord(output, "response", url, "application/http; msgtype=response", [.. head, .. html]);
        }

        return output.ToArray();
    }

    /// <summary>Gzip-compresses <paramref name="bytes"/> (one member).</summary>
    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    // Only markup characters are escaped: the bytes of other characters must reach the decoder as they are.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static void WriteRecord(Stream output, string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder();
        header.Append("WARC/1.1\r\n").Append($"WARC-Type: {type}\r\n").Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        header.Append("WARC-Date: 2023-03-15T10:00:00Z\r\n");
        if (uri is not null)
        {
            header.Append($"WARC-Target-URI: {uri}\r\n");
        }

        header.Append($"Content-Type: {contentType}\r\n").Append($"Content-Length: {block.Length}\r\n\r\n");
        output.Write(Encoding.UTF8.GetBytes(header.ToString()));
        output.Write(block);
        output.Write("\r\n\r\n"u8);
    }
}
