namespace Readout.Extraction.Events.Dictionaries;

/// <summary>A verb of a block (single or multiword: <c>BREAK_DOWN</c>), with a code of its own when it has one.</summary>
/// <param name="Name">The verb as the dictionary writes it.</param>
/// <param name="Block">The index of its block.</param>
/// <param name="HasOwnCode">True when the verb line gives a code (<c>COMMUNICATE [040]</c>), which then overrides the block's.</param>
/// <param name="Code">That code, or null for <c>[---]</c>.</param>
/// <param name="ReverseCode">The paired reverse code, or null.</param>
public sealed record VerbEntry(string Name, int Block, bool HasOwnCode, string? Code, string? ReverseCode);
