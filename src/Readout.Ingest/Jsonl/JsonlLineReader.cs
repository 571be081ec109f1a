namespace Readout.Ingest.Jsonl;

/// <summary>Splits a stream into lines without ever holding more than one line (bounded) in memory.</summary>
/// <remarks>A line over the limit is skipped to its end and reported as too long, so one bad line loses nothing else.</remarks>
public static class JsonlLineReader
{
    /// <summary>The lines of <paramref name="stream"/>; blank lines are skipped, a final line without a break is kept.</summary>
    /// <param name="stream">The (decompressed) input.</param>
    /// <param name="maxLineBytes">The longest line kept.</param>
    public static IEnumerable<JsonlLine> Read(Stream stream, long maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[1 << 16];
        using var line = new MemoryStream();
        long number = 0;
        long length = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                length += end - start;
                if (length <= maxLineBytes)
                {
                    line.Write(buffer, start, end - start);
                }

                if (newline < 0)
                {
                    break;
                }

                number++;
                if (Finish(line, number, length, maxLineBytes) is { } complete)
                {
                    yield return complete;
                }

                line.SetLength(0);
                length = 0;
                start = newline + 1;
            }
        }

        if (length > 0)
        {
            number++;
            if (Finish(line, number, length, maxLineBytes) is { } last)
            {
                yield return last;
            }
        }
    }

    private static JsonlLine? Finish(MemoryStream line, long number, long length, long maxLineBytes)
    {
        if (length > maxLineBytes)
        {
            return new JsonlLine(number, [], length, TooLong: true);
        }

        var bytes = line.ToArray();
        var span = bytes.AsSpan().TrimEnd("\r \t"u8).TrimStart(" \t"u8);
        return span.IsEmpty ? null : new JsonlLine(number, bytes, length, TooLong: false);
    }
}
