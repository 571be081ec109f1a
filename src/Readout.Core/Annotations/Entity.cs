namespace Readout.Core.Annotations;

/// <summary>A real-world referent of a document: its mentions merged by coreference, linked where possible.</summary>
public sealed record Entity
{
    /// <summary>The document-local id (<c>e1</c>, <c>e2</c>…).</summary>
    public required string Id { get; init; }

    /// <summary>The canonical name: the knowledge-base name when linked, else the longest name mention.</summary>
    public required string Name { get; init; }

    /// <summary>PERSON, ORG, GPE, LOC, NORP, DATE…</summary>
    public required string Type { get; init; }

    /// <summary>A stable knowledge-base identifier (a Wikidata id where known), or null.</summary>
    public string? KnowledgeBaseId { get; init; }

    /// <summary>The CAMEO-style actor code, or null.</summary>
    public ActorCode? Actor { get; init; }

    /// <summary>Every mention, in text order.</summary>
    public required IReadOnlyList<Mention> Mentions { get; init; }

    /// <summary>For a group ("the two sides"), the ids of the entities it stands for; null otherwise.</summary>
    public IReadOnlyList<string>? Members { get; init; }
}
