namespace Readout.Storage.Queries;

/// <summary>A lookup of entities by name, summarised over documents.</summary>
public sealed record EntityQuery
{
    /// <summary>Part of the entity's name or of one of its mentions (without case).</summary>
    public string? Name { get; init; }

    /// <summary>The entity type (PERSON, ORG, GPE…).</summary>
    public string? Type { get; init; }

    /// <summary>The most rows returned.</summary>
    public int Limit { get; init; } = 1000;
}
