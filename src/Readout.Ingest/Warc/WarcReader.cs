using System.Globalization;
using System.IO.Compression;
using System.Text;
using Readout.Core.Errors;

namespace Readout.Ingest.Warc;

/// <summary>Reads WARC 1.0/1.1 records one at a time from a stream (decompress .warc.gz before), holding one record in memory.</summary>
/// <remarks>
/// No maintained WARC package restores here, and the format is small: header lines, a blank line, Content-Length
/// bytes, two line breaks. A record cut short, a missing Content-Length or a broken gzip member is an
/// <see cref="ErrorCodes.InputMalformed"/> error naming the record; the records before it have been yielded.
/// </remarks>
public static class WarcReader
{
    private const int MaxHeaderLine = 64 * 1024;

    /// <summary>The records of <paramref name="stream"/>.</summary>
    /// <param name="stream">The uncompressed WARC bytes (a <see cref="GZipStream"/> for .warc.gz: it reads every member).</param>
    /// <param name="maxBlockBytes">Blocks longer than this are skipped and flagged <see cref="WarcRecord.TooLarge"/>.</param>
    /// <exception cref="ReadoutException">InputMalformed when the archive is truncated or corrupt.</exception>
    public static IEnumerable<WarcRecord> Read(Stream stream, long maxBlockBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var input = new BufferedStream(stream, 1 << 16);
        long number = 0;
        while (true)
        {
            number++;
            var headers = ReadHeaders(input, number);
            if (headers is null)
            {
                yield break;
            }

            if (!headers.TryGetValue("Content-Length", out var lengthText)
                || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                throw new ReadoutException(ErrorCodes.InputMalformed, $"WARC record {number} has no valid Content-Length");
            }

            var tooLarge = length > maxBlockBytes;
            var block = tooLarge ? null : new byte[length];
            var got = ReadBlock(input, length, block, number);
            if (got < length)
            {
                throw new ReadoutException(ErrorCodes.InputMalformed, $"the WARC is truncated: record {number} ends after {got:N0} of its {length:N0} bytes");
            }

            yield return new WarcRecord(number, headers, block ?? [], length, tooLarge);
        }
    }

    private static Dictionary<string, string>? ReadHeaders(Stream input, long number)
    {
        string? line;
        do
        {
            line = ReadLine(input, number);
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0);

        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new ReadoutException(ErrorCodes.InputMalformed, $"WARC record {number} does not start with a WARC/ version line (found \"{Shorten(line)}\")");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastName = null;
        while (true)
        {
            line = ReadLine(input, number) ?? throw new ReadoutException(ErrorCodes.InputMalformed, $"the WARC is truncated inside the headers of record {number}");
            if (line.Length == 0)
            {
                return headers;
            }

            if (line[0] is ' ' or '\t' && lastName is not null)
            {
                headers[lastName] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new ReadoutException(ErrorCodes.InputMalformed, $"WARC record {number} has a header line without a name: \"{Shorten(line)}\"");
            }

            lastName = line[..colon].Trim();
            headers[lastName] = line[(colon + 1)..].Trim();
        }
    }

    // Header lines are UTF-8 (WARC 1.1); null at the end of the stream.
    private static string? ReadLine(Stream input, long number)
    {
        var bytes = new List<byte>(128);
        while (true)
        {
            var b = ReadByte(input, number);
            if (b < 0)
            {
                return bytes.Count == 0 ? null : throw new ReadoutException(ErrorCodes.InputMalformed, $"the WARC is truncated inside the headers of record {number}");
            }

            if (b == '\n')
            {
                var count = bytes.Count > 0 && bytes[^1] == '\r' ? bytes.Count - 1 : bytes.Count;
                return Encoding.UTF8.GetString(bytes.ToArray(), 0, count);
            }

            if (bytes.Count == MaxHeaderLine)
            {
                throw new ReadoutException(ErrorCodes.InputMalformed, $"WARC record {number} has a header line over {MaxHeaderLine:N0} bytes: this is not a WARC file");
            }

            bytes.Add((byte)b);
        }
    }

    private static int ReadByte(Stream input, long number)
    {
        try
        {
            return input.ReadByte();
        }
        catch (InvalidDataException exception)
        {
            throw Corrupt(number, exception);
        }
    }

    // Reads a block of `length` bytes into `block`, or past it when `block` is null (too large to keep); returns the bytes there were.
    private static long ReadBlock(Stream input, long length, byte[]? block, long number)
    {
        var scratch = block is null ? new byte[1 << 16] : null;
        long total = 0;
        try
        {
            while (total < length)
            {
                var read = block is not null
                    ? input.Read(block, (int)total, (int)(length - total))
                    : input.Read(scratch!, 0, (int)Math.Min(scratch!.Length, length - total));
                if (read == 0)
                {
                    break;
                }

                total += read;
            }
        }
        catch (InvalidDataException exception)
        {
            throw Corrupt(number, exception);
        }

        return total;
    }

    private static ReadoutException Corrupt(long number, InvalidDataException exception) =>
        new(ErrorCodes.InputMalformed, $"the compressed WARC is corrupt or truncated in record {number}: {exception.Message}", exception);

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
