namespace Readout.Storage.Queries;

/// <summary>A filter over quotations; unset filters match everything.</summary>
public sealed record QuoteQuery
{
    /// <summary>Part of the speaker's name (without case).</summary>
    public string? Speaker { get; init; }

    /// <summary>The CAMEO code (or prefix, or country) of the speaker's entity.</summary>
    public string? SpeakerActor { get; init; }

    /// <summary>Words the quotation must contain (full-text search: FTS5 in SQLite, tsvector in PostgreSQL).</summary>
    public string? Text { get; init; }

    /// <summary>The first publication day included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last publication day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Add the document's id (content hash), the content offsets and the quotation's local id.</summary>
    public bool WithDocument { get; init; }

    /// <summary>The most rows returned.</summary>
    public int Limit { get; init; } = 1000;
}
