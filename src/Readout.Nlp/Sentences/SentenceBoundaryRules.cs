using Readout.Core.Documents;
using Readout.Nlp.Tokenization;

namespace Readout.Nlp.Sentences;

/// <summary>The rules that decide where English news sentences end, as a boundary mark after each token.</summary>
/// <remarks>
/// A sentence ends at terminal punctuation (with the closing quotes and brackets that follow it), at a paragraph
/// break, and at a line break unless the text is hard-wrapped. It does not end after titles and initials
/// ("Gen. Smith", "J. Doe"), before a lower-case word, or between a quotation's closing mark and its attribution
/// ("'We will respond!' the minister said."). Datelines ("TEHRAN (Reuters) -") are sentences of their own.
/// </remarks>
internal static class SentenceBoundaryRules
{
    /// <summary>No boundary after the token.</summary>
    public const byte None = 0;

    /// <summary>A boundary after the token, from punctuation rules (a learned model may overrule it).</summary>
    public const byte Punctuation = 1;

    /// <summary>A boundary after the token from layout (paragraph, line, dateline): always kept.</summary>
    public const byte Layout = 2;

    /// <summary>
    /// No boundary after the token, definitively: inside terminal punctuation and its closing marks, after a title or
    /// initial, and between a quotation and its attribution. A learned model must not overrule it.
    /// </summary>
    public const byte KeepTogether = 3;

