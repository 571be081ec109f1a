using Readout.Core.Documents;

namespace Readout.Extraction.Quotations;

/// <summary>A reported statement: cue, speaker and the content clause, as token ranges.</summary>
internal readonly record struct ReportedStatement(Attribution Attribution, int ContentFirst, int ContentEnd);

/// <summary>Finds reported speech: statements without quotation marks, introduced by a cue.</summary>
/// <remarks>
/// <c>SPEAKER CUE (that) CLAUSE</c> ("Raisi stated that …", "he noted that …", "Mekdad pointed out, …"),
/// <c>CLAUSE, SPEAKER CUE</c> ("… Iran, he said"), <c>according to SPEAKER, CLAUSE</c> anywhere in the sentence,
/// the passive <c>it was stressed by SPEAKER that …</c>, and participles that take the clause's subject
/// ("…, adding that …"). With a dependency parse, a cue whose complement (ccomp) is a clause is reported speech
/// even without "that"; without one, a bare clause after "said" is accepted only after a clear subject.
/// </remarks>
internal static class ReportedSpeechFinder
{
    private const int MinimumContentWords = 3;

    public static List<ReportedStatement> Find(Document document, int sentenceStart, int sentenceEnd, bool[] quoted, bool[] attributing, List<Attribution> attributions)
    {
        var found = new List<ReportedStatement>();
        for (var k = sentenceStart; k < sentenceEnd; k++)
        {
            if (quoted[k] || attributing[k])
            {
                continue;
            }

            if (Words.Is(document, k, "according") && k + 1 < sentenceEnd && Words.Is(document, k + 1, "to"))
            {
                if (AccordingTo(document, k, sentenceStart, sentenceEnd, quoted) is { } according)
                {
                    found.Add(according);
                }

                continue;
            }

            if (CueFinder.At(document, k, sentenceEnd, requireVerb: true) is not { } cue)
            {
                continue;
            }

            if (Forward(document, cue, sentenceStart, sentenceEnd, quoted, attributions) is { } forward)
            {
                found.Add(forward);
                attributions.Add(forward.Attribution);
                k = forward.ContentEnd - 1;
                continue;
            }

            if (Inverted(document, cue, sentenceStart, sentenceEnd, quoted) is { } inverted)
            {
                found.Add(inverted);
                attributions.Add(inverted.Attribution);
            }
        }

        return found;
    }

