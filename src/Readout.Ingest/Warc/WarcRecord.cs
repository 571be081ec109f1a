namespace Readout.Ingest.Warc;

/// <summary>One WARC record: its named header fields and its content block.</summary>
/// <param name="Number">The record's position in the file, from 1.</param>
/// <param name="Headers">The WARC header fields, names compared without case.</param>
/// <param name="Block">The content block, or empty when <paramref name="TooLarge"/>.</param>
/// <param name="ContentLength">The block's declared length in bytes.</param>
/// <param name="TooLarge">True when the block passed the reader's limit and was skipped.</param>
public sealed record WarcRecord(long Number, IReadOnlyDictionary<string, string> Headers, byte[] Block, long ContentLength, bool TooLarge)
{
    /// <summary>warcinfo, response, resource, request, metadata, revisit, conversion or continuation.</summary>
    public string Type => Header("WARC-Type") ?? string.Empty;

    /// <summary>The URI the record is about, or null.</summary>
    public string? TargetUri => Header("WARC-Target-URI")?.Trim('<', '>');

    /// <summary>The record's id (<c>&lt;urn:uuid:…&gt;</c>), or null.</summary>
    public string? RecordId => Header("WARC-Record-ID");

    /// <summary>When the record was captured (ISO 8601), or null.</summary>
    public string? Date => Header("WARC-Date");

    /// <summary>The block's content type (<c>application/http; msgtype=response</c>, <c>text/html</c>…), or null.</summary>
    public string? ContentType => Header("Content-Type");

    /// <summary>A header field's value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
