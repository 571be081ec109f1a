using Readout.Core.Documents;

namespace Readout.Extraction.Quotations;

/// <summary>
/// Dialogue set off by a dash instead of quotation marks, as Joyce, much translated fiction and some interview
/// transcripts write it: "— Back to barracks! ¶ he said sternly." or "He intoned: — Introibo ad altare Dei."
/// </summary>
/// <remarks>
/// A dash that opens a line (or follows a colon) is speech only in a document that writes dialogue this way: at least
/// three such lines, two of them attributed the way dialogue is (a cue after a comma in the line, or a cue in the
/// lower-case line after it). A bulleted list of dashes in a news story has none of these. The speech
/// runs to a cue after a comma in its line ("— Thanks, old chap, he cried."), else to the line's end and on over the
/// next lines while they read as speech: not another dash, no quotation mark, and not narration (a past-tense verb with
/// a third-person subject, "He peered sideways …"); without tags it stops at the line's end.
/// </remarks>
internal static class DashDialogue
{
    private const int MinimumLines = 3;
    private const int MaxLines = 8;

    // Dialogue attributes its lines as dialogue does ("he said sternly", ", Stephen said"); a bulleted list after "the
    // amendments would include:" may meet one cue by chance, not two.
    private const int MinimumAttributed = 2;

    /// <summary>The dash-introduced speech of <paramref name="document"/>, in text order; empty when it has none.</summary>
    public static List<QuotedSpan> Find(Document document)
    {
        var tokens = document.Tokens;
        var opens = new List<int>();
        var dialogueOpens = 0;
        var toldBefore = 0;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // Speech opens like a sentence, with a capital; a list's items ("— an end to the shelling;") seldom do.
            // "— I —" or "— II —" heads a part of the book: a word between two dashes is no line of speech.
            if (IsDash(document, i) && Words.IsWord(document, i + 1) && Words.IsCapitalized(document, i + 1)
                && (Words.StartsLine(document, i) || (i > 0 && Words.Is(document, i - 1, ":")))
                && !(i + 2 < tokens.Count && IsDash(document, i + 2)))
            {
                opens.Add(i);

                // "Then Nasty Roche had asked: — Is he a magistrate?": a speech verb right before the colon opens
                // dialogue as surely as a line's first dash.
                var told = !Words.StartsLine(document, i) && i > 1 && CueFinder.EndingAt(document, i - 2, LineStart(document, i), dialogue: true, requireVerb: true) is not null;
                dialogueOpens += Words.StartsLine(document, i) || told ? 1 : 0;
                toldBefore += told ? 1 : 0;
            }
        }

        if (dialogueOpens < MinimumLines)
        {
            return [];
        }

        var spans = new List<QuotedSpan>(opens.Count);
        var attributed = toldBefore;
        foreach (var open in opens)
        {
            if (Span(document, open) is not { } span)
            {
                continue;
            }

            spans.Add(span.Span);
            attributed += span.Attributed ? 1 : 0;

            // "— The mockery of it! ¶ he said gaily. ¶ Your absurd name, an ancient Greek!": the speech goes on after
            // its attribution, without a dash, until narration.
            if (span.ContinuesAt > 0 && Continued(document, span.ContinuesAt) is { } more)
            {
                spans.Add(more);
            }
        }

