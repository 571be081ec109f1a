using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Processing;

namespace Readout.Extraction.Quotations;

/// <summary>Finds every attributed statement in a document: direct quotations, reported speech and mixed forms.</summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>, <see cref="LayerNames.Sentences"/>. Produces: <see cref="LayerNames.Quotations"/>.
/// Uses the dependency parse and the entity layer when an earlier stage produced them: the parse to find subjects
/// and clause complements, the entities to resolve a speaker mention ("he", "the President") to its referent.
/// Scare quotes and titles in quotation marks ("the so-called 'peace plan'") are not statements and are left out.
/// Thread-safe: it holds no state.
/// </remarks>
public sealed class QuotationExtractor : IComponent
{
    private const int MinimumStatementWords = 5;
    private static readonly string[] RequiredLayers = [LayerNames.Tokens, LayerNames.Sentences];
    private static readonly string[] ProducedLayers = [LayerNames.Quotations];

    /// <inheritdoc />
    public string Name => "quotation-extractor";

    /// <inheritdoc />
    public string Version => "1.0";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => RequiredLayers;

    /// <inheritdoc />
    public IReadOnlyList<string> Produces => ProducedLayers;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<Found>();
        var tokens = document.Tokens;
        var quoted = new bool[tokens.Count];
        var attributing = new bool[tokens.Count];
        var attributionsBySentence = new Dictionary<int, List<Attribution>>();

