namespace Readout.Storage.Queries;

/// <summary>A filter over stored documents; unset filters match everything.</summary>
public sealed record DocumentQuery
{
    /// <summary>Part of the title (without case).</summary>
    public string? Title { get; init; }

    /// <summary>The outlet or collection.</summary>
    public string? Outlet { get; init; }

    /// <summary>The first publication day included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last publication day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>List near-duplicate pairs (the same story in several documents) instead of documents.</summary>
    public bool NearDuplicates { get; init; }

    /// <summary>The most rows returned.</summary>
    public int Limit { get; init; } = 1000;
}
