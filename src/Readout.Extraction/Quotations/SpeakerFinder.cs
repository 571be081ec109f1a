using Readout.Core.Documents;

namespace Readout.Extraction.Quotations;

/// <summary>Finds the noun phrase that names a speaker next to a cue.</summary>
/// <remarks>
/// With a dependency parse, the speaker is the subtree of the cue's subject (or, for a participle such as "saying",
/// of the clause it hangs from). Without one, surface rules take the names, titles and role words next to the cue.
/// </remarks>
internal static class SpeakerFinder
{
    private const int MaxPhrase = 9;

    /// <summary>The subject of the cue at <paramref name="cue"/>: the phrase before it, or its parsed nsubj.</summary>
    /// <remarks>
    /// The surface phrase comes first: it is exact when it exists. The parsed subject is the fallback, and only when it
    /// sits next to the cue — a parse error elsewhere in a long sentence must not make a stranger the speaker.
    /// </remarks>
    public static (int First, int End)? SubjectOf(Document document, int cue, int sentenceStart)
    {
        if (PhraseBefore(document, cue, sentenceStart) is { } surface)
        {
            return surface;
        }

        if (document.Tokens.HasDependencies && ParsedSubject(document, cue) is { } parsed && parsed.End <= cue
            && parsed.First >= sentenceStart && parsed.End - parsed.First <= MaxPhrase && !Words.IsPunctuation(document, parsed.First)
            && ReachesCue(document, parsed.End, cue))
        {
            return parsed;
        }

        return null;
    }

    /// <summary>
    /// "Rooney, who believes '…'", "an article that claimed '…'": beside quotation marks a relative pronoun speaks for
    /// the phrase it follows. (Reported speech does not take a cue in a relative clause at all: "…, who asked not to be
    /// named, said …".)
    /// </summary>
    public static (int First, int End)? Antecedent(Document document, (int First, int End) subject, int sentenceStart)
    {
        if (subject.End - subject.First != 1 || !IsRelative(document, subject.First))
        {
            return subject;
        }

        var before = subject.First - 1;
        if (before >= sentenceStart && Words.Is(document, before, ","))
        {
            before--;
        }

        return before >= sentenceStart && PhraseBefore(document, before + 1, sentenceStart) is { } antecedent && !IsRelative(document, antecedent.First)
            ? antecedent
            : null;
    }

    /// <summary>True when only adverbs, auxiliaries or one parenthetical between commas stand between a subject and its cue.</summary>
    private static bool ReachesCue(Document document, int end, int cue)
    {
        var k = end;
        while (k < cue && Words.IsSkippable(document, k))
        {
            k++;
        }

        if (k == cue)
        {
            return true;
        }

        // "The mediator, a retired judge, says …".
        return Words.Is(document, k, ",") && Words.Is(document, cue - 1, ",") && cue - k <= 12;
    }

