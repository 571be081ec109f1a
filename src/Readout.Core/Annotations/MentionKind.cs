namespace Readout.Core.Annotations;

/// <summary>How an entity is referred to in a mention.</summary>
public enum MentionKind
{
    /// <summary>A proper name ("Faisal Mekdad", "Syria").</summary>
    Name,

    /// <summary>A title or role description ("the President", "the Syrian diplomat").</summary>
    Nominal,

    /// <summary>A pronoun ("he", "their").</summary>
    Pronoun,
}
