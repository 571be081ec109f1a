using System.IO.Compression;
using Readout.Core.Errors;
using Readout.Ingest.Feeds;
using Readout.Ingest.Html;
using Readout.Ingest.Jsonl;
using Readout.Ingest.Text;
using Readout.Ingest.Warc;

namespace Readout.Ingest.Inputs;

/// <summary>
/// Reads any input Readout knows — plain text, HTML, RSS/Atom, WARC, JSON Lines, each optionally gzip-compressed —
/// into <see cref="InputItem"/>s: one per document, or one per error, so a bad document never stops the rest.
/// </summary>
/// <remarks>
/// The format comes from the name (<c>.jsonl</c>, <c>.warc</c>, <c>.rss</c>, <c>.html</c>, with or without <c>.gz</c>)
/// and, for other names, from the first bytes. JSON Lines and WARC are streamed, so their files may be any size;
/// single-document files and each record are held to <see cref="MaxBytes"/>. Thread-safe.
/// </remarks>
public sealed class InputReader
{
    private const int SniffBytes = 4096;

    private readonly HtmlArticleExtractor _html = new();

    /// <summary>Creates a reader.</summary>
    /// <param name="maxBytes">The largest single document, record or line, in bytes.</param>
    /// <param name="encodingName">The encoding of inputs that declare none, or null to detect it (UTF-8, else windows-1252 for HTML).</param>
    public InputReader(long maxBytes = PlainTextReader.DefaultMaxBytes, string? encodingName = null)
    {
        MaxBytes = maxBytes;
        EncodingName = encodingName;
    }

    /// <summary>The largest single document, record or line, in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>The encoding of inputs that declare none, or null to detect it.</summary>
    public string? EncodingName { get; }

    /// <summary>The format a file name announces, or null when the name does not tell.</summary>
    public static InputFormat? FormatOfName(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            name = name[..^3];
        }

