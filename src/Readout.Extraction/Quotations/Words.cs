using System.Collections.Frozen;
using Readout.Core.Documents;

namespace Readout.Extraction.Quotations;

/// <summary>Small word tests over a document's tokens, used by the attribution rules.</summary>
internal static class Words
{
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "my", "his", "her", "its", "their", "our", "this", "these", "those", "both", "two", "all", "several", "some", "many", "one", "another");

    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "they", "it", "we", "i", "you", "who");

    // Nouns and modifiers that make up speaker descriptions ("the Syrian foreign minister", "a senior official").
    private static readonly FrozenSet<string> RoleWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "minister", "ministers", "president", "presidents", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official",
        "officials", "diplomat", "diplomats", "ambassador", "envoy", "leader", "leaders", "chief", "secretary", "general", "commander",
        "ministry", "government", "statement", "sources", "source", "analyst", "analysts", "expert", "experts", "aide", "aides",
        "adviser", "advisor", "negotiator", "negotiators", "delegation", "side", "sides", "senior", "foreign", "defence", "defense",
        "deputy", "prime", "vice", "former", "top", "military", "army", "police", "representative", "representatives", "counterpart",
        "host", "people", "residents", "witnesses", "witness", "spokesmen", "head", "director", "chairman", "chairwoman", "chair",
        "members", "member", "lawmaker", "lawmakers", "mayor", "governor", "king", "queen", "prince", "emir", "sheikh", "premier",
        "chancellor", "office", "embassy", "council", "committee", "agency", "news", "state", "media", "report", "reports",
        "organisation", "organization", "group", "party", "movement", "militants", "rebels", "activists", "protesters", "doctors",
        "unnamed", "anonymous", "local", "western", "regional", "international", "national", "interior", "economy", "finance",
        "trade", "energy", "health", "justice", "security", "intelligence", "cabinet", "parliament", "court", "judge", "prosecutor",
        "prosecutors", "company", "firm", "bank", "researchers", "scientists", "authorities", "administration", "house", "department",
        "colleague", "colleagues", "partner", "partners", "supreme", "martyr", "lieutenant", "colonel", "major", "captain", "sergeant");

    private static readonly FrozenSet<string> Skippable = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "also", "further", "later", "again", "then", "earlier", "reportedly", "repeatedly", "previously", "once", "recently",
        "first", "subsequently", "separately", "has", "have", "had", "will", "would", "could", "may", "might", "did", "does",
        "do", "already", "publicly", "privately", "firmly", "strongly", "clearly", "explicitly", "simply", "just",
        "often", "frequently", "openly", "flatly", "angrily", "quietly", "however", "half");

    private static readonly FrozenSet<string> ScareMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "so-called", "called", "dubbed", "titled", "entitled", "termed", "named", "word", "words", "term", "phrase", "slogan",
        "label", "labelled", "labeled", "branded", "nicknamed", "film", "book", "song", "album", "novel", "series", "show",
        "programme", "program", "operation", "campaign", "plan", "the", "a", "an", "of", "as", "his", "her", "their", "its", "our",
        "so", "this", "that", "what", "into", "about", "for", "on");

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "was", "were", "is", "are", "been", "be", "being");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = RoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SkippableLookup = Skippable.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScareLookup = ScareMarkers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeLookup = BeForms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static ReadOnlySpan<char> Text(Document document, int i) =>
        document.Text.AsSpan(document.Tokens.Starts[i], document.Tokens.Ends[i] - document.Tokens.Starts[i]);

    public static bool Is(Document document, int i, string word) => Text(document, i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public static bool IsWord(Document document, int i) => char.IsLetterOrDigit(Text(document, i)[0]);

    public static bool IsCapitalized(Document document, int i) => char.IsUpper(Text(document, i)[0]);

    public static bool IsPunctuation(Document document, int i) => !IsWord(document, i);

    public static bool IsDeterminer(Document document, int i) => DeterminerLookup.Contains(Text(document, i));

    public static bool IsPronoun(Document document, int i) => PronounLookup.Contains(Text(document, i));

    public static bool IsRoleWord(Document document, int i) => RoleLookup.Contains(Text(document, i));

    /// <summary>
    /// An adverb that may stand between a speaker and the cue ("Berg also said", "the woman finally concluded"): the
    /// listed ones, and any the tagger calls an adverb that ends in -ly.
    /// </summary>
    public static bool IsSkippable(Document document, int i) => SkippableLookup.Contains(Text(document, i))
        || (document.Tokens.HasTags && document.Tokens.Upos[i] == UniversalPos.ADV && Text(document, i).EndsWith("ly", StringComparison.OrdinalIgnoreCase));

    /// <summary>An oath ("but, Lord, what's a spoon?", "Good God!"): it calls on nobody in the room.</summary>
    public static bool IsOath(ReadOnlySpan<char> word) => word is "Lord" or "God" or "Heaven" or "Heavens" or "Jesus" or "Christ" or "Gad" or "Gosh" or "Lordy";

    public static bool IsScareMarker(Document document, int i) => ScareLookup.Contains(Text(document, i));

    public static bool IsBe(Document document, int i) => BeLookup.Contains(Text(document, i));

    public static bool IsClitic(Document document, int i) => (document.Tokens.Flags[i] & TokenFlags.JoinedToPrevious) != 0;

    /// <summary>True for an opening quotation mark token.</summary>
    public static bool IsOpeningQuote(Document document, int i)
    {
        var text = Text(document, i);
        return text is "\u201C" or "\u00AB" or "\u201E" or "\u2018" || (text is "\"" or "'" && !IsClitic(document, i)
            && i + 1 < document.Tokens.Count && document.Tokens.Starts[i + 1] == document.Tokens.Ends[i]
            && !(text is "'" && OpensContraction(document, i)));
    }

    /// <summary>
    /// An apostrophe before a lone "s", "t", "ll"…: "Florence 's people" in pre-tokenized text is a possessive, never a
    /// quotation opening with a word "s".
    /// </summary>
    public static bool OpensContraction(Document document, int i)
    {
        var next = i + 1;
        return next < document.Tokens.Count && document.Tokens.Starts[next] == document.Tokens.Ends[i]
            && Text(document, next) is "s" or "S" or "t" or "d" or "ll" or "re" or "ve" or "m"
            && (next + 1 >= document.Tokens.Count || document.Tokens.Starts[next + 1] > document.Tokens.Ends[next] || !char.IsLetter(Text(document, next + 1)[0]));
    }

    /// <summary>True when token <paramref name="i"/> opens a line or paragraph (or the document); also true one past the last token.</summary>
    public static bool StartsLine(Document document, int i) =>
        i == 0 || i >= document.Tokens.Count || (document.Tokens.Flags[i] & (TokenFlags.LineStart | TokenFlags.ParagraphStart)) != 0;

    /// <summary>True for a closing quotation mark token.</summary>
    public static bool IsClosingQuote(Document document, int i)
    {
        var text = Text(document, i);
        return text is "\u201D" or "\u00BB" or "\u2019" or "\"" or "'" && !IsClitic(document, i);
    }

    /// <summary>True for terminal punctuation.</summary>
    public static bool IsTerminal(Document document, int i)
    {
        var text = Text(document, i);
        return text[0] is '.' or '!' or '?' or '\u2026';
    }
}
