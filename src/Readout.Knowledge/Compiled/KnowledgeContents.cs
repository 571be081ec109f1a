using Readout.Knowledge.Actors;
using Readout.Knowledge.Index;

namespace Readout.Knowledge.Compiled;

/// <summary>The compiled tables of a knowledge base, as the file holds them.</summary>
/// <param name="Entries">Every entry, by index.</param>
/// <param name="AliasKeys">Distinct normalised alias keys, in ordinal order.</param>
/// <param name="CaseRules">The case rule of each key.</param>
/// <param name="PostingStarts">For key k, its postings are <c>[PostingStarts[k], PostingStarts[k + 1])</c>.</param>
/// <param name="Postings">Entries named by each key.</param>
/// <param name="Titles">The title vocabulary, in phrase order.</param>
/// <param name="Sources">The data sets the knowledge base was built from.</param>
internal sealed record KnowledgeContents(
    KnowledgeEntry[] Entries,
    string[] AliasKeys,
    CaseRule[] CaseRules,
    int[] PostingStarts,
    AliasPosting[] Postings,
    Title[] Titles,
    KnowledgeSourceInfo[] Sources);
