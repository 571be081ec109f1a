using System.Text;
using Readout.Core.Errors;

namespace Readout.Ingest.Text;

/// <summary>Turns the bytes of a text input into a string, or says clearly why it cannot.</summary>
/// <remarks>
/// A byte-order mark decides the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) and is dropped. Without one, the
/// bytes must be valid UTF-8 unless the caller names another encoding. Binary data (NUL bytes, control
/// characters, known file signatures) is refused rather than decoded into garbage.
/// </remarks>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The input's bytes.</param>
    /// <param name="encodingName">An encoding to use when there is no byte-order mark (e.g. "windows-1252"), or null for UTF-8.</param>
    /// <exception cref="ReadoutException">InputEmpty, InputBinary, InputEncoding or InvalidOption.</exception>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string? encodingName = null)
    {
        if (bytes.Length == 0)
        {
            throw new ReadoutException(ErrorCodes.InputEmpty, "the input has no bytes");
        }

        var (bomEncoding, bomLength) = DetectByteOrderMark(bytes);
        string text;
        string name;
        if (bomEncoding is not null)
        {
            text = Strict(bomEncoding).GetString(bytes[bomLength..]);
            name = bomEncoding.WebName;
        }
        else
        {
            if (DescribeBinary(bytes) is { } binary)
            {
                throw new ReadoutException(ErrorCodes.InputBinary, $"the input is binary data ({binary}), not text");
            }

            var encoding = encodingName is null ? StrictUtf8 : Named(encodingName);
            text = DecodeStrictly(bytes, encoding, "the input is not valid");
            name = encoding.WebName;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ReadoutException(ErrorCodes.InputEmpty, "the input holds only whitespace");
        }

        return (text, name);
    }

    /// <summary>Decodes a markup document (HTML, a feed), honouring the encodings it and its transport declare.</summary>
    /// <param name="bytes">The document's bytes.</param>
    /// <param name="transportCharset">The charset of an HTTP Content-Type header (from a WARC record), or null.</param>
    /// <param name="encodingName">An encoding the caller insists on (--encoding), or null.</param>
    /// <remarks>
    /// Order: byte-order mark, the caller's encoding, the transport's charset, the document's own declaration (meta
    /// charset, http-equiv, XML prolog), then UTF-8, then windows-1252 (the web's legacy default) for undeclared
    /// bytes that are not UTF-8. A declared encoding the bytes break is an error, never silently replaced.
    /// </remarks>
    /// <exception cref="ReadoutException">InputEmpty, InputBinary, InputEncoding or InvalidOption.</exception>
    public static (string Text, string Encoding) DecodeMarkup(ReadOnlySpan<byte> bytes, string? transportCharset = null, string? encodingName = null)
    {
        if (encodingName is not null || bytes.Length == 0 || DetectByteOrderMark(bytes).Encoding is not null)
        {
            return Decode(bytes, encodingName);
        }

        if (DescribeBinary(bytes) is { } binary)
        {
            throw new ReadoutException(ErrorCodes.InputBinary, $"the input is binary data ({binary}), not text");
        }

        var declared = CharsetDeclaration.Resolve(transportCharset) ?? CharsetDeclaration.Resolve(CharsetDeclaration.FromMarkup(bytes));
        string text;
        if (declared is not null)
        {
            text = DecodeStrictly(bytes, declared, "the document declares its charset but is not valid");
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
                declared = StrictUtf8;
            }
            catch (DecoderFallbackException)
            {
                declared = Named("windows-1252");
                text = declared.GetString(bytes);
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ReadoutException(ErrorCodes.InputEmpty, "the input holds only whitespace");
        }

        return (text, declared.WebName);
    }

    private static string DecodeStrictly(ReadOnlySpan<byte> bytes, Encoding encoding, string failure)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            var at = exception.Index >= 0 ? $" at byte {exception.Index}" : string.Empty;
            throw new ReadoutException(
                ErrorCodes.InputEncoding,
                $"{failure} {encoding.WebName}{at}; name its encoding with --encoding (for example windows-1252)");
        }
    }

    /// <summary>The encoding announced by a byte-order mark and the mark's length, or (null, 0).</summary>
    public static (Encoding? Encoding, int Length) DetectByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (null, 0);
    }

    /// <summary>A short description of why <paramref name="bytes"/> look binary, or null when they look like text.</summary>
    public static string? DescribeBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF"u8))
        {
            return "a PDF file";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            return "a PNG image";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "a JPEG image";
        }

        if (bytes.StartsWith("GIF8"u8))
        {
            return "a GIF image";
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return "a ZIP archive or office document";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "gzip-compressed data";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]))
        {
            return "an executable";
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return "it contains NUL bytes";
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        return controls * 20 > sample.Length ? "too many control characters" : null;
    }

    private static Encoding Strict(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static Encoding Named(string name)
    {
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new ReadoutException(ErrorCodes.InvalidOption, $"'{name}' is not an encoding this machine knows");
        }
    }
}
