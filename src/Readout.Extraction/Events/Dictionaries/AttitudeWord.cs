namespace Readout.Extraction.Events.Dictionaries;

/// <summary>A word that, said of an actor, makes a statement praise, criticism or an accusation of it ("evil", "support").</summary>
/// <param name="Lemma">The word.</param>
/// <param name="Kind">What it says about the actor.</param>
/// <param name="Code">The CAMEO code of the statement: 051 praise, 111 criticize, 112 accuse.</param>
public sealed record AttitudeWord(string Lemma, AttitudeKind Kind, string Code);
