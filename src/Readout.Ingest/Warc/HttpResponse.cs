using System.Globalization;
using System.IO.Compression;
using System.Text;
using Readout.Core.Errors;
using Readout.Ingest.Text;

namespace Readout.Ingest.Warc;

/// <summary>An HTTP response as a WARC response record holds it: status, headers and body (de-chunked and decompressed).</summary>
/// <param name="Status">The status code.</param>
/// <param name="Headers">The response headers, names compared without case.</param>
/// <param name="Body">The entity body.</param>
public sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The Content-Type header, or null.</summary>
    public string? ContentType => Headers.TryGetValue("Content-Type", out var value) ? value : null;

    /// <summary>True when the body is an HTML page.</summary>
    public bool IsHtml => ContentType is null
        || ContentType.Contains("html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a response record's block.</summary>
    /// <param name="block">The record's block.</param>
    /// <param name="maxBodyBytes">The largest body kept after decompression.</param>
    /// <exception cref="ReadoutException">InputMalformed when the block is not an HTTP response; InputTooLarge past the limit.</exception>
    public static HttpResponse Parse(byte[] block, long maxBodyBytes)
    {
        ArgumentNullException.ThrowIfNull(block);
        var span = block.AsSpan();
        var end = span.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = span.IndexOf("\n\n"u8);
            separator = 2;
        }

        if (end < 0)
        {
            throw new ReadoutException(ErrorCodes.InputMalformed, "the response record has no end to its HTTP headers");
        }

        var lines = Encoding.Latin1.GetString(span[..end]).Split('\n');
        var status = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            throw new ReadoutException(ErrorCodes.InputMalformed, "the response record does not start with an HTTP status line");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = span[(end + separator)..].ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        if (headers.TryGetValue("Content-Encoding", out var encoding))
        {
            body = Decompress(body, encoding.Trim().ToLowerInvariant(), maxBodyBytes);
        }

        return new HttpResponse(code, headers, body);
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', position);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.Latin1.GetString(body, position, lineEnd - position).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                // Some crawlers store the de-chunked body but keep the header: use it as it is.
                return position == 0 ? body : output.ToArray();
            }

            if (size == 0)
            {
                break;
            }

            var start = lineEnd + 1;
            var count = Math.Min(size, body.Length - start);
            output.Write(body, start, count);
            position = start + count;
            while (position < body.Length && body[position] is (byte)'\r' or (byte)'\n')
            {
                position++;
            }
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] body, string encoding, long maxBodyBytes)
    {
        if (encoding is "identity" or "")
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decompressor = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
            "deflate" => new ZLibStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => throw new ReadoutException(ErrorCodes.InputUnsupported, $"the response uses Content-Encoding \"{encoding}\", which Readout does not read"),
        };
        try
        {
            return PlainTextReader.ReadBounded(decompressor, maxBodyBytes);
        }
        catch (InvalidDataException exception)
        {
            throw new ReadoutException(ErrorCodes.InputMalformed, $"the response body's {encoding} compression is corrupt: {exception.Message}", exception);
        }
    }
}
