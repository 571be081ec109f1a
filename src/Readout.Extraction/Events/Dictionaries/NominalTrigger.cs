namespace Readout.Extraction.Events.Dictionaries;

/// <summary>A noun that names an event between actors ("a meeting with", "the visit of X to Y", "sanctions on").</summary>
/// <param name="Lemma">The noun.</param>
/// <param name="Code">The CAMEO code of the event from source to target.</param>
/// <param name="ReverseCode">The code of the paired event from target to source ("visit" → host), or null.</param>
/// <param name="TargetPrepositions">Prepositions that introduce the target ("with", "on", "to").</param>
/// <param name="SourcePrepositions">Prepositions that introduce the source ("by", "of").</param>
public sealed record NominalTrigger(string Lemma, string Code, string? ReverseCode, IReadOnlyList<string> TargetPrepositions, IReadOnlyList<string> SourcePrepositions);