    /// <summary>SPEAKER CUE (that|,|:) CLAUSE.</summary>
    private static ReportedStatement? Forward(Document document, (int First, int End) cue, int sentenceStart, int sentenceEnd, bool[] quoted, List<Attribution> earlier)
    {
        var start = cue.End;
        var isParticiple = CueLexicon.IsParticiple(Words.Text(document, cue.First));

        // "told reporters that …": skip the listener.
        if (CueLexicon.IsTell(Words.Text(document, cue.First)))
        {
            var limit = Math.Min(sentenceEnd, start + 5);
            while (start < limit && !Words.Is(document, start, "that") && !Words.Is(document, start, ",") && !Words.Is(document, start, ":"))
            {
                start++;
            }

            if (start == limit)
            {
                return null;
            }
        }

        // "it was stressed by the minister that …": the agent comes before the content.
        if (start < sentenceEnd && Words.Is(document, start, "by") && cue.First > sentenceStart && Words.IsBe(document, cue.First - 1))
        {
            var limit = Math.Min(sentenceEnd, start + 10);
            while (start < limit && !Words.Is(document, start, "that"))
            {
                start++;
            }

            if (start == limit)
            {
                return null;
            }
        }

        if (start >= sentenceEnd)
        {
            return null;
        }

        // "said in a statement that …", "said on Monday that …": a short adverbial before "that".
        if (IsPreposition(document, start))
        {
            var that = start + 1;
            while (that < Math.Min(sentenceEnd, start + 7) && !Words.Is(document, that, "that") && !Words.IsPunctuation(document, that))
            {
                that++;
            }

            if (that < sentenceEnd && Words.Is(document, that, "that"))
            {
                start = that;
            }
        }

        // "called on all parties to …", "called for a ceasefire": an appeal's content follows the cue directly.
        var isAppeal = cue.End - cue.First == 2 && CueLexicon.IsFormOf(Words.Text(document, cue.First), "call");
        var introduced = isAppeal || Words.Is(document, start, "that") || Words.Is(document, start, ",") || Words.Is(document, start, ":");
        var parsedClause = document.Tokens.HasDependencies && HasClauseComplement(document, cue.First);
        if (isAppeal)
        {
            // The content starts right after "called on" / "called for".
        }
        else if (introduced)
        {
            start++;
        }
        else if (isParticiple || !(parsedClause || BareClauseFollows(document, cue, start, sentenceStart)))
        {
            return null;
        }

        // A participle at the start of the sentence ("Stressing the importance …") introduces no statement.
        if (isParticiple && cue.First == sentenceStart && !Words.Is(document, cue.End, "that"))
        {
            return null;
        }

        if (start < sentenceEnd && (Words.IsOpeningQuote(document, start) || quoted[start] || QuotationAfterManner(document, start, sentenceEnd, quoted)))
        {
            return null; // a direct quotation: the mark scanner has it
        }

        // "…, he said, adding …": the comma leads to another cue, not to content.
        if (start < sentenceEnd && CueLexicon.IsParticiple(Words.Text(document, start)) && CueFinder.At(document, start, sentenceEnd) is not null)
        {
            return null;
        }

        var end = ContentEnd(document, start, sentenceEnd, quoted);
        if (CountWords(document, start, end) < MinimumContentWords)
        {
            return null;
        }

        var passive = PassiveAgent(document, cue.First, sentenceStart, start);
        var speaker = passive ?? DirectQuoteAttributor.SpeakerFor(document, cue.First, sentenceStart, earlier);

        // Without a speaker the "cue" is most likely a noun ("the river dispute, …") or an impersonal "asked whether";
        // a relative pronoun as subject ("…, who asked not to be named, …") puts the cue in a relative clause.
        if (speaker is not { } found || (found.End - found.First == 1 && SpeakerFinder.IsRelative(document, found.First)))
        {
            return null;
        }

        var rule = passive is not null ? "indirect:passive" : introduced ? (isParticiple ? "indirect:participle" : "indirect:cue-clause") : "indirect:bare-clause";
        var attribution = speaker is { } s
            ? new Attribution(cue.First, cue.End, s.First, s.End, rule)
            : new Attribution(cue.First, cue.End, -1, -1, rule);
        return new ReportedStatement(attribution, start, end);
    }

    /// <summary>CLAUSE, SPEAKER CUE[,.] or CLAUSE, CUE SPEAKER[,.].</summary>
    private static ReportedStatement? Inverted(Document document, (int First, int End) cue, int sentenceStart, int sentenceEnd, bool[] quoted)
    {
        if (CueLexicon.IsParticiple(Words.Text(document, cue.First)))
        {
            return null;
        }

        int comma;
        (int First, int End)? speaker;
        string rule;
        if (cue.First - 1 >= sentenceStart && Words.Is(document, cue.First - 1, ","))
        {
            // "…, said the minister."
            comma = cue.First - 1;
            speaker = SpeakerFinder.PhraseAfter(document, cue.End, sentenceEnd);
            rule = "indirect:inverted-after";
            if (speaker is not { } after || !EndsClause(document, after.End, sentenceEnd))
            {
                return null;
            }
        }
        else
        {
            // "…, officials from both countries said.": whatever short phrase stands between the comma and the cue.
            speaker = SpeakerFinder.PhraseBefore(document, cue.First, sentenceStart) ?? ShortPhraseAfterComma(document, cue.First, sentenceStart);
            if (speaker is { } found && (found.First - 1 < sentenceStart || !Words.Is(document, found.First - 1, ",")))
            {
                speaker = ShortPhraseAfterComma(document, cue.First, sentenceStart);
            }

            if (speaker is not { } before || before.First - 1 < sentenceStart || !Words.Is(document, before.First - 1, ","))
            {
                return null;
            }

            comma = before.First - 1;
            rule = "indirect:inverted";
            if (!EndsClause(document, cue.End, sentenceEnd))
            {
                return null;
            }
        }

        // "…, he said, "…"" introduces a quotation rather than closing a reported clause.
        var afterCue = rule == "indirect:inverted" ? cue.End : speaker!.Value.End;
        if (afterCue < sentenceEnd && Words.Is(document, afterCue, ",") && afterCue + 1 < sentenceEnd
            && (Words.IsOpeningQuote(document, afterCue + 1) || !CueLexicon.IsParticiple(Words.Text(document, afterCue + 1))))
        {
            return null;
        }

        var start = sentenceStart;

        // A participial or prepositional opening ("Speaking in Tehran, …") is circumstance, not a statement.
        if (CueLexicon.IsParticiple(Words.Text(document, start)) || SpeakerFinder.IsClauseOpener(document, start))
        {
            return null;
        }
        if (quoted[Math.Max(sentenceStart, comma - 1)] || Words.IsOpeningQuote(document, start))
        {
            return null; // the clause is a direct quotation: the mark scanner has it
        }

        if (CountWords(document, start, comma) < MinimumContentWords)
        {
            return null;
        }

        var s = speaker!.Value;
        return new ReportedStatement(new Attribution(cue.First, cue.End, s.First, s.End, rule), start, comma);
    }

