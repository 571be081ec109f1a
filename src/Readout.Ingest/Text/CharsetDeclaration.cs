using System.Text;
using System.Text.RegularExpressions;

namespace Readout.Ingest.Text;

/// <summary>Finds the character encoding a document or its transport declares: a meta tag, an XML prolog, a Content-Type.</summary>
public static partial class CharsetDeclaration
{
    // The HTML standard has browsers look for a meta charset in the first 1,024 bytes; pages in the wild put it later.
    private const int PrescanBytes = 4096;

    /// <summary>The charset named in a Content-Type value (<c>text/html; charset=utf-8</c>), or null.</summary>
    public static string? FromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups["name"].Value : null;
    }

    /// <summary>The charset that the start of a markup document declares (meta charset, http-equiv, XML prolog), or null.</summary>
    public static string? FromMarkup(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 maps every byte to one char, so the ASCII markup reads the same whatever the real encoding is.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var prolog = XmlEncoding().Match(head);
        if (prolog.Success)
        {
            return prolog.Groups["name"].Value;
        }

        foreach (Match meta in MetaTag().Matches(head))
        {
            var tag = meta.Value;
            var direct = MetaCharset().Match(tag);
            if (direct.Success)
            {
                return direct.Groups["name"].Value;
            }

            if (tag.Contains("http-equiv", StringComparison.OrdinalIgnoreCase) && FromContentType(tag) is { } fromContent)
            {
                return fromContent;
            }
        }

        return null;
    }

    /// <summary>The encoding a declared charset name stands for, as browsers read it, or null when the name is unknown.</summary>
    /// <remarks>Browsers read ISO-8859-1 and US-ASCII as windows-1252, which agrees on every byte those define.</remarks>
    public static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim().Trim('"', '\'').ToLowerInvariant();
        if (trimmed is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1")
        {
            trimmed = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(trimmed, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<name>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\bencoding\s*=\s*[""'](?<name>[A-Za-z0-9_:.\-]+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?(?<name>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