    /// <summary>The phrase ending just before <paramref name="cue"/> (adverbs and auxiliaries skipped): "President Raisi", "he".</summary>
    public static (int First, int End)? PhraseBefore(Document document, int cue, int sentenceStart)
    {
        // "…," Dorn was saying: a progressive's auxiliary stands between subject and cue ("is believed" does not).
        var progressive = Words.Text(document, cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        var k = cue - 1;
        while (k >= sentenceStart && (Words.IsSkippable(document, k) || (progressive && Words.IsBe(document, k))))
        {
            k--;
        }

        var end = k + 1;
        if (k < sentenceStart)
        {
            return null;
        }

        if (Words.IsPronoun(document, k))
        {
            return (k, k + 1);
        }

        // "The opposition leader, Mara Lind, insisted" / "Marsh's deputy, who asked not to be named, said".
        if (Words.Is(document, k, ",") && Parenthetical(document, k, sentenceStart) is { } parenthetical)
        {
            return parenthetical;
        }

        var first = end;
        while (k >= sentenceStart && end - k <= MaxPhrase && IsPhraseWord(document, k, end))
        {
            first = k;
            k--;

            // A determiner opens the phrase ("last week the minister said" is "the minister") unless an "of" joins
            // it to a head before it ("the head of the agency").
            if (Words.IsDeterminer(document, first) && !(k >= sentenceStart && IsConnector(document, k)))
            {
                break;
            }
        }

        return Trim(document, first, end);
    }

    /// <summary>
    /// Before a comma that closes a parenthetical: an appositive name ("…, Mara Lind,") is the speaker; a relative
    /// clause ("…, who asked not to be named,") is skipped for the phrase before it.
    /// </summary>
    private static (int First, int End)? Parenthetical(Document document, int closingComma, int sentenceStart)
    {
        var opening = closingComma - 1;
        while (opening >= sentenceStart && !Words.Is(document, opening, ","))
        {
            opening--;
        }

        if (opening < sentenceStart || closingComma - opening > 12)
        {
            return null;
        }

        if (Words.Is(document, opening + 1, "who") || Words.Is(document, opening + 1, "which"))
        {
            return PhraseBefore(document, opening, sentenceStart) is { } head ? head : null;
        }

        var inner = PhraseBefore(document, closingComma, opening + 1);
        return inner is { } name && name.First == opening + 1 && Words.IsCapitalized(document, name.First) ? name : null;
    }

    /// <summary>The phrase starting at <paramref name="start"/>: "the minister" in "said the minister".</summary>
    public static (int First, int End)? PhraseAfter(Document document, int start, int sentenceEnd)
    {
        var k = start;
        while (k < sentenceEnd && k - start < MaxPhrase && (IsPhraseWord(document, k, sentenceEnd) || (k == start && Words.IsPronoun(document, k))))
        {
            k++;
            if (Words.IsPronoun(document, k - 1))
            {
                break;
            }
        }

        return Trim(document, start, k);
    }

    /// <summary>The phrase that opens a sentence, after any leading participial or prepositional clause.</summary>
    public static (int First, int End)? SentenceSubject(Document document, int sentenceStart, int limit)
    {
        var start = sentenceStart;

        // "So she …", "Then, Anna …": a connective before the subject is not part of it.
        while (start < limit && IsConnective(document, start))
        {
            start++;
            if (start < limit && Words.Is(document, start, ","))
            {
                start++;
            }
        }

        if (start < limit && (CueLexicon.IsParticiple(Words.Text(document, start)) || IsPreposition(document, start)))
        {
            // "Speaking in Tehran, President Raisi said": the subject follows the first comma.
            var comma = start;
            while (comma < limit && !Words.Is(document, comma, ","))
            {
                comma++;
            }

            start = comma + 1;
        }

        return start < limit ? PhraseAfter(document, start, limit) : null;
    }

    private static bool IsConnective(Document document, int i) =>
        Words.Text(document, i) is "So" or "Then" or "And" or "But" or "Yet" or "Thus" or "Still" or "Now" or "Hence" or "Meanwhile";

    /// <summary>True for a word that opens an adverbial clause or phrase at the start of a sentence.</summary>
    public static bool IsClauseOpener(Document document, int i) => IsPreposition(document, i);

    private static bool IsPreposition(Document document, int i) =>
        Words.Is(document, i, "In") || Words.Is(document, i, "On") || Words.Is(document, i, "At") || Words.Is(document, i, "After")
        || Words.Is(document, i, "During") || Words.Is(document, i, "Referring") || Words.Is(document, i, "Following")
        || Words.Is(document, i, "Before") || Words.Is(document, i, "While") || Words.Is(document, i, "When") || Words.Is(document, i, "Despite")
        || Words.Is(document, i, "If") || Words.Is(document, i, "As") || Words.Is(document, i, "With");

    /// <summary>
    /// The subject of the clause a conjoined cue belongs to, as the parse joins it: "Jack cracked his fingers and Father
    /// Arnall looked up and said: …" is Father Arnall's, not the sentence's first subject.
    /// </summary>
    public static (int First, int End)? ConjunctSubject(Document document, int cue, int sentenceStart)
    {
        var tokens = document.Tokens;
        if (!tokens.HasDependencies || tokens.Relations[cue] is not "conj" || tokens.Heads[cue] < 0)
        {
            return null;
        }

        // Conjuncts hang from the first one, so the subject is that of the nearest conjunct before the cue that has one.
        var first = tokens.Heads[cue];
        for (var verb = cue - 1; verb >= Math.Max(sentenceStart, first); verb--)
        {
            if ((verb == first || (tokens.Heads[verb] == first && tokens.Relations[verb] is "conj"))
                && SubjectChild(document, verb, sentenceStart, cue, clausal: false) is { } subject)
            {
                return PlausiblePhrase(document, subject, sentenceStart, cue);
            }
        }

        return null;
    }

    /// <summary>The subtree of <paramref name="verb"/>'s subject among tokens [<paramref name="from"/>, <paramref name="to"/>); with <paramref name="clausal"/>, a clausal subject too.</summary>
    private static (int First, int End)? SubjectChild(Document document, int verb, int from, int to, bool clausal)
    {
        var tokens = document.Tokens;
        for (var i = from; i < to; i++)
        {
            if (tokens.Heads[i] == verb && tokens.Relations[i] is { } relation
                && (relation.StartsWith("nsubj", StringComparison.Ordinal) || (clausal && relation == "csubj")))
            {
                return Subtree(document, i);
            }
        }

        return null;
    }

    /// <summary>A parsed subject that can be a speaker: inside the sentence before the cue, short, and with no verb or comma in it.</summary>
    private static (int First, int End)? PlausiblePhrase(Document document, (int First, int End) parsed, int sentenceStart, int cue)
    {
        var tokens = document.Tokens;

        // A phrase with a verb or a comma in it is a parse gone wrong ("The oldest of the colts raised his head ,").
        if (parsed.First < sentenceStart || parsed.End > cue || parsed.End - parsed.First > MaxPhrase || Words.IsPunctuation(document, parsed.First))
        {
            return null;
        }

        for (var k = parsed.First; k < parsed.End; k++)
        {
            if (Words.Is(document, k, ",") || (tokens.HasTags && tokens.Upos[k] is UniversalPos.VERB or UniversalPos.AUX))
            {
                return null;
            }
        }

        return parsed;
    }

    private static (int First, int End)? ParsedSubject(Document document, int cue)
    {
        var tokens = document.Tokens;
        var verb = cue;

        // A participle or a conjoined verb takes its subject from the clause it hangs from.
        for (var hops = 0; hops < 3; hops++)
        {
            if (SubjectChild(document, verb, 0, tokens.Count, clausal: true) is { } subject)
            {
                return subject;
            }

            if (tokens.Heads[verb] < 0 || tokens.Relations[verb] is not ("advcl" or "conj" or "xcomp" or "parataxis"))
            {
                break;
            }

            verb = tokens.Heads[verb];
        }

        return null;
    }

    /// <summary>The contiguous token range covered by <paramref name="head"/> and its dependents.</summary>
    public static (int First, int End) Subtree(Document document, int head)
    {
        var tokens = document.Tokens;
        int first = head, last = head;
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = Math.Max(0, first - 40); i < Math.Min(tokens.Count, last + 40); i++)
            {
                if ((i < first || i > last) && Dominates(tokens, head, i))
                {
                    first = Math.Min(first, i);
                    last = Math.Max(last, i);
                    changed = true;
                }
            }
        }

