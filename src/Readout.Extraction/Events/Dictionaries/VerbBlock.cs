namespace Readout.Extraction.Events.Dictionaries;

/// <summary>A verb block: verbs close enough in meaning to share one default code and one set of patterns.</summary>
/// <param name="Name">The block's name (<c>AGREE</c>, <c>EXPLAIN_VERBAL</c>).</param>
/// <param name="Code">The code of a verb of the block when no pattern matches, or null (<c>[---]</c>).</param>
/// <param name="ReverseCode">The code of the paired target-to-source event (<c>[042:043]</c>), or null.</param>
public sealed record VerbBlock(string Name, string? Code, string? ReverseCode);
