namespace Readout.Storage.Queries;

/// <summary>A lookup of entities by name, summarised over documents.</summary>
public sealed record EntityQuery
{
    /// <summary>Part of the entity's name or of one of its mentions (without case).</summary>
    public string? Name { get; init; }

    /// <summary>The entity type (PERSON, ORG, GPE…).</summary>
    public string? Type { get; init; }

    /// <summary>A CAMEO actor code or prefix (a country: <c>NRL</c>) the entity's code starts with.</summary>
    public string? Actor { get; init; }

    /// <summary>The most rows returned.</summary>
    public int Limit { get; init; } = 1000;
}