    /// <summary>The words between the last comma and the cue, when they are few and hold no punctuation.</summary>
    private static (int First, int End)? ShortPhraseAfterComma(Document document, int cue, int sentenceStart)
    {
        var k = cue - 1;
        while (k >= sentenceStart && cue - k <= 6 && Words.IsWord(document, k) && !CueLexicon.IsVerb(Words.Text(document, k)))
        {
            k--;
        }

        return k >= sentenceStart && k < cue - 1 && Words.Is(document, k, ",") ? (k + 1, cue) : null;
    }

    /// <summary>"according to SPEAKER, CLAUSE" or "CLAUSE, according to SPEAKER".</summary>
    private static ReportedStatement? AccordingTo(Document document, int according, int sentenceStart, int sentenceEnd, bool[] quoted)
    {
        // The source runs to the next comma ("according to a joint statement, …") or the clause's end.
        var sourceEnd = according + 2;
        while (sourceEnd < Math.Min(sentenceEnd, according + 12) && !Words.IsPunctuation(document, sourceEnd))
        {
            sourceEnd++;
        }

        if (sourceEnd == according + 2)
        {
            return null;
        }

        var speaker = (First: according + 2, End: sourceEnd);

        int start, end;
        if (according == sentenceStart)
        {
            start = speaker.End;
            while (start < sentenceEnd && Words.Is(document, start, ","))
            {
                start++;
            }

            end = ContentEnd(document, start, sentenceEnd, quoted);
        }
        else
        {
            start = sentenceStart;
            end = according;
            while (end > start && Words.Is(document, end - 1, ","))
            {
                end--;
            }
        }

        if (CountWords(document, start, end) < MinimumContentWords)
        {
            return null;
        }

        return new ReportedStatement(new Attribution(according, according + 2, speaker.First, speaker.End, "indirect:according-to"), start, end);
    }

    /// <summary>Where the content clause ends: the sentence's end, or before ", adding", "; " or a new quotation.</summary>
    private static int ContentEnd(Document document, int start, int sentenceEnd, bool[] quoted)
    {
        var end = sentenceEnd;
        for (var k = start; k < sentenceEnd; k++)
        {
            if (Words.Is(document, k, ";"))
            {
                end = k;
                break;
            }

            if (Words.Is(document, k, ",") && k + 1 < sentenceEnd && !quoted[k]
                && (CueLexicon.IsParticiple(Words.Text(document, k + 1)) && CueFinder.At(document, k + 1, sentenceEnd) is not null
                    || Words.Is(document, k + 1, "according") || NewSpeakerFollows(document, k + 1, sentenceEnd)))
            {
                end = k;
                break;
            }
        }

        while (end > start && (Words.IsTerminal(document, end - 1) || Words.Is(document, end - 1, ",") || Words.Is(document, end - 1, ")")))
        {
            end--;
        }

        return end;
    }

