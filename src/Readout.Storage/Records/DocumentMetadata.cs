namespace Readout.Storage.Records;

/// <summary>What the input said about a document beyond its text, title and date.</summary>
/// <param name="ExternalId">The input's own id (a JSONL id, a feed guid, a WARC record id), or null.</param>
/// <param name="Url">The page's URL, or null.</param>
/// <param name="Byline">The author or authors, or null.</param>
/// <param name="Outlet">The outlet or collection (a JSONL <c>source</c>, a site's host), or null.</param>
/// <param name="Format">The input format: text, html, feed, warc or jsonl.</param>
public sealed record DocumentMetadata(string? ExternalId = null, string? Url = null, string? Byline = null, string? Outlet = null, string? Format = null);
