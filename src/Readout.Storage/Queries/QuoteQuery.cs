namespace Readout.Storage.Queries;

/// <summary>A filter over quotations; unset filters match everything.</summary>
public sealed record QuoteQuery
{
    /// <summary>Part of the speaker's name (without case).</summary>
    public string? Speaker { get; init; }

    /// <summary>Words the quotation must contain (full-text search: FTS5 in SQLite, tsvector in PostgreSQL).</summary>
    public string? Text { get; init; }

    /// <summary>The first publication day included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last publication day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The most rows returned.</summary>
    public int Limit { get; init; } = 1000;
}
