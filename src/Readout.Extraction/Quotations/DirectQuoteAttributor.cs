using Readout.Core.Documents;

namespace Readout.Extraction.Quotations;

/// <summary>Finds the attribution of a quoted span from the words around its marks.</summary>
/// <remarks>
/// After the closing mark: <c>"…," he said</c>, <c>"…," said the minister</c>, <c>"…," Berg told reporters</c>.
/// Before the opening mark: <c>He said: "…"</c>, <c>the President underscored, "…"</c>, <c>…, saying, "…"</c>
/// (a participle takes the clause's subject), <c>Raisi: "…"</c>.
/// </remarks>
internal static class DirectQuoteAttributor
{
    private const int AfterWindow = 8;
    private const int BeforeWindow = 6;
    private const int MannerWindow = 8;

    public static Attribution? After(Document document, QuotedSpan quote)
    {
        if (quote.CloseToken < 0)
        {
            return null;
        }

        var sentences = document.Sentences;
        var sentence = sentences.IndexOfToken(quote.CloseToken);
        var sentenceEnd = sentence >= 0 ? sentences[sentence].EndToken : document.Tokens.Count;

        var j = quote.CloseToken + 1;
        if (j < sentenceEnd && Words.Is(document, j, ","))
        {
            j++;
        }

        // '"Do you want to know?" cried his wife.' split after the question: a next sentence that opens in lower case
        // is the rest of this one; so is "I" and a cue with nothing said after it ('"Seven!" ¶ I answered.', not "I said
        // that I would"), as the pronoun is always upper case.
        if (j == sentenceEnd && sentence >= 0 && sentence + 1 < sentences.Count
            && (char.IsLower(Words.Text(document, j)[0]) || BareFirstPersonCue(document, j, sentences[sentence + 1].EndToken)
                || BareCue(document, j, sentences[sentence + 1].EndToken)))
        {
            sentenceEnd = sentences[sentence + 1].EndToken;
        }

        for (var k = j; k < Math.Min(sentenceEnd, j + AfterWindow); k++)
        {
            if (Words.IsOpeningQuote(document, k) || (Words.IsPunctuation(document, k) && !Words.IsClitic(document, k) && !Words.Is(document, k, "-")))
            {
                return null;
            }

            // After its subject a cue is a verb: "Then other voices cried" has no cue in "voices".
            if ((CueFinder.At(document, k, sentenceEnd, requireVerb: k > j && !MistaggedAfterSubject(document, k, j), dialogue: true) ?? Called(document, k, sentenceEnd)) is not { } cue)
            {
                continue;
            }

            if (k > j)
            {
                // "…," Berg said / "…," the minister told reporters: the words before the cue are its subject.
                if (SpeakerFinder.SubjectOf(document, k, j) is { } subject && subject.First == j)
                {
                    return new Attribution(cue.First, cue.End, subject.First, subject.End, "direct:after-quote");
                }

                return null;
            }

            // "…," said Berg / said the minister.
            var speaker = SpeakerFinder.PhraseAfter(document, cue.End, sentenceEnd);
            return speaker is { } s
                ? new Attribution(cue.First, cue.End, s.First, s.End, "direct:after-quote-inverted")
                : new Attribution(cue.First, cue.End, -1, -1, "direct:after-quote-inverted");
        }

        return null;
    }

    /// <summary>
    /// '"…," the boy cried': the tagger may read a cue after a bare noun as an adjective ("boy cried"); right after the
    /// noun that opens the words after the quotation, it is the verb.
    /// </summary>
    private static bool MistaggedAfterSubject(Document document, int k, int j) =>
        document.Tokens.HasTags && document.Tokens.Upos[k] == UniversalPos.ADJ && k - 1 >= j && document.Tokens.Upos[k - 1] is UniversalPos.NOUN or UniversalPos.PROPN;

    /// <summary>
    /// "called" (or "called out") right after a quotation calls it out: "'Ho there!' called a voice". Nowhere else is it
    /// speech ("a plan called 'Dawn'"), so the cue lexicon leaves it out.
    /// </summary>
    private static (int First, int End)? Called(Document document, int k, int sentenceEnd) =>
        Words.Text(document, k) is "called" && !(document.Tokens.HasTags && document.Tokens.Upos[k] != UniversalPos.VERB)
            ? (k + 1 < sentenceEnd && Words.Is(document, k + 1, "out") ? (k, k + 2) : (k, k + 1))
            : null;

