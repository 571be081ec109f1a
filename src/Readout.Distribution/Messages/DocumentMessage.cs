using Readout.Core.Documents;
using Readout.Storage.Ingestion;
using Readout.Storage.Records;

namespace Readout.Distribution.Messages;

/// <summary>A document on its way from the publisher to a worker: the text, what its input said about it, and its run.</summary>
/// <remarks>
/// The loaded text travels, not a path, so a worker needs no access to the publisher's files. Rebuilt by
/// <see cref="ToIngestDocument"/>, it gives the same document (and so the same stored rows) as an in-process ingest.
/// </remarks>
/// <param name="Run">The ingest run that published it (<see cref="RunEvent.Run"/>).</param>
/// <param name="Source">The path, record or line it was read from.</param>
/// <param name="Text">The text to analyse.</param>
public sealed record DocumentMessage(string Run, string Source, string Text)
{
    /// <summary>The title, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date, or null.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The input's own id, or null.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The page's URL, or null.</summary>
    public string? Url { get; init; }

    /// <summary>The author or authors, or null.</summary>
    public string? Byline { get; init; }

    /// <summary>The outlet or collection, or null.</summary>
    public string? Outlet { get; init; }

    /// <summary>The input format (text, html, feed, warc, jsonl), or null.</summary>
    public string? Format { get; init; }

    /// <summary>The message for a loaded document of <paramref name="run"/>.</summary>
    public static DocumentMessage From(string run, IngestDocument loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var (document, metadata) = (loaded.Document, loaded.Metadata);
        return new DocumentMessage(run, document.Source ?? string.Empty, document.Text)
        {
            Title = document.Title,
            Published = document.Published,
            ExternalId = metadata.ExternalId,
            Url = metadata.Url,
            Byline = metadata.Byline,
            Outlet = metadata.Outlet,
            Format = metadata.Format,
        };
    }

    /// <summary>A new, unanalysed document with its metadata, as the publisher loaded it.</summary>
    public IngestDocument ToIngestDocument() =>
        new(new Document(Text, Source) { Title = Title, Published = Published }, new DocumentMetadata(ExternalId, Url, Byline, Outlet, Format));
}