        return Path.GetExtension(name) switch
        {
            ".jsonl" or ".ndjson" => InputFormat.Jsonl,
            ".warc" => InputFormat.Warc,
            ".rss" or ".atom" or ".rdf" => InputFormat.Feed,
            ".html" or ".htm" or ".xhtml" or ".shtml" => InputFormat.Html,
            ".txt" or ".text" => InputFormat.Text,
            _ => null,
        };
    }

    /// <summary>The items of the file at <paramref name="path"/>, or of standard input for "-".</summary>
    /// <param name="path">A file path, or "-".</param>
    /// <param name="standardInput">Opens standard input (for "-").</param>
    public IEnumerable<InputItem> Read(string path, Func<Stream>? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "-")
        {
            return ReadStandardInput(standardInput ?? Console.OpenStandardInput);
        }

        if (Directory.Exists(path))
        {
            return [InputItem.Failed(path, new ReadoutException(ErrorCodes.InputIsDirectory, "it is a directory, not a file (readout ingest reads folders)"))];
        }

        if (!File.Exists(path))
        {
            return [InputItem.Failed(path, new ReadoutException(ErrorCodes.InputNotFound, "no such file"))];
        }

        return FormatOfName(path) switch
        {
            InputFormat.Jsonl => ReadJsonl(path),
            InputFormat.Warc => ReadWarc(path),
            InputFormat.Text => [WholeFile(path, InputFormat.Text)],
            _ => ReadBySniffing(path),
        };
    }

    private IEnumerable<InputItem> ReadStandardInput(Func<Stream> open)
    {
        byte[] bytes;
        try
        {
            bytes = Decompress(PlainTextReader.ReadBounded(open(), MaxBytes), "-");
        }
        catch (ReadoutException error)
        {
            return [InputItem.Failed("-", error)];
        }

        var format = Sniff(bytes);
        return format == InputFormat.Feed
            ? ReadFeed("-", bytes)
            : [new InputItem("-", () => Load("-", bytes, format ?? InputFormat.Text), bytes.Length)];
    }

    private IEnumerable<InputItem> ReadBySniffing(string path)
    {
        InputFormat? format;
        try
        {
            using var stream = Open(path, out _);
            var head = new byte[SniffBytes];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            format = Sniff(head.AsSpan(0, length)) ?? FormatOfName(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return [InputItem.Failed(path, Unreadable(exception))];
        }

        return format switch
        {
            InputFormat.Feed => ReadFeedFile(path),
            InputFormat.Warc => ReadWarc(path),
            _ => [WholeFile(path, format ?? InputFormat.Text)],
        };
    }

    private InputItem WholeFile(string path, InputFormat format) =>
        new(path, () => Load(path, ReadWholeFile(path), format), SafeLength(path));

    private byte[] ReadWholeFile(string path)
    {
        var bytes = new PlainTextReader(MaxBytes, EncodingName).ReadBytes(path);
        return Decompress(bytes, path);
    }

    private InputDocument Load(string source, byte[] bytes, InputFormat format)
    {
        if (format == InputFormat.Html || (format != InputFormat.Text && Sniff(bytes) == InputFormat.Html))
        {
            var (html, encoding) = TextDecoder.DecodeMarkup(bytes, encodingName: EncodingName);
            return FromArticle(_html.Extract(html), source, InputFormat.Html, encoding);
        }

        var (text, textEncoding) = TextDecoder.Decode(bytes, EncodingName);
        return new InputDocument(text, source, InputFormat.Text) { Encoding = textEncoding };
    }

    private IEnumerable<InputItem> ReadFeedFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = ReadWholeFile(path);
        }
        catch (ReadoutException error)
        {
            return [InputItem.Failed(path, error)];
        }

        return ReadFeed(path, bytes);
    }

    private IEnumerable<InputItem> ReadFeed(string path, byte[] bytes)
    {
        string xml;
        string encoding;
        try
        {
            (xml, encoding) = TextDecoder.DecodeMarkup(bytes, encodingName: EncodingName);
        }
        catch (ReadoutException error)
        {
            return [InputItem.Failed(path, error)];
        }

        var number = 0;
        return Guard(FeedReader.Read(xml), path, () => bytes.Length, item =>
        {
            number++;
            var source = $"{path}#{number}";
            return new InputItem(source, () => FromFeedItem(item, source, encoding), bytes.Length);
        });
    }

    private static InputDocument FromFeedItem(FeedItem item, string source, string encoding)
    {
        var text = item.Content is null ? string.Empty : item.ContentIsHtml ? HtmlText.FromFragment(item.Content) : item.Content.Trim();
        if (text.Length == 0)
        {
            throw new ReadoutException(ErrorCodes.NoArticleText, "the feed item has neither content nor a description");
        }

        return new InputDocument(text, source, InputFormat.Feed)
        {
            ExternalId = item.Id,
            Title = item.Title is null ? null : HtmlText.FromFragment(item.Title),
            Published = PublicationDate.Parse(item.Date),
            Byline = item.Author,
            Url = item.Link,
            Outlet = HostOf(item.Link),
            Encoding = encoding,
        };
    }

    private IEnumerable<InputItem> ReadJsonl(string path) => Streamed(path, (stream, position) =>
        Guard(JsonlLineReader.Read(stream, MaxBytes), path, position, line =>
        {
            var source = $"{path}:{line.Number}";
            if (line.TooLong)
            {
                return InputItem.Failed(source, new ReadoutException(ErrorCodes.InputTooLarge, $"the line has {line.Length:N0} bytes, over the limit of {MaxBytes:N0}"), position());
            }

            return new InputItem(source, () => FromJsonl(JsonlRecord.Parse(line.Bytes), source), position());
        }));

    private static InputDocument FromJsonl(JsonlRecord record, string source) => new(record.Text, source, InputFormat.Jsonl)
    {
        ExternalId = record.Id,
        Title = record.Title,
        Published = PublicationDate.Parse(record.Date),
        Outlet = record.Source,
        Url = record.Url,
    };

    private IEnumerable<InputItem> ReadWarc(string path) => Streamed(path, (stream, position) =>
        Guard(WarcReader.Read(stream, MaxBytes), path, position, record => FromWarcRecord(path, record, position())));

    private InputItem? FromWarcRecord(string path, WarcRecord record, long position)
    {
        var isResponse = record.Type == "response" && (record.ContentType?.Contains("application/http", StringComparison.OrdinalIgnoreCase) ?? true);
        var isHtmlResource = record.Type == "resource" && (record.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false);
        if (!isResponse && !isHtmlResource)
        {
            return null;
        }

        var source = $"{path}#{record.TargetUri ?? "record-" + record.Number}";
        if (record.TooLarge)
        {
            return InputItem.Failed(source, new ReadoutException(ErrorCodes.InputTooLarge, $"the record has {record.ContentLength:N0} bytes, over the limit of {MaxBytes:N0}"), position);
        }

        byte[] body;
        string? charset;
        if (isResponse)
        {
            HttpResponse response;
            try
            {
                response = HttpResponse.Parse(record.Block, MaxBytes);
            }
            catch (ReadoutException error)
            {
                return InputItem.Failed(source, error, position);
            }

            // Redirects, errors and non-HTML resources (images, scripts) are part of every crawl, not failures.
            if (response.Status is < 200 or >= 300 || !response.IsHtml)
            {
                return null;
            }

            body = response.Body;
            charset = CharsetDeclaration.FromContentType(response.ContentType);
        }
        else
        {
            body = record.Block;
            charset = CharsetDeclaration.FromContentType(record.ContentType);
        }

        return new InputItem(source, () =>
        {
            var (html, encoding) = TextDecoder.DecodeMarkup(body, charset, EncodingName);
            return FromArticle(_html.Extract(html, record.TargetUri), source, InputFormat.Warc, encoding) with { ExternalId = record.RecordId };
        }, position);
    }

    private static InputDocument FromArticle(HtmlArticle article, string source, InputFormat format, string encoding) =>
        new(article.Text, source, format)
        {
            Title = article.Title,
            Published = article.Published,
            Byline = article.Byline,
            Url = article.Url,
            Outlet = HostOf(article.Url),
            Encoding = encoding,
        };

    // Opens a streamed format, refusing binary junk up front; the position callback reports compressed bytes read.
    private IEnumerable<InputItem> Streamed(string path, Func<Stream, Func<long>, IEnumerable<InputItem>> read)
    {
        Stream stream;
        FileStream file;
        try
        {
            stream = new BufferedStream(Open(path, out file), 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Failed(path, Unreadable(exception))];
        }

        return WithStream(stream, file, path, read);
    }

    private static IEnumerable<InputItem> WithStream(Stream stream, FileStream file, string path, Func<Stream, Func<long>, IEnumerable<InputItem>> read)
    {
        using (stream)
        {
            var head = new byte[SniffBytes];
            int length;
            try
            {
                length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException)
            {
                length = -1;
            }

            if (length < 0)
            {
                yield return InputItem.Failed(path, new ReadoutException(ErrorCodes.InputMalformed, "the compressed file is corrupt"));
                yield break;
            }

            if (length == 0)
            {
                yield return InputItem.Failed(path, new ReadoutException(ErrorCodes.InputEmpty, "the input has no bytes"));
                yield break;
            }

            if (TextDecoder.DescribeBinary(head.AsSpan(0, length)) is { } binary)
            {
                yield return InputItem.Failed(path, new ReadoutException(ErrorCodes.InputBinary, $"the input is binary data ({binary}), not text"));
                yield break;
            }

            var rest = new PrefixedStream(head, length, stream);
            foreach (var item in read(rest, () => SafePosition(file)))
            {
                yield return item;
            }
        }
    }

    // Enumerates a format reader, turning the error that ends it (a truncated archive, broken XML) into a last item.
    private static IEnumerable<InputItem> Guard<T>(IEnumerable<T> source, string path, Func<long> position, Func<T, InputItem?> map)
    {
        using var enumerator = source.GetEnumerator();
        while (true)
        {
            ReadoutException? error = null;
            bool moved;
            try
            {
                moved = enumerator.MoveNext();
            }
            catch (ReadoutException exception)
            {
                error = exception;
                moved = false;
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error = new ReadoutException(ErrorCodes.InputMalformed, $"the input is corrupt or truncated: {exception.Message}", exception);
                moved = false;
            }

            if (error is not null)
            {
                yield return InputItem.Failed(path, error, position());
                yield break;
            }

            if (!moved)
            {
                yield break;
            }

            if (map(enumerator.Current) is { } item)
            {
                yield return item;
            }
        }
    }

    private static Stream Open(string path, out FileStream file)
    {
        file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var first = file.ReadByte();
        var second = file.ReadByte();
        file.Position = 0;
        return first == 0x1F && second == 0x8B ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private byte[] Decompress(byte[] bytes, string source)
    {
        if (bytes.Length < 2 || bytes[0] != 0x1F || bytes[1] != 0x8B)
        {
            return bytes;
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return PlainTextReader.ReadBounded(gzip, MaxBytes);
        }
        catch (InvalidDataException exception)
        {
            throw new ReadoutException(ErrorCodes.InputMalformed, $"{source} is gzip-compressed but corrupt or truncated: {exception.Message}", exception);
        }
    }

    /// <summary>The format the first bytes of an input show, or null when they look like plain text.</summary>
    internal static InputFormat? Sniff(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.Latin1.GetString(head[..Math.Min(head.Length, SniffBytes)]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("WARC/", StringComparison.Ordinal))
        {
            return InputFormat.Warc;
        }

        if (!text.StartsWith('<'))
        {
            return null;
        }

        if (FeedReader.LooksLikeFeed(text) && !text.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Feed;
        }

        return text.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<p>", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html
            : null;
    }

    private static string? HostOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long SafePosition(FileStream file)
    {
        try
        {
            return file.Position;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }

    private static ReadoutException Unreadable(Exception exception) => new(ErrorCodes.InputUnreadable, exception.Message, exception);
}
