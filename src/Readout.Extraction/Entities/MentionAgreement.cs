namespace Readout.Extraction.Entities;

/// <summary>What a pronoun or description says about its referent's gender and number, for coreference.</summary>
public enum MentionAgreement
{
    /// <summary>Nothing known (a name, a singular title).</summary>
    Unknown,

    /// <summary>He, him, his.</summary>
    Masculine,

    /// <summary>She, her, hers.</summary>
    Feminine,

    /// <summary>It, its: an organisation, a state, a thing.</summary>
    Neuter,

    /// <summary>They, them, their; plural descriptions ("officials", "the two sides").</summary>
    Plural,
}
