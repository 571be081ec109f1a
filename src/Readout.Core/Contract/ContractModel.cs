using System.Text.Json.Serialization;

namespace Readout.Core.Contract;

// The public output contract (docs/contract.md). Field names never change; fields may be added.
// These are plain data shapes for serialization; the domain types live in Readout.Core.Annotations.

/// <summary>One analysed document as written by <c>readout extract</c>, the web API and exports.</summary>
public sealed class AnalysedDocument
{
    /// <summary>SHA-256 of the text, or the caller's id.</summary>
    public required string Id { get; init; }

    /// <summary>Path, URL or "-".</summary>
    public string? Source { get; init; }

    /// <summary>Title, or null.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date (YYYY-MM-DD), or null.</summary>
    public string? Published { get; init; }

    /// <summary>Exactly the text analysed.</summary>
    public required string Text { get; init; }

    /// <summary>Sentence offsets.</summary>
    public required IReadOnlyList<ContractRange> Sentences { get; init; }

    /// <summary>Tokens with their annotations; present only when asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ContractToken>? Tokens { get; init; }

    /// <summary>Entities, one per referent.</summary>
    public required IReadOnlyList<ContractEntity> Entities { get; init; }

    /// <summary>Quotations and reported speech.</summary>
    public required IReadOnlyList<ContractQuote> Quotes { get; init; }

    /// <summary>Coded events.</summary>
    public required IReadOnlyList<ContractEvent> Events { get; init; }
}

/// <summary>A half-open range of UTF-16 offsets.</summary>
public sealed record ContractRange(int Start, int End);

/// <summary>A range of text with its characters.</summary>
public sealed record ContractTextSpan(int Start, int End, string Text);

/// <summary>One mention of an entity: its text, what kind of mention it is, and the rule that attached it.</summary>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The mention as written.</param>
public sealed record ContractMention(int Start, int End, string Text)
{
    /// <summary><c>name</c>, <c>nominal</c> (a title or description) or <c>pronoun</c>; null in JSON written before it was recorded.</summary>
    public string? Kind { get; init; }

    /// <summary>The linking and coreference rule that attached the mention (<c>name+kb:title+surname</c>, <c>pronoun:subject</c>…), or null.</summary>
    public string? Rule { get; init; }
}

/// <summary>One token (only with <c>--tokens</c>).</summary>
public sealed class ContractToken
{
    /// <summary>Start offset.</summary>
    public int Start { get; init; }

    /// <summary>End offset.</summary>
    public int End { get; init; }

    /// <summary>The token's characters.</summary>
    public required string Text { get; init; }

    /// <summary>Lemma, or null.</summary>
    public string? Lemma { get; init; }

    /// <summary>UPOS tag, or null.</summary>
    public string? Upos { get; init; }

    /// <summary>Penn tag, or null.</summary>
    public string? Xpos { get; init; }

    /// <summary>Morphological features, or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Feats { get; init; }

    /// <summary>Index of the head token in the document (-1 for a root), or null before parsing.</summary>
    public int? Head { get; init; }

    /// <summary>Dependency relation, or null.</summary>
    public string? Deprel { get; init; }
}

/// <summary>An entity.</summary>
public sealed class ContractEntity
{
    /// <summary>e1, e2…</summary>
    public required string Id { get; init; }

    /// <summary>Canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>PERSON, ORG, GPE…</summary>
    public required string Type { get; init; }

    /// <summary>Knowledge-base id, or null.</summary>
    public string? Kb { get; init; }

    /// <summary>CAMEO-style actor, or null.</summary>
    public ContractActor? Actor { get; init; }

    /// <summary>Mentions.</summary>
    public required IReadOnlyList<ContractMention> Mentions { get; init; }

    /// <summary>For a group ("the two sides"), the ids of its member entities; left out otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Members { get; init; }
}

/// <summary>A CAMEO-style actor code.</summary>
public sealed record ContractActor(string Code, string? Country, string? Role);

/// <summary>A quotation.</summary>
public sealed class ContractQuote
{
    /// <summary>q1, q2…</summary>
    public required string Id { get; init; }

    /// <summary>direct | indirect | mixed</summary>
    public required string Kind { get; init; }

    /// <summary>The speaker, or null when none was found.</summary>
    public ContractSpeaker? Speaker { get; init; }

    /// <summary>The cue, or null.</summary>
    public ContractTextSpan? Cue { get; init; }

    /// <summary>What was said.</summary>
    public required ContractTextSpan Content { get; init; }

    /// <summary>The rule that found it.</summary>
    public string? Rule { get; init; }
}

/// <summary>A speaker's mention and entity.</summary>
public sealed record ContractSpeaker(string? Entity, string? Name, int? Start, int? End);

/// <summary>A coded event.</summary>
public sealed class ContractEvent
{
    /// <summary>v1, v2…</summary>
    public required string Id { get; init; }

    /// <summary>CAMEO code.</summary>
    public required string Cameo { get; init; }

    /// <summary>PLOVER type.</summary>
    public string? Plover { get; init; }

    /// <summary>Goldstein score.</summary>
    public double? Goldstein { get; init; }

    /// <summary>QuadClass 1–4.</summary>
    public int QuadClass { get; init; }

    /// <summary>Source actor.</summary>
    public ContractParticipant? Source { get; init; }

    /// <summary>Target actor.</summary>
    public ContractParticipant? Target { get; init; }

    /// <summary>Negated or hypothetical.</summary>
    public bool Negated { get; init; }

    /// <summary>Event date, or null.</summary>
    public string? Date { get; init; }

    /// <summary>Event location, or null.</summary>
    public ContractLocation? Location { get; init; }

    /// <summary>Quote id, or null.</summary>
    public string? Quote { get; init; }

    /// <summary>Evidence span.</summary>
    public required ContractTextSpan Evidence { get; init; }

    /// <summary>Rule.</summary>
    public required string Rule { get; init; }
}

/// <summary>An event's source or target.</summary>
public sealed record ContractParticipant(string? Entity, string? Name, string? Code);

/// <summary>An event's location.</summary>
public sealed record ContractLocation(string Name, string? Country, double? Lat, double? Lon);
