namespace Readout.Core.Annotations;

/// <summary>A coded political event: who did what to whom, with the evidence and rule that produced it.</summary>
public sealed record PoliticalEvent
{
    /// <summary>The document-local id (<c>v1</c>, <c>v2</c>…).</summary>
    public required string Id { get; init; }

    /// <summary>The CAMEO event code, 2–4 digits.</summary>
    public required string Cameo { get; init; }

    /// <summary>The PLOVER event type, optionally with a mode (<c>CONSULT:visit</c>).</summary>
    public string? Plover { get; init; }

    /// <summary>The Goldstein score of the CAMEO code (-10 conflict … +10 cooperation).</summary>
    public double? Goldstein { get; init; }

    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int QuadClass { get; init; }

    /// <summary>Who acted.</summary>
    public EventParticipant? Source { get; init; }

    /// <summary>Who was acted upon.</summary>
    public EventParticipant? Target { get; init; }

    /// <summary>True for a negated or hypothetical event ("did not attack", "may impose").</summary>
    public bool Negated { get; init; }

    /// <summary>When it happened, or null.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where it happened, or null.</summary>
    public Place? Location { get; init; }

    /// <summary>The id of the quotation this speech act was read from, or null.</summary>
    public string? QuotationId { get; init; }

    /// <summary>The text the event was coded from.</summary>
    public required TextRange Evidence { get; init; }

    /// <summary>The verb pattern id or rule name that produced it.</summary>
    public required string Rule { get; init; }
}
