namespace Readout.Core.Annotations;

/// <summary>Whether a statement is quoted verbatim, reported, or both.</summary>
public enum QuotationKind
{
    /// <summary>Verbatim, inside quotation marks (or after a readout's "Name:").</summary>
    Direct,

    /// <summary>Reported speech: a cue's complement clause, without quotation marks.</summary>
    Indirect,

    /// <summary>Reported speech with a verbatim fragment inside quotation marks.</summary>
    Mixed,
}