    public static Attribution? Before(Document document, QuotedSpan quote, IReadOnlyList<Attribution> earlierInSentence)
    {
        var sentences = document.Sentences;
        var sentence = sentences.IndexOfToken(quote.OpenToken);
        if (sentence < 0)
        {
            return null;
        }

        var sentenceStart = sentences[sentence].FirstToken;
        var j = quote.OpenToken - 1;
        var colon = j >= sentenceStart && Words.Is(document, j, ":");
        while (j >= sentenceStart && (Words.Is(document, j, ",") || Words.Is(document, j, ":")))
        {
            j--;
        }

        if (j >= sentenceStart && Words.Is(document, j, "that"))
        {
            j--;
        }

        if (j < sentenceStart)
        {
            return null;
        }

        // "told reporters:" / "told the BBC," — the cue is a little further back.
        // A cue the tagger reads as a noun is none: "she said in a low voice, '…'" is not "a low" voicing it.
        var cue = CueFinder.EndingAt(document, j, sentenceStart, dialogue: true, requireVerb: true);
        var manner = cue is null && j < quote.OpenToken - 1 ? CueBeforeManner(document, j, sentenceStart) : null;
        if (manner is { } m && SpeakerFor(document, m.First, sentenceStart, earlierInSentence) is not null)
        {
            cue = manner;
        }

        // Not past a quotation: "'It won't tell,' said Anna; '…'" has no cue in Anna's words.
        for (var back = j - 1; cue is null && back >= Math.Max(sentenceStart, j - BeforeWindow) && !Words.IsClosingQuote(document, back); back--)
        {
            if (CueLexicon.IsTell(Words.Text(document, back)))
            {
                cue = (back, back + 1);
            }
        }

        if (cue is { } found)
        {
            var speaker = SpeakerFor(document, found.First, sentenceStart, earlierInSentence) is { } subject ? SpeakerFinder.Antecedent(document, subject, sentenceStart) : null;
            var rule = CueLexicon.IsParticiple(Words.Text(document, found.First)) ? "direct:participle-before-quote" : "direct:before-quote";
            return speaker is { } s
                ? new Attribution(found.First, found.End, s.First, s.End, rule)
                : new Attribution(found.First, found.End, -1, -1, rule);
        }

        // A readout's "Raisi: '…'": a name and a colon, nothing else.
        if (colon && j == quote.OpenToken - 2 && SpeakerFinder.PhraseBefore(document, j + 1, sentenceStart) is { } name && name.First == sentenceStart)
        {
            return new Attribution(-1, -1, name.First, name.End, "direct:colon");
        }

        return null;
    }

