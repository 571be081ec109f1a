namespace Readout.Core.Annotations;

/// <summary>An attributed statement: who said what, with the cue that introduced it.</summary>
public sealed record Quotation
{
    /// <summary>The document-local id (<c>q1</c>, <c>q2</c>…).</summary>
    public required string Id { get; init; }

    /// <summary>Direct, indirect or mixed.</summary>
    public required QuotationKind Kind { get; init; }

    /// <summary>The speaker's mention in the text, or null when none was found.</summary>
    public TextRange? Speaker { get; init; }

    /// <summary>The id of the speaker's entity, or null ("a senior official").</summary>
    public string? SpeakerEntityId { get; init; }

    /// <summary>The speaker's canonical name, or null.</summary>
    public string? SpeakerName { get; init; }

    /// <summary>The cue: a verb ("said", "pointed out"), a noun ("statement") or a phrase ("according to"); null for a bare colon.</summary>
    public TextRange? Cue { get; init; }

    /// <summary>What was said, without quotation marks; for reported speech, the complement without "that".</summary>
    public required TextRange Content { get; init; }

    /// <summary>The rule that found it.</summary>
    public required string Rule { get; init; }
}
