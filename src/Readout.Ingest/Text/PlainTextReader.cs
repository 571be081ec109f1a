using Readout.Core.Errors;

namespace Readout.Ingest.Text;

/// <summary>Reads a plain-text file or standard input, refusing what is not readable text with a coded reason.</summary>
public sealed class PlainTextReader
{
    /// <summary>The default size limit: 64 MiB, far above any article, well below what exhausts memory.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Creates a reader.</summary>
    /// <param name="maxBytes">Inputs larger than this are refused before they are read.</param>
    /// <param name="encodingName">The encoding of inputs without a byte-order mark, or null for UTF-8.</param>
    public PlainTextReader(long maxBytes = DefaultMaxBytes, string? encodingName = null)
    {
        MaxBytes = maxBytes;
        EncodingName = encodingName;
    }

    /// <summary>The size limit in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>The encoding of inputs without a byte-order mark, or null for UTF-8.</summary>
    public string? EncodingName { get; }

    /// <summary>Reads <paramref name="path"/>, or standard input when it is "-".</summary>
    /// <exception cref="ReadoutException">With the reason the input cannot be read.</exception>
    public SourceText Read(string path, Stream? standardInput = null)
    {
        var bytes = ReadBytes(path, standardInput);
        var (text, encoding) = TextDecoder.Decode(bytes, EncodingName);
        return new SourceText(text, path, encoding);
    }

    /// <summary>The bytes of <paramref name="path"/> (or standard input for "-"), refused when missing, a folder or too large.</summary>
    /// <exception cref="ReadoutException">InputNotFound, InputIsDirectory, InputTooLarge or InputUnreadable.</exception>
    public byte[] ReadBytes(string path, Stream? standardInput = null)
    {
        if (path == "-")
        {
            return ReadBounded(standardInput ?? Console.OpenStandardInput(), MaxBytes);
        }

        if (Directory.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.InputIsDirectory, "it is a directory, not a file (readout ingest reads folders)");
        }

        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.InputNotFound, "no such file");
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                throw new ReadoutException(ErrorCodes.InputTooLarge, $"the file has {length:N0} bytes, over the limit of {MaxBytes:N0} (raise it with --max-size, or split the file)");
            }

            using var stream = File.OpenRead(path);
            return ReadBounded(stream, MaxBytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ReadoutException(ErrorCodes.InputUnreadable, exception.Message, exception);
        }
    }

    /// <summary>Reads a stream to its end, refusing it as soon as it passes <paramref name="maxBytes"/>.</summary>
    /// <exception cref="ReadoutException">InputTooLarge.</exception>
    public static byte[] ReadBounded(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ReadoutException(ErrorCodes.InputTooLarge, $"the input is over the limit of {maxBytes:N0} bytes (raise it with --max-size, or split the input)");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
