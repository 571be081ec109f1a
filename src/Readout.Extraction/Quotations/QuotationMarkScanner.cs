using Readout.Core.Documents;

namespace Readout.Extraction.Quotations;

/// <summary>Pairs quotation marks into quoted spans, paragraph by paragraph.</summary>
/// <remarks>
/// Typographic marks (“ ” « » „) pair by direction; straight double quotes by the space around them, or in turn
/// when the spacing says nothing. Single marks pair only outside a double quotation (inside one they are a nested
/// quotation and stay part of its content). A paragraph that ends with a quotation open closes it there; if the next
/// paragraph opens with a mark, that quotation continues (news style for statements over several paragraphs).
/// </remarks>
internal static class QuotationMarkScanner
{
    private enum Mark
    {
        None,
        DoubleOpen,
        DoubleClose,
        DoubleStraight,
        SingleOpen,
        SingleClose,
        SingleStraight,
    }

    public static List<QuotedSpan> Find(Document document)
    {
        var spans = new List<QuotedSpan>();
        var tokens = document.Tokens;
        var open = -1;
        var nested = 0;
        var openSingle = -1;
        var continuing = false;
        var paragraphEnd = ParagraphEnd(document, 0);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i == paragraphEnd)
            {
                // The paragraph ended with a quotation open: close it at the paragraph's end.
                var leftOpen = open >= 0;
                if (open >= 0)
                {
                    Add(document, spans, open, -1, i, continuing, isSingle: false);
                    open = -1;
                }

                openSingle = -1;
                nested = 0;
                continuing = leftOpen && IsOpening(document, i);
                paragraphEnd = ParagraphEnd(document, i);
            }

            var mark = Classify(document, i);
            switch (mark)
            {
                case Mark.DoubleOpen:
                    if (open < 0)
                    {
                        open = i;
                        openSingle = -1;
                    }
                    else if (StartsUtterance(document, i))
                    {
                        // An opening mark where a sentence starts: the previous quotation was never closed.
                        Add(document, spans, open, -1, i, continuing, isSingle: false);
                        open = i;
                        continuing = false;
                    }
                    else
                    {
                        nested++;
                    }

                    break;
                case Mark.DoubleClose when nested > 0:
                    nested--;
                    break;
                case Mark.DoubleClose:
                    if (open >= 0)
                    {
                        Add(document, spans, open, i, i, continuing, isSingle: false);
                        open = -1;
                        continuing = false;
                    }

                    break;
                case Mark.DoubleStraight:
                    if (open < 0 && !LooksClosing(document, i))
                    {
                        open = i;
                        openSingle = -1;
                    }
                    else if (open >= 0 && !LooksOpening(document, i))
                    {
                        Add(document, spans, open, i, i, continuing, isSingle: false);
                        open = -1;
                        continuing = false;
                    }

                    break;
                case Mark.SingleOpen or Mark.SingleStraight when open < 0 && openSingle < 0 && !LooksClosing(document, i) && !Words.OpensContraction(document, i)
                    && !EndsLine(document, i):
                    openSingle = i;
                    break;
                case Mark.SingleClose or Mark.SingleStraight when open < 0 && openSingle >= 0 && !LooksOpening(document, i):
                    Add(document, spans, openSingle, i, i, continuesPrevious: false, isSingle: true);
                    openSingle = -1;
                    break;
            }
        }

        if (open >= 0)
        {
            Add(document, spans, open, -1, tokens.Count, continuing, isSingle: false);
        }

        return spans;
    }

    private static void Add(Document document, List<QuotedSpan> spans, int open, int close, int endToken, bool continuesPrevious, bool isSingle)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        if (endToken <= open + 1)
        {
            return;
        }

        var start = tokens.Starts[open + 1];
        var end = tokens.Ends[endToken - 1];

        // A comma or colon before the closing mark belongs to the attribution, not to the statement.
        var last = endToken - 1;
        while (last > open && tokens.Ends[last] - tokens.Starts[last] == 1 && text[tokens.Starts[last]] is ',' or ':' or ';')
        {
            last--;
        }

        if (last <= open)
        {
            return;
        }

        end = tokens.Ends[last];
        spans.Add(new QuotedSpan(open, close, start, end, continuesPrevious, isSingle));
    }

    private static int ParagraphEnd(Document document, int from)
    {
        var tokens = document.Tokens;
        for (var i = from + 1; i < tokens.Count; i++)
        {
            if ((tokens.Flags[i] & TokenFlags.ParagraphStart) != 0)
            {
                return i;
            }
        }

        return tokens.Count;
    }

    /// <summary>True when token <paramref name="i"/> stands where an utterance starts: after terminal punctuation or at a line start.</summary>
    private static bool StartsUtterance(Document document, int i)
    {
        if (i == 0 || (document.Tokens.Flags[i] & TokenFlags.LineStart) != 0)
        {
            return true;
        }

        var previous = document.Text[document.Tokens.Ends[i - 1] - 1];
        return previous is '.' or '!' or '?' or '\u2026';
    }

    private static bool IsOpening(Document document, int i) => Classify(document, i) is Mark.DoubleOpen or Mark.DoubleStraight;

    private static Mark Classify(Document document, int i)
    {
        var tokens = document.Tokens;
        var start = tokens.Starts[i];
        var length = tokens.Ends[i] - start;
        var text = document.Text;
        if (length == 2)
        {
            return text[start] == '`' && text[start + 1] == '`' ? Mark.DoubleOpen
                : text[start] == '\'' && text[start + 1] == '\'' ? Mark.DoubleClose
                : Mark.None;
        }

        if (length != 1 || (tokens.Flags[i] & TokenFlags.JoinedToPrevious) != 0)
        {
            return Mark.None;
        }

        return text[start] switch
        {
            '\u201C' or '\u00AB' or '\u201E' => Mark.DoubleOpen,
            '\u201D' or '\u00BB' => Mark.DoubleClose,
            '"' => Mark.DoubleStraight,
            '\u2018' or '\u201A' or '\u2039' => Mark.SingleOpen,
            '\u2019' or '\u203A' => Mark.SingleClose,
            '\'' => Mark.SingleStraight,
            _ => Mark.None,
        };
    }

    /// <summary>
    /// True when nothing follows the mark on its line: a stray apostrophe at a line's end ("… and a ' . '") opens no
    /// quotation that would swallow the next lines and put every later pair of marks out of step.
    /// </summary>
    private static bool EndsLine(Document document, int i) => Words.StartsLine(document, i + 1);

    /// <summary>True when the mark sits against the word after it and apart from the one before ( "word).</summary>
    private static bool LooksOpening(Document document, int i)
    {
        var text = document.Text;
        var start = document.Tokens.Starts[i];
        var end = document.Tokens.Ends[i];
        var spaceBefore = start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '[' or '\u2014' or '\u2013';
        var spaceAfter = end >= text.Length || char.IsWhiteSpace(text[end]);
        return spaceBefore && !spaceAfter;
    }

    /// <summary>True when the mark sits against the word before it and apart from the one after (word" ).</summary>
    private static bool LooksClosing(Document document, int i)
    {
        var text = document.Text;
        var start = document.Tokens.Starts[i];
        var end = document.Tokens.Ends[i];
        var spaceBefore = start == 0 || char.IsWhiteSpace(text[start - 1]);
        var spaceAfter = end >= text.Length || char.IsWhiteSpace(text[end]) || text[end] is '.' or ',' or ';' or ':' or ')' or '?' or '!';
        return !spaceBefore && spaceAfter;
    }
}
