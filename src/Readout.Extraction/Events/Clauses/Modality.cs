using System.Collections.Frozen;

namespace Readout.Extraction.Events.Clauses;

/// <summary>
/// Verbs that keep the clause under them from being a fact: "refused to meet" (negating) and "plans to impose"
/// (hypothetical). Project-authored lists.
/// </summary>
internal static class Modality
{
    private static readonly FrozenSet<string> Negating = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "refuse", "reject", "deny", "decline", "fail", "avoid", "cancel", "abandon", "halt", "stop", "cease", "forgo", "rule", "veto", "oppose");

    private static readonly FrozenSet<string> Hypothetical = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "plan", "intend", "want", "wish", "seek", "hope", "threaten", "consider", "propose", "offer", "aim", "expect", "try", "attempt",
        "prepare", "mull", "weigh", "contemplate", "urge", "ask", "call", "demand", "invite", "suggest", "recommend", "need", "prefer",
        "vow", "pledge", "promise", "agree", "decide", "may", "might", "could", "would", "should");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatingLookup = Negating.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HypotheticalLookup = Hypothetical.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a verb with this lemma negates the clause under it.</summary>
    public static bool IsNegating(ReadOnlySpan<char> lemma) => NegatingLookup.Contains(lemma);

    /// <summary>True when a verb with this lemma makes the clause under it a possibility.</summary>
    public static bool IsHypothetical(ReadOnlySpan<char> lemma) => HypotheticalLookup.Contains(lemma);
}
