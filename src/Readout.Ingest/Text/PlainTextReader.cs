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
        byte[] bytes;
        if (path == "-")
        {
            bytes = ReadBounded(standardInput ?? Console.OpenStandardInput());
        }
        else
        {
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
                bytes = ReadBounded(stream);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new ReadoutException(ErrorCodes.InputUnreadable, exception.Message, exception);
            }
        }

        var (text, encoding) = TextDecoder.Decode(bytes, EncodingName);
        return new SourceText(text, path, encoding);
    }

    private byte[] ReadBounded(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new ReadoutException(ErrorCodes.InputTooLarge, $"the input is over the limit of {MaxBytes:N0} bytes (raise it with --max-size, or split the input)");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
