using Readout.Core.Documents;
using Readout.Nlp.Tokenization;

namespace Readout.Nlp.Sentences;

/// <summary>Recognizes a news dateline at the start of a paragraph: "TEHRAN, Nov. 15 (Reuters) -" or "DAMASCUS (AFP) —".</summary>
/// <remarks>The dateline is kept as a sentence of its own, as the UD treebanks do, so it does not become part of the lead sentence's syntax.</remarks>
internal static class Dateline
{
    private const int MaxLength = 14;

    /// <summary>True when token <paramref name="dash"/> is the dash that closes a dateline beginning at <paramref name="start"/>.</summary>
    public static bool EndsAt(Document document, int start, int dash)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        if (dash - start < 2 || dash - start > MaxLength || (tokens.Flags[start] & TokenFlags.LineStart) == 0)
        {
            return false;
        }

        var dashStart = tokens.Starts[dash];
        if (tokens.Ends[dash] - dashStart > 2 || !(text[dashStart] is '-' or '\u2013' or '\u2014'))
        {
            return false;
        }

        // The place is written in capitals, and an agency in brackets or a date comes before the dash.
        var place = text.AsSpan(tokens.Starts[start], tokens.Ends[start] - tokens.Starts[start]);
        if (place.Length < 3 || !IsAllCapitals(place))
        {
            return false;
        }

        return text[tokens.Starts[dash - 1]] == ')' || CharClass.IsDigit(text[tokens.Ends[dash - 1] - 1]);
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (CharClass.IsLetter(c) && !CharClass.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
