using System.Collections.Frozen;

namespace Readout.Nlp.Tokenization;

/// <summary>Closed-class words that, capitalized after an abbreviation's period, show a new sentence began.</summary>
internal static class SentenceStarters
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On", "At",
        "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "My", "Your", "What", "When",
        "Where", "Why", "How", "Who", "If", "As", "After", "Before", "While", "However", "Meanwhile", "Also", "Then",
        "For", "From", "With", "Without", "According", "Some", "Many", "Most", "All", "No", "Not", "One", "Two", "Both",
        "Last", "Earlier", "Later", "Since", "Although", "Though", "Because", "Under", "Despite", "During", "By",
    ]);

    // Verbs that attribute a quotation; after "…!" or "…?" closing a quote they keep the attribution in the sentence.
    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "said", "says", "say", "asked", "asks", "added", "adds", "told", "tells", "replied", "replies", "wrote", "writes",
        "shouted", "cried", "stressed", "noted", "insisted", "warned", "declared", "exclaimed", "continued", "explained",
        "tweeted", "stated", "remarked", "responded", "answered", "recalled", "argued", "conceded",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechLookup = SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStarter(ReadOnlySpan<char> word) => WordLookup.Contains(word);

    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechLookup.Contains(word);
}