        var mentions = new SpeakerMentions(document.Get(AnnotationLayers.Entities), document.Text);
        FindDirect(document, found, quoted, attributing, attributionsBySentence, mentions);
        FindColonStatements(document, found, quoted);

        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var earlier = attributionsBySentence.GetValueOrDefault(s) ?? [];
            foreach (var reported in ReportedSpeechFinder.Find(document, sentence.FirstToken, sentence.EndToken, quoted, attributing, earlier))
            {
                var content = new TextRange(tokens.Starts[reported.ContentFirst], tokens.Ends[reported.ContentEnd - 1]);
                var unquotedWords = 0;
                var kind = QuotationKind.Indirect;
                for (var k = reported.ContentFirst; k < reported.ContentEnd; k++)
                {
                    if (quoted[k])
                    {
                        kind = QuotationKind.Mixed;
                    }
                    else if (Words.IsWord(document, k))
                    {
                        unquotedWords++;
                    }
                }

                if (kind == QuotationKind.Mixed)
                {
                    // A quotation with an attribution of its own stays direct; so does a "clause" that is all quotation.
                    if (unquotedWords == 0 || found.Exists(f => f.Kind == QuotationKind.Direct && content.Overlaps(f.Content) && f.Attribution.CueFirst >= 0))
                    {
                        continue;
                    }

                    // A partial quotation inside reported speech is part of it, not a statement of its own.
                    found.RemoveAll(f => f.Kind == QuotationKind.Direct && content.Contains(f.Content));
                }

                found.Add(new Found(QuotationKind.Indirect == kind ? kind : QuotationKind.Mixed, reported.Attribution, content));
            }
        }

        document.Set(AnnotationLayers.Quotations, Build(document, found, mentions));
    }

    private static void FindDirect(Document document, List<Found> found, bool[] quoted, bool[] attributing, Dictionary<int, List<Attribution>> bySentence, SpeakerMentions mentions)
    {
        var tokens = document.Tokens;
        var spans = WithDashDialogue(QuotationMarkScanner.Find(document), DashDialogue.Find(document));
        Attribution? previous = null;
        QuotedSpan? previousSpan = null;
        var previousParagraph = -1;
        var lines = new List<DialogueTurns.Line>();
        foreach (var span in spans)
        {
            var sentence = document.Sentences.IndexOfToken(span.OpenToken);
            var earlier = bySentence.GetValueOrDefault(sentence) ?? [];
            var paragraph = ParagraphOf(document, span.OpenToken);
            var attribution = DirectQuoteAttributor.After(document, span) ?? DirectQuoteAttributor.Before(document, span, earlier);

            if (attribution is null && previous is { } split && previousSpan is { } last && IsSplitBy(document, last, split, span))
            {
                attribution = split with { Rule = "direct:split-quote" };
            }

            if (attribution is null && (span.ContinuesPrevious || (previous is not null && IsStatementLike(document, span)
                && (paragraph == previousParagraph || StartsParagraph(document, span.OpenToken)))))
            {
                attribution = previous is { } prior ? prior with { Rule = "direct:continuation", CueFirst = -1, CueEnd = -1 } : null;
            }

            if (attribution is null)
            {
                if (!IsStatementLike(document, span))
                {
                    continue; // a scare quote, a title, a term
                }

                attribution = new Attribution(-1, -1, -1, -1, "direct:unattributed");
            }

            var a = attribution.Value;
            var end = span.CloseToken >= 0 ? span.CloseToken : LastTokenBefore(document, span.ContentEnd);
            for (var k = span.OpenToken; k <= end && k < quoted.Length; k++)
            {
                quoted[k] = true;
            }

            lines.Add(new DialogueTurns.Line(span, a));

            // The cue and speaker of a quotation belong to it: reported speech must not start again from them.
            MarkRange(attributing, a.CueFirst, a.CueEnd);
            MarkRange(attributing, a.SpeakerFirst, a.SpeakerEnd);
            if (a.HasSpeaker)
            {
                previous = a;
                previousParagraph = paragraph;
                if (sentence >= 0)
                {
                    if (!bySentence.TryGetValue(sentence, out var list))
                    {
                        bySentence[sentence] = list = [];
                    }

                    list.Add(a);
                }
            }

            previousSpan = span;
        }

        DialogueTurns.Resolve(document, lines, mentions, quoted);
        foreach (var line in lines)
        {
            found.Add(new Found(QuotationKind.Direct, line.Attribution, new TextRange(line.Span.ContentStart, line.Span.ContentEnd)));
        }
    }

    private static void MarkRange(bool[] marks, int first, int end)
    {
        for (var k = Math.Max(0, first); k < end && k < marks.Length; k++)
        {
            marks[k] = true;
        }
    }

    /// <summary>A readout's "Raisi: The US is …" — a name, a colon and a statement, at the start of a paragraph.</summary>
    private static void FindColonStatements(Document document, List<Found> found, bool[] quoted)
    {
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            var first = sentence.FirstToken;
            if ((tokens.Flags[first] & TokenFlags.LineStart) == 0 || quoted[first])
            {
                continue;
            }

            var colon = first;
            while (colon < Math.Min(sentence.EndToken, first + 6) && !Words.Is(document, colon, ":"))
            {
                colon++;
            }

            if (colon == first || colon >= sentence.EndToken - 3 || !Words.Is(document, colon, ":") || Words.IsOpeningQuote(document, colon + 1))
            {
                continue;
            }

            if (SpeakerFinder.PhraseBefore(document, colon, first) is not { } name || name.First != first || !AllCapitalized(document, name.First, name.End))
            {
                continue;
            }

            var paragraphEnd = sentence.EndToken;
            while (paragraphEnd < tokens.Count && (tokens.Flags[paragraphEnd] & TokenFlags.ParagraphStart) == 0)
            {
                paragraphEnd++;
            }

            var last = paragraphEnd - 1;
            for (var k = colon + 1; k < paragraphEnd; k++)
            {
                quoted[k] = true;
            }

            found.Add(new Found(QuotationKind.Direct, new Attribution(-1, -1, name.First, name.End, "direct:colon-statement"),
                new TextRange(tokens.Starts[colon + 1], tokens.Ends[last])));
        }
    }

    private static bool AllCapitalized(Document document, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (Words.IsWord(document, k) && !Words.IsCapitalized(document, k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="next"/> reopens a quotation right after the attribution that closed <paramref name="previous"/>: "…," said X, "…".</summary>
    private static bool IsSplitBy(Document document, QuotedSpan previous, Attribution attribution, QuotedSpan next)
    {
        if (previous.CloseToken < 0 || attribution.CueFirst < previous.CloseToken)
        {
            return false;
        }

        var after = Math.Max(attribution.CueEnd, attribution.SpeakerEnd);
        while (after < next.OpenToken && (Words.Is(document, after, ",") || Words.Is(document, after, ":") || Words.Is(document, after, ";")))
        {
            after++;
        }

        return after == next.OpenToken;
    }

    /// <summary>Long enough to be a statement, and not a term embedded in a phrase ("the so-called 'peace plan'").</summary>
    private static bool IsStatementLike(Document document, QuotedSpan span)
    {
        var end = span.CloseToken >= 0 ? span.CloseToken : LastTokenBefore(document, span.ContentEnd) + 1;
        var words = 0;
        for (var k = span.FirstContentToken; k < end; k++)
        {
            if (Words.IsWord(document, k))
            {
                words++;
            }
        }

        if (words == 0)
        {
            return false;
        }

        // A whole utterance in marks ("Yes, sir." / "What's the joke?") is speech however short: it stands where a
        // sentence starts and carries its own terminal punctuation. Scare quotes and titles sit inside a sentence.
        var standsAlone = StartsSentence(document, span.OpenToken) || (span.OpenToken > 0 && (Words.IsTerminal(document, span.OpenToken - 1)
            || Words.Is(document, span.OpenToken - 1, ":") || Words.IsClosingQuote(document, span.OpenToken - 1)));
        if (standsAlone && (EndsWithTerminal(document, span, end) || words >= MinimumStatementWords))
        {
            return true;
        }

        if (words < MinimumStatementWords)
        {
            return false;
        }

        var before = span.OpenToken - 1;
        return before < 0 || !Words.IsScareMarker(document, before);
    }

    private static bool EndsWithTerminal(Document document, QuotedSpan span, int end)
    {
        // Dash dialogue has no closing mark: its last token, the end, is the utterance's own punctuation.
        if (end < document.Tokens.Count && Words.IsTerminal(document, end))
        {
            return true;
        }

        var last = end - 1;
        while (last >= span.FirstContentToken && Words.Is(document, last, ","))
        {
            last--;
        }

        return last >= span.FirstContentToken && (Words.IsTerminal(document, last) || Words.Is(document, last, "--") || Words.Is(document, last, "\u2014"));
    }

    private static bool StartsSentence(Document document, int token)
    {
        var sentence = document.Sentences.IndexOfToken(token);
        return sentence >= 0 && document.Sentences[sentence].FirstToken == token;
    }

    private static bool StartsParagraph(Document document, int token) => (document.Tokens.Flags[token] & TokenFlags.ParagraphStart) != 0;

    /// <summary>The marked quotations and the dash-introduced speech that overlaps none of them, in text order.</summary>
    private static List<QuotedSpan> WithDashDialogue(List<QuotedSpan> marked, List<QuotedSpan> dashed)
    {
        if (dashed.Count == 0)
        {
            return marked;
        }

        var all = new List<QuotedSpan>(marked);
        foreach (var dash in dashed)
        {
            if (!marked.Exists(m => m.ContentStart < dash.ContentEnd && dash.ContentStart < m.ContentEnd))
            {
                all.Add(dash);
            }
        }

        all.Sort((a, b) => a.OpenToken.CompareTo(b.OpenToken));
        return all;
    }

    /// <summary>The first token of the paragraph <paramref name="token"/> is in (0 for the first paragraph).</summary>
    private static int ParagraphOf(Document document, int token)
    {
        var i = token;
        while (i > 0 && (document.Tokens.Flags[i] & TokenFlags.ParagraphStart) == 0)
        {
            i--;
        }

        return i;
    }

    private static int LastTokenBefore(Document document, int offset) => Math.Max(0, document.Tokens.IndexAtOrAfter(offset) - 1);

    private static List<Quotation> Build(Document document, List<Found> found, SpeakerMentions mentions)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var quotations = new List<Quotation>(found.Count);
        var seen = new HashSet<TextRange>();
        foreach (var item in found.OrderBy(f => f.Content.Start).ThenBy(f => f.Kind))
        {
            if (!seen.Add(item.Content) || item.Content.Length == 0)
            {
                continue;
            }

            var a = item.Attribution;
            TextRange? speaker = a.HasSpeaker ? new TextRange(tokens.Starts[a.SpeakerFirst], tokens.Ends[a.SpeakerEnd - 1]) : null;
            TextRange? cue = a.CueFirst >= 0 ? new TextRange(tokens.Starts[a.CueFirst], tokens.Ends[a.CueEnd - 1]) : null;
            var named = a.NameFirst >= 0 ? new TextRange(tokens.Starts[a.NameFirst], tokens.Ends[a.NameEnd - 1]) : (TextRange?)null;
            var entity = (named ?? speaker) is { } range ? mentions.OverOrNamed(range) : null;
            quotations.Add(new Quotation
            {
                Id = $"q{quotations.Count + 1}",
                Kind = item.Kind,
                Speaker = speaker,
                SpeakerEntityId = entity?.Id,
                SpeakerName = entity?.Name ?? (named ?? speaker)?.Of(text),
                Cue = cue,
                Content = item.Content,
                Rule = a.Rule,
            });
        }

        return quotations;
    }

    private readonly record struct Found(QuotationKind Kind, Attribution Attribution, TextRange Content);
}