        return (first, last + 1);
    }

    private static bool Dominates(TokenTable tokens, int head, int i)
    {
        for (var hops = 0; i >= 0 && hops < 64; hops++)
        {
            if (i == head)
            {
                return true;
            }

            i = tokens.Heads[i];
        }

        return false;
    }

    private static bool IsPhraseWord(Document document, int k, int end)
    {
        // "Iran's"; in text tokenized with spaces, "my brother ’s wife" (a possessive before another word of the phrase).
        if (Words.IsClitic(document, k) || (Words.Text(document, k) is "'s" or "\u2019s" && k + 1 < end && Words.IsWord(document, k + 1)))
        {
            return true;
        }

        if (Words.Is(document, k, "-") && k + 1 < end)
        {
            return true; // "al - Assad"
        }

        if (!Words.IsWord(document, k))
        {
            return false;
        }

        return Words.IsCapitalized(document, k) || Words.IsDeterminer(document, k) || Words.IsRoleWord(document, k) || IsTaggedNominal(document, k)
            || Words.Is(document, k, "of") || Words.Is(document, k, "for") || Words.Is(document, k, "and") || Words.Is(document, k, "al")
            || Words.Is(document, k, "from") || ((Words.Is(document, k, "in") || Words.Is(document, k, "at")) && PlaceOrBodyAfter(document, k + 1, end));
    }

    /// <summary>
    /// "the ambassador in Washington", "a spokesman at the ministry" belong to the speaker; "the child in a moment", "the
    /// mother in a low voice" are how it was said: after "in" or "at", a name or a role word, past any determiner.
    /// </summary>
    private static bool PlaceOrBodyAfter(Document document, int k, int end)
    {
        while (k < end && Words.IsDeterminer(document, k))
        {
            k++;
        }

        return k < end && Words.IsWord(document, k) && (Words.IsCapitalized(document, k) || Words.IsRoleWord(document, k));
    }

    /// <summary>
    /// A common noun or adjective by the tagger ("his wife", "the old man"): speakers in fiction and many in news are
    /// described rather than named. Without tags only the role words count.
    /// </summary>
    private static bool IsTaggedNominal(Document document, int k) =>
        document.Tokens.HasTags && document.Tokens.Upos[k] is UniversalPos.NOUN or UniversalPos.ADJ or UniversalPos.PROPN;

    public static bool IsRelative(Document document, int i) => Words.Is(document, i, "who") || Words.Is(document, i, "that") || Words.Is(document, i, "which");

    private static bool IsConnector(Document document, int i) =>
        Words.Is(document, i, "of") || Words.Is(document, i, "and") || Words.Is(document, i, "for") || Words.Is(document, i, "from")
        || Words.Is(document, i, "in") || Words.Is(document, i, "at");

    private static (int First, int End)? Trim(Document document, int first, int end)
    {
        // Phrases do not begin or end with a connector, and do not begin with a sentence connective.
        while (first < end && (IsConnector(document, first) || Words.Is(document, first, "-") || IsConnective(document, first)))
        {
            first++;
        }

        while (end > first && (IsConnector(document, end - 1) || Words.Is(document, end - 1, "-") || Words.IsDeterminer(document, end - 1)))
        {
            end--;
        }

        // "said his mother's voice": the voice is its owner's.
        if (end - first > 2 && Words.Is(document, end - 1, "voice") && Words.Text(document, end - 2) is "'s" or "\u2019s")
        {
            end -= 2;
        }

        return end > first ? (first, end) : null;
    }
}
