using Readout.Extraction.Events.Actors;

namespace Readout.Extraction.Events;

/// <summary>An event as the sentence coder finds it, before it becomes a contract record.</summary>
internal sealed record CodedEvent
{
    /// <summary>The CAMEO code.</summary>
    public required string Code { get; init; }

    /// <summary>Who acted.</summary>
    public required Actor Source { get; init; }

    /// <summary>Who was acted upon.</summary>
    public required Actor Target { get; init; }

    /// <summary>The verb or noun that triggered it (sentence-local).</summary>
    public required int Trigger { get; init; }

    /// <summary>The rule: a pattern id, a verb block, a transformation or a named rule.</summary>
    public required string Rule { get; init; }

    /// <summary>The verb block of the trigger, when a verb triggered it (for transformations).</summary>
    public string? Block { get; init; }

    /// <summary>The pattern or rule as written, for explanations.</summary>
    public string? Detail { get; init; }

    /// <summary>The first token of the evidence.</summary>
    public required int First { get; init; }

    /// <summary>The last token of the evidence.</summary>
    public required int Last { get; init; }

    /// <summary>True for "did not", "refused to".</summary>
    public bool Negated { get; init; }

    /// <summary>True for "may", "could", "plans to".</summary>
    public bool Hypothetical { get; init; }

    /// <summary>True for "will": a stated intention.</summary>
    public bool Future { get; init; }

    /// <summary>True for "must": what another actor must do is demanded of it.</summary>
    public bool Obligation { get; init; }

    /// <summary>How specific the evidence is: the deduplicator keeps the strongest of equal events.</summary>
    public int Strength { get; init; }

    /// <summary>The quotation the event was read from, or null.</summary>
    public string? QuotationId { get; init; }

    /// <summary>True once a statement verb above it turned it into an event of its own.</summary>
    public bool Absorbed { get; set; }
}
