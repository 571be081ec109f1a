using Readout.Core.Documents;

namespace Readout.Extraction.Quotations;

/// <summary>
/// How, to whom or where something was said, between a cue and its quotation: "sadly", "to her", "in a low voice",
/// "again at dinner". Adverbs, and prepositional phrases of up to four words.
/// </summary>
internal static class Manner
{
    private const int MaxObjectWords = 4;

    /// <summary>The first token at or after <paramref name="start"/> (before <paramref name="limit"/>) that is not part of a manner adverbial.</summary>
    public static int End(Document document, int start, int limit)
    {
        var tokens = document.Tokens;
        if (!tokens.HasTags)
        {
            return start;
        }

        var k = start;
        while (k < limit)
        {
            if (tokens.Upos[k] == UniversalPos.ADV && !Words.Is(document, k, "so"))
            {
                k++;
                continue;
            }

            if (tokens.Upos[k] != UniversalPos.ADP || Words.Is(document, k, "that"))
            {
                break;
            }

            var m = k + 1;
            // "in a low voice", "in a very anxious way": an adverb inside only before the adjective it grades.
            while (m < limit && m - k <= MaxObjectWords && (tokens.Upos[m] is UniversalPos.DET or UniversalPos.ADJ or UniversalPos.NOUN
                       or UniversalPos.PRON or UniversalPos.PROPN or UniversalPos.NUM
                       || (tokens.Upos[m] == UniversalPos.ADV && m + 1 < limit && tokens.Upos[m + 1] == UniversalPos.ADJ)))
            {
                m++;
            }

            if (m == k + 1)
            {
                break;
            }

            k = m;
        }

        return k;
    }
}