    /// <summary>"…, and Viljo insisted that …": a conjunction, a subject and a cue of their own start a new statement.</summary>
    private static bool NewSpeakerFollows(Document document, int k, int sentenceEnd)
    {
        if (Words.Is(document, k, "and") || Words.Is(document, k, "but") || Words.Is(document, k, "while"))
        {
            k++;

            // "…, and called on …": a conjoined cue with the same subject.
            if (k < sentenceEnd && CueFinder.At(document, k, sentenceEnd) is not null)
            {
                return true;
            }
        }

        for (var cue = k + 1; cue < Math.Min(sentenceEnd, k + 6); cue++)
        {
            if (CueFinder.At(document, cue, sentenceEnd) is not null && !CueLexicon.IsParticiple(Words.Text(document, cue)))
            {
                return SpeakerFinder.PhraseBefore(document, cue, k) is { } subject && subject.First == k;
            }
        }

        return false;
    }

    /// <summary>"it was stressed by the minister that …": the agent after "by".</summary>
    private static (int First, int End)? PassiveAgent(Document document, int cue, int sentenceStart, int contentStart)
    {
        if (cue - 1 < sentenceStart || !Words.IsBe(document, cue - 1) || cue + 1 >= contentStart || !Words.Is(document, cue + 1, "by"))
        {
            return null;
        }

        return SpeakerFinder.PhraseAfter(document, cue + 2, contentStart);
    }

    /// <summary>Without a parse: "said the US had …" is speech when a clear subject precedes the cue and a clause-like phrase follows.</summary>
    private static bool BareClauseFollows(Document document, (int First, int End) cue, int start, int sentenceStart)
    {
        var word = Words.Text(document, cue.First);
        if (!(CueLexicon.IsFormOf(word, "say") || CueLexicon.IsFormOf(word, "insist") || CueLexicon.IsFormOf(word, "warn")
            || CueLexicon.IsFormOf(word, "claim") || CueLexicon.IsFormOf(word, "believe") || CueLexicon.IsFormOf(word, "add")))
        {
            return false;
        }

        if (SpeakerFinder.PhraseBefore(document, cue.First, sentenceStart) is null)
        {
            return false;
        }

        return Words.IsWord(document, start) && !IsPreposition(document, start) && !Words.Is(document, start, "goodbye") && !Words.Is(document, start, "so");
    }

    /// <summary>
    /// "said sadly, '…'", "said to her: '…'": the words after the cue say how or to whom, and a quotation follows them.
    /// </summary>
    private static bool QuotationAfterManner(Document document, int start, int sentenceEnd, bool[] quoted)
    {
        var k = Manner.End(document, start, sentenceEnd);
        return k > start && k + 1 < sentenceEnd && (Words.Is(document, k, ",") || Words.Is(document, k, ":"))
            && (Words.IsOpeningQuote(document, k + 1) || quoted[k + 1]);
    }

    private static bool IsPreposition(Document document, int i) =>
        Words.Is(document, i, "in") || Words.Is(document, i, "on") || Words.Is(document, i, "at") || Words.Is(document, i, "to")
        || Words.Is(document, i, "after") || Words.Is(document, i, "before") || Words.Is(document, i, "during") || Words.Is(document, i, "with")
        || Words.Is(document, i, "for") || Words.Is(document, i, "of") || Words.Is(document, i, "by") || Words.Is(document, i, "about");

    private static bool HasClauseComplement(Document document, int cue)
    {
        var tokens = document.Tokens;
        for (var i = cue + 1; i < Math.Min(tokens.Count, cue + 30); i++)
        {
            if (tokens.Heads[i] == cue && tokens.Relations[i] is "ccomp" or "parataxis")
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsClause(Document document, int after, int sentenceEnd) =>
        after >= sentenceEnd || Words.Is(document, after, ",") || Words.Is(document, after, ";") || Words.IsTerminal(document, after);

    private static int CountWords(Document document, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            if (Words.IsWord(document, k))
            {
                count++;
            }
        }

        return count;
    }
}
