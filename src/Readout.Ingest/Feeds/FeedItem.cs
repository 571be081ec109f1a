namespace Readout.Ingest.Feeds;

/// <summary>One RSS item or Atom entry.</summary>
/// <param name="Title">The item's title, or null.</param>
/// <param name="Link">The article's URL, or null.</param>
/// <param name="Id">The guid (RSS) or id (Atom), or null.</param>
/// <param name="Date">The publication (or last update) date as written in the feed, or null.</param>
/// <param name="Author">The author, or null.</param>
/// <param name="Content">The full content when the feed carries it, else the summary or description; null when neither.</param>
/// <param name="ContentIsHtml">True when <paramref name="Content"/> is HTML (RSS descriptions, Atom type="html" or "xhtml").</param>
public sealed record FeedItem(string? Title, string? Link, string? Id, string? Date, string? Author, string? Content, bool ContentIsHtml);