        return attributed >= MinimumAttributed ? spans : [];
    }

    /// <summary>
    /// The speech a dash opens; whether an attribution is in sight; and where speech may go on after an attribution
    /// that ends a line (0 when none does).
    /// </summary>
    private static (QuotedSpan Span, bool Attributed, int ContinuesAt)? Span(Document document, int open)
    {
        var tokens = document.Tokens;
        var lineEnd = LineEnd(document, open + 1);

        // "— Thanks, old chap, he cried briskly.": a cue after a comma in the line ends the speech there.
        for (var k = open + 1; k < lineEnd; k++)
        {
            if (Words.IsOpeningQuote(document, k) || Words.IsClosingQuote(document, k))
            {
                return null; // marked quotations are the mark scanner's
            }

            if (Words.Is(document, k, ",") && k > open + 1 && CueAfter(document, k + 1, lineEnd))
            {
                return (new QuotedSpan(open, k, tokens.Starts[open + 1], tokens.Starts[k], false, false), true, lineEnd);
            }
        }

        var last = Extend(document, lineEnd) - 1;
        var after = last + 1;
        // A cue before a colon ("… and cried: — Will he come?") is left to the attributor: news introduces lists the
        // same way ("the ministry said: — …"), so only a cue after the line shows dialogue.
        var cutOffCue = after < tokens.Count && char.IsLower(Words.Text(document, after)[0]) && CueAfter(document, after, LineEnd(document, after));
        return (new QuotedSpan(open, last, tokens.Starts[open + 1], tokens.Ends[last], false, false), cutOffCue, cutOffCue ? LineEnd(document, after) : 0);
    }

    /// <summary>Speech lines from <paramref name="first"/> on, as a span whose "mark" is the token before them; null when the next line is not speech.</summary>
    private static QuotedSpan? Continued(Document document, int first)
    {
        var tokens = document.Tokens;
        if (first <= 1 || first >= tokens.Count || !IsSpeechLine(document, first))
        {
            return null;
        }

        var last = Extend(document, LineEnd(document, first)) - 1;
        return new QuotedSpan(first - 1, last, tokens.Starts[first], tokens.Ends[last], false, false);
    }

    /// <summary>One past the last of the speech lines that follow <paramref name="lineEnd"/>, at most <see cref="MaxLines"/> in all.</summary>
    private static int Extend(Document document, int lineEnd)
    {
        var lines = 1;
        while (lines < MaxLines && lineEnd < document.Tokens.Count && IsSpeechLine(document, lineEnd))
        {
            lineEnd = LineEnd(document, lineEnd);
            lines++;
        }

        return lineEnd;
    }

    /// <summary>A speaker and a cue right after <paramref name="first"/>: "he cried", "said Buck Mulligan", "Stephen said".</summary>
    private static bool CueAfter(Document document, int first, int end)
    {
        for (var k = first; k < Math.Min(end, first + 4); k++)
        {
            if (CueFinder.At(document, k, end, dialogue: true) is not null)
            {
                return true;
            }

            if (!Words.IsWord(document, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A line that goes on the speech before it: no dash, no quotation mark, not narration.</summary>
    private static bool IsSpeechLine(Document document, int first)
    {
        var tokens = document.Tokens;
        if (!tokens.HasTags || !tokens.HasDependencies || IsDash(document, first) || char.IsLower(Words.Text(document, first)[0]))
        {
            return false;
        }

        var end = LineEnd(document, first);
        for (var k = first; k < end; k++)
        {
            if (Words.IsOpeningQuote(document, k) || Words.IsClosingQuote(document, k) || IsDash(document, k))
            {
                return false;
            }

            // Narration: a past-tense verb whose subject is a third person ("He peered", "Two whistles answered",
            // "Stephen had answered").
            if ((tokens.Xpos[k] is "VBD" || (tokens.Xpos[k] is "VBN" && k > first && Words.Is(document, k - 1, "had")))
                && HasThirdPersonSubject(document, k, first, end))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasThirdPersonSubject(Document document, int verb, int first, int end)
    {
        var tokens = document.Tokens;
        for (var k = first; k < end; k++)
        {
            if (tokens.Heads[k] == verb && tokens.Relations[k] is { } relation && relation.StartsWith("nsubj", StringComparison.Ordinal))
            {
                return Words.Text(document, k) is not ("I" or "we" or "We" or "you" or "You");
            }
        }

        return false;
    }

    private static bool IsDash(Document document, int i) => Words.Text(document, i) is "\u2014" or "\u2015" or "--";

    /// <summary>The first token of the line that holds <paramref name="i"/>.</summary>
    private static int LineStart(Document document, int i)
    {
        var k = i;
        while (k > 0 && !Words.StartsLine(document, k))
        {
            k--;
        }

        return k;
    }

    /// <summary>One past the last token of the line that holds <paramref name="i"/>.</summary>
    private static int LineEnd(Document document, int i)
    {
        var k = i + 1;
        while (!Words.StartsLine(document, k))
        {
            k++;
        }

        return k;
    }
}
