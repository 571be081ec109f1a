namespace Readout.Extraction.Events.Dictionaries;

/// <summary>One surface form of a verb entry: its words in order and which of them is the verb itself.</summary>
/// <param name="Words">Word ids, consecutive in the text (<c>BROKE DOWN</c>, <c>WIRE TAPPED</c>).</param>
/// <param name="VerbPosition">The index in <paramref name="Words"/> of the inflected verb.</param>
/// <param name="Entry">The verb entry it is a form of.</param>
public sealed record VerbForm(int[] Words, int VerbPosition, int Entry);
