namespace Readout.Knowledge;

/// <summary>One entry an alias key names, and how.</summary>
/// <param name="Entry">The entry's index in <see cref="KnowledgeBase.Entries"/>.</param>
/// <param name="Kind">How the alias names the entry.</param>
public readonly record struct AliasPosting(int Entry, AliasKind Kind);
