using System.Collections.Frozen;

namespace Readout.Nlp.Tokenization;

/// <summary>Top-level domains and file extensions, which follow a period inside one token ("bbc.co.uk", "report.PDF").</summary>
internal static class FileSuffixes
{
    private static readonly FrozenSet<string> Known = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk", "us", "ca", "de", "fr", "ru", "cn",
        "ir", "sy", "il", "in", "jp", "au", "eu", "tv", "me", "ly", "news",
        "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "txt", "htm", "html", "jpg", "jpeg", "png", "gif", "zip", "exe",
        "csv", "json", "xml", "mp3", "mp4", "avi", "mov",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsKnown(ReadOnlySpan<char> suffix) => Lookup.Contains(suffix);
}