    /// <summary>Marks, for each token, whether a sentence ends after it.</summary>
    public static void Mark(Document document, Span<byte> marks)
    {
        marks.Clear();
        var count = document.Tokens.Count;
        var hardWrapped = LineLayout.IsHardWrapped(document.Text);
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            if (i > start && StartsSentenceByLayout(document, i, hardWrapped))
            {
                marks[i - 1] = Layout;
                start = i;
            }

            if (i > start && Dateline.EndsAt(document, start, i) && i + 1 < count)
            {
                marks[i] = Layout;
                start = i + 1;
                continue;
            }

            if (!EndsSentence(document, i))
            {
                continue;
            }

            var next = AbsorbClosers(document, i + 1);
            for (var k = i; k < next - 1; k++)
            {
                marks[k] = KeepTogether;
            }

            if (next < count && SplitsBefore(document, i, next))
            {
                marks[next - 1] = Punctuation;
                start = next;
            }
            else if (next < count && KeepsTogether(document, i, next))
            {
                marks[next - 1] = KeepTogether;
            }

            i = next - 1;
        }
    }

    /// <summary>Writes the sentence layer from boundary marks.</summary>
    public static void WriteSentences(Document document, ReadOnlySpan<bool> endsAfter)
    {
        var layer = document.Sentences;
        layer.Clear();
        var start = 0;
        var count = document.Tokens.Count;
        for (var i = 0; i < count - 1; i++)
        {
            if (endsAfter[i])
            {
                layer.Add(document.SpanOfTokens(start, i + 1));
                start = i + 1;
            }
        }

        if (count > 0)
        {
            layer.Add(document.SpanOfTokens(start, count));
        }
    }

    private static bool StartsSentenceByLayout(Document document, int i, bool hardWrapped)
    {
        var flags = document.Tokens.Flags[i];
        if ((flags & TokenFlags.ParagraphStart) != 0)
        {
            return true;
        }

        if ((flags & TokenFlags.LineStart) == 0)
        {
            return false;
        }

        return !hardWrapped || LineLayout.StartsBlock(document.Text, document.Tokens.Starts[i]);
    }

    /// <summary>True for terminal punctuation and for abbreviations whose period may also end the sentence.</summary>
    /// <summary>True for terminal punctuation, emoticons and abbreviations whose period may also end the sentence.</summary>
    public static bool EndsSentenceMark(Document document, int i) => EndsSentence(document, i);

    private static bool EndsSentence(Document document, int i)
    {
        var token = document.Text.AsSpan(document.Tokens.Starts[i], document.Tokens.Ends[i] - document.Tokens.Starts[i]);
        var last = token[^1];
        if ((document.Tokens.Flags[i] & TokenFlags.AbbreviationPeriod) != 0)
        {
            return true;
        }

        if (token[0] is '.' or '!' or '?' or '\u2026' && last is '.' or '!' or '?' or '\u2026')
        {
            return true;
        }

        // Emoticons close sentences in informal text: ":)", ":-(".
        return token.Length >= 2 && token[0] is ':' or ';' or '=' && last is ')' or '(' or 'D' or 'P';
    }

    /// <summary>The first token after the closing quotes and brackets that follow terminal punctuation.</summary>
    private static int AbsorbClosers(Document document, int j)
    {
        var tokens = document.Tokens;
        while (j < tokens.Count && (tokens.Flags[j] & TokenFlags.LineStart) == 0)
        {
            var start = tokens.Starts[j];
            if (tokens.Ends[j] - start != 1 && document.Text[start] != '\'')
            {
                break;
            }

            var c = document.Text[start];
            var closes = c is ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A'
                || (c is '"' or '\'' && (tokens.Starts[j] == tokens.Ends[j - 1] || SpacedQuotationCloses(document, j)));
            if (!closes)
            {
                break;
            }

            j++;
        }

        return j;
    }

    /// <summary>
    /// True when a straight quotation mark set off by spaces (pre-tokenized text: <c>" Why ? " he asked .</c>) is
    /// followed on its line by a lower-case word, or by nothing: an opening mark seldom is, after a sentence's end.
    /// </summary>
    private static bool SpacedQuotationCloses(Document document, int j)
    {
        var tokens = document.Tokens;
        if (tokens.Ends[j] - tokens.Starts[j] != 1)
        {
            return false;
        }

        // Last on its line, it opens nothing.
        if (j + 1 >= tokens.Count || (tokens.Flags[j + 1] & TokenFlags.LineStart) != 0)
        {
            return true;
        }

        return char.IsLower(document.Text[tokens.Starts[j + 1]]);
    }

    /// <summary>True where the rules are sure no sentence ends: after a title or initial, before a quotation's attribution.</summary>
    private static bool KeepsTogether(Document document, int punctuation, int next)
    {
        var tokens = document.Tokens;
        if ((tokens.Flags[punctuation] & TokenFlags.AbbreviationPeriod) != 0)
        {
            var word = document.Text.AsSpan(tokens.Starts[punctuation], tokens.Ends[punctuation] - tokens.Starts[punctuation] - 1);
            return (word.Length == 1 && !HeadingNumeral(document, punctuation)) || Abbreviations.IsTitle(word);
        }

        return next > punctuation + 1 && AttributionFollows(document, next);
    }

    private static bool SplitsBefore(Document document, int punctuation, int next)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var nextStart = tokens.Starts[next];
        var first = text[nextStart];

        if ((tokens.Flags[next] & (TokenFlags.LineStart | TokenFlags.ParagraphStart)) != 0)
        {
            return true;
        }

        // A spaced ellipsis (". . .") and punctuation that cannot open a sentence keep it going.
        if (first is ',' or ';' or ':' or ')' or ']' or '%' or '.')
        {
            return false;
        }

        if (CharClass.IsLower(first))
        {
            return next == punctuation + 1 && LowerCaseStartsSentence(document, punctuation);
        }

        if ((tokens.Flags[punctuation] & TokenFlags.AbbreviationPeriod) != 0)
        {
            return AbbreviationEndsSentence(document, punctuation, next);
        }

        // "'Why not?' she asked." and "'We won!' Raisi said." keep their attribution.
        if (next > punctuation + 1 && AttributionFollows(document, next))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// After "?" or "!", or after a period that follows a full word, a lower-case word starts a new sentence in
    /// informal text ("are you sure? why not"); after "..." or an abbreviation it does not.
    /// </summary>
    private static bool LowerCaseStartsSentence(Document document, int punctuation)
    {
        var tokens = document.Tokens;
        var start = tokens.Starts[punctuation];
        var length = tokens.Ends[punctuation] - start;
        var text = document.Text;
        if ((tokens.Flags[punctuation] & TokenFlags.AbbreviationPeriod) != 0)
        {
            return false;
        }

        if (text[start] is '?' or '!')
        {
            return true;
        }

        if (length != 1 || text[start] != '.' || punctuation == 0)
        {
            return false;
        }

        var previousLength = tokens.Ends[punctuation - 1] - tokens.Starts[punctuation - 1];
        return previousLength >= 2 && tokens.Ends[punctuation - 1] == start && CharClass.IsLower(text[start - 1]);
    }

    /// <summary>
    /// True for a one-letter Roman numeral after a capitalized heading word ("CHAPTER I.", "A SCANDAL IN BOHEMIA I."):
    /// the number of a chapter, which ends its heading, not an initial.
    /// </summary>
    private static bool HeadingNumeral(Document document, int abbreviation)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        if (text[tokens.Starts[abbreviation]] is not ('I' or 'V' or 'X') || abbreviation == 0)
        {
            return false;
        }

        var previous = text.AsSpan(tokens.Starts[abbreviation - 1], tokens.Ends[abbreviation - 1] - tokens.Starts[abbreviation - 1]);
        if (previous.Length < 2)
        {
            return false;
        }

        foreach (var c in previous)
        {
            if (!CharClass.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AbbreviationEndsSentence(Document document, int abbreviation, int next)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var word = text.AsSpan(tokens.Starts[abbreviation], tokens.Ends[abbreviation] - tokens.Starts[abbreviation] - 1);
        if (word.Length == 1 && HeadingNumeral(document, abbreviation))
        {
            return true;
        }

        if (word.Length == 1 || Abbreviations.IsTitle(word))
        {
            return false; // initials, titles and months precede names and numbers
        }

        var nextWord = text.AsSpan(tokens.Starts[next], tokens.Ends[next] - tokens.Starts[next]);
        return SentenceStarters.IsStarter(nextWord) || !CharClass.IsWord(nextWord[0]);
    }

    /// <summary>
    /// True when a short attribution follows a closed quotation: "… the minister asked." or "… Raisi said." — not a
    /// new sentence that happens to report speech ("The company told the BBC …").
    /// </summary>
    private static bool AttributionFollows(Document document, int next)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var first = text.AsSpan(tokens.Starts[next], tokens.Ends[next] - tokens.Starts[next]);
        if (CharClass.IsUpper(first[0]) && SentenceStarters.IsStarter(first))
        {
            return false;
        }

        var limit = Math.Min(tokens.Count, next + 5);
        for (var k = next; k < limit; k++)
        {
            var word = text.AsSpan(tokens.Starts[k], tokens.Ends[k] - tokens.Starts[k]);
            if (SentenceStarters.IsSpeechVerb(word))
            {
                return true;
            }

            if (!CharClass.IsWord(word[0]))
            {
                return false;
            }
        }

        return false;
    }
}
