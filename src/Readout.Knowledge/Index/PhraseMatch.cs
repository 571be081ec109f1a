namespace Readout.Knowledge.Index;

/// <summary>A phrase of a <see cref="PhraseIndex"/> found in a document: a half-open token range and the phrase's id.</summary>
/// <param name="FirstToken">The first token of the match.</param>
/// <param name="EndToken">One past the last token of the match.</param>
/// <param name="PhraseId">The matched phrase (an alias key or a title) in its index.</param>
public readonly record struct PhraseMatch(int FirstToken, int EndToken, int PhraseId);
