namespace Readout.Extraction.Events.Dictionaries;

/// <summary>What an attitude word says about the actor it is attached to.</summary>
public enum AttitudeKind : byte
{
    /// <summary>Praise ("support of X", "X is at the forefront").</summary>
    Praise,

    /// <summary>Criticism or accusation ("X uses evil methods", "the conspiracies of X").</summary>
    Criticism,

    /// <summary>Creating or backing an armed group ("Daesh was made by X"): an accusation of whoever did it.</summary>
    Sponsorship,
}
