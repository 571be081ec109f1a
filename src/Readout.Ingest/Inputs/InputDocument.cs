using Readout.Core.Documents;

namespace Readout.Ingest.Inputs;

/// <summary>One document read from an input, with what the input said about it.</summary>
/// <param name="Text">The text to analyse: for HTML and feeds the extracted article body, title excluded.</param>
/// <param name="Source">Where it came from: a path, a path with a record or line, or a URL.</param>
/// <param name="Format">The kind of input it was read from.</param>
public sealed record InputDocument(string Text, string Source, InputFormat Format)
{
    /// <summary>The input's own identifier (a JSONL id, a feed item's guid, a WARC record id), or null.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date, or null.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The author or authors as the page gives them, or null.</summary>
    public string? Byline { get; init; }

    /// <summary>The outlet or collection it came from (a JSONL record's <c>source</c>, a site's host), or null.</summary>
    public string? Outlet { get; init; }

    /// <summary>The page's URL, or null.</summary>
    public string? Url { get; init; }

    /// <summary>The name of the encoding the text was decoded from, or null when the input was already text (JSON).</summary>
    public string? Encoding { get; init; }

    /// <summary>A new, unanalysed <see cref="Document"/> over <see cref="Text"/> with the title and date set.</summary>
    public Document ToDocument() => new(Text, Source) { Title = Title, Published = Published };
}