    /// <summary>
    /// "Jo said sadly, '…'", "he said to her, '…'", "she said in a low voice: '…'": a cue followed by how, to whom or
    /// where it was said, up to the comma or colon at <paramref name="j"/>.
    /// </summary>
    private static (int First, int End)? CueBeforeManner(Document document, int j, int sentenceStart)
    {
        if (!document.Tokens.HasTags)
        {
            return null; // manner is read from the tags
        }

        for (var k = j - 1; k >= Math.Max(sentenceStart, j - MannerWindow); k--)
        {
            // "Miss Bartlett said, with more restraint: '…'": one comma may set the manner off from its cue.
            if (Words.Is(document, k, ",") && k > sentenceStart && k + 1 < j && CueFinder.At(document, k - 1, k, requireVerb: true, dialogue: true) is { } set
                && IsClauseVerb(document, k - 1) && !AfterQuotation(document, k - 1, sentenceStart) && Manner.End(document, k + 1, j + 1) == j + 1)
            {
                return set;
            }

            if (Words.IsPunctuation(document, k))
            {
                return null;
            }

            // Not "…,' Jock was saying excitedly, '…" (the split quotation's cue belongs to the words before it), nor
            // "the hostility prompted by her rise:" (a participle describing a noun).
            if (CueFinder.At(document, k, j + 1, requireVerb: true, dialogue: true) is { } cue && IsClauseVerb(document, k) && !AfterQuotation(document, k, sentenceStart)
                && Manner.End(document, cue.End, j + 1) == j + 1)
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>
    /// A verb of a clause: past or present tense, the base form ("heard the Rabbit say to itself"), a participle after
    /// "has" ("has said to reporters") or "was" ("was singing:"). Not a participle describing a noun.
    /// </summary>
    private static bool IsClauseVerb(Document document, int verb)
    {
        var tokens = document.Tokens;
        return tokens.Xpos[verb] switch
        {
            "VBD" or "VBZ" or "VBP" or "VB" => true,
            "VBN" => verb > 0 && Words.Text(document, verb - 1) is "has" or "have" or "had",
            "VBG" => verb > 0 && Words.IsBe(document, verb - 1),
            _ => false,
        };
    }

    /// <summary>True when a quotation closes shortly before <paramref name="cue"/>: "'…,' Jock was saying excitedly, '…'".</summary>
    private static bool AfterQuotation(Document document, int cue, int sentenceStart)
    {
        for (var k = cue - 1; k >= Math.Max(sentenceStart, cue - AfterWindow); k--)
        {
            if (Words.IsClosingQuote(document, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"…, and called on …": a verb conjoined to an earlier one shares its subject.</summary>
    private static bool IsConjoined(Document document, int cue, int sentenceStart)
    {
        var k = cue - 1;
        while (k > sentenceStart && Words.IsSkippable(document, k))
        {
            k--;
        }

        return k > sentenceStart && (Words.Is(document, k, "and") || Words.Is(document, k, "but"));
    }

    /// <summary>The speaker of a cue: its subject, or for a participle after a comma, the subject of the clause.</summary>
    public static (int First, int End)? SpeakerFor(Document document, int cue, int sentenceStart, IReadOnlyList<Attribution> earlierInSentence)
    {
        var isParticiple = CueLexicon.IsParticiple(Words.Text(document, cue)) || IsConjoined(document, cue, sentenceStart);
        if (!isParticiple)
        {
            return SpeakerFinder.SubjectOf(document, cue, sentenceStart);
        }

        // "…, he said, adding …": the previous cue's speaker; else the sentence's subject.
        for (var i = earlierInSentence.Count - 1; i >= 0; i--)
        {
            if (earlierInSentence[i].HasSpeaker && earlierInSentence[i].CueFirst < cue)
            {
                return (earlierInSentence[i].SpeakerFirst, earlierInSentence[i].SpeakerEnd);
            }
        }

        // "… Iran, he said, adding …" or "… neighbours, and called on …": the subject of the finite cue earlier in the sentence.
        for (var k = cue - 1; k >= sentenceStart; k--)
        {
            // Not a verb conjoined or infinitive ("afraid to go into the store and ask for help"): what stands before it is no subject.
            if (CueFinder.At(document, k, cue) is { } finite && !CueLexicon.IsParticiple(Words.Text(document, k))
                && !IsConjoined(document, k, sentenceStart) && !(k > sentenceStart && Words.Is(document, k - 1, "to"))
                && SpeakerFinder.PhraseBefore(document, finite.First, sentenceStart) is { } subject)
            {
                return subject;
            }
        }

        return SpeakerFinder.ConjunctSubject(document, cue, sentenceStart) ?? SpeakerFinder.SentenceSubject(document, sentenceStart, cue);
    }

    /// <summary>
    /// "I answered.", "I said, laughing." or "I asked with some surprise.": the narrator and a cue with nothing said
    /// after it, only how it was said; not "I said that …", "I asked him to …" or "I told her about …".
    /// </summary>
    private static bool BareFirstPersonCue(Document document, int i, int sentenceEnd) =>
        i + 1 < sentenceEnd && Words.Text(document, i) is "I" && CueFinder.At(document, i + 1, sentenceEnd, dialogue: true) is { } cue && NothingSaid(document, cue.End, sentenceEnd);

    /// <summary>
    /// "'What is it?' ¶ Mrs. Lennox gasped." or "She answered at last.": a speaker and a verb of speech (not one that
    /// only goes with quotation marks, as "laughed" does) that open a sentence and say nothing more.
    /// </summary>
    private static bool BareCue(Document document, int i, int sentenceEnd) =>
        SpeakerFinder.PhraseAfter(document, i, sentenceEnd) is { } subject && subject.First == i && subject.End < sentenceEnd
        && CueFinder.At(document, subject.End, sentenceEnd, requireVerb: true) is { } cue && cue.First == subject.End && NothingSaid(document, cue.End, sentenceEnd);

    /// <summary>
    /// True when nothing follows a cue but the sentence's end, a comma, or how it was said ("with some surprise",
    /// "quietly"); not when a colon then opens what was said ("cried from the lower lines: — All in!").
    /// </summary>
    private static bool NothingSaid(Document document, int next, int sentenceEnd)
    {
        for (var k = next; k < sentenceEnd; k++)
        {
            if (Words.Is(document, k, ":"))
            {
                return false;
            }
        }

        if (next >= sentenceEnd || Words.IsTerminal(document, next) || Words.Is(document, next, ","))
        {
            return true;
        }

        var tokens = document.Tokens;
        return tokens.HasTags && (tokens.Upos[next] == UniversalPos.ADV && !Words.Is(document, next, "so")
            || tokens.Upos[next] == UniversalPos.ADP && !(Words.Is(document, next, "to") || Words.Is(document, next, "about") || Words.Is(document, next, "for") || Words.Is(document, next, "of")));
    }
}
