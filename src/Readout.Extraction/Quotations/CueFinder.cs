using Readout.Core.Documents;

namespace Readout.Extraction.Quotations;

/// <summary>Recognizes cues at a token: a speech verb, a verb + particle ("pointed out"), a verb + noun ("expressed hope").</summary>
internal static class CueFinder
{
    /// <summary>The cue starting at token <paramref name="i"/> as [first, end), or null.</summary>
    /// <param name="document">The document.</param>
    /// <param name="i">The token where the cue would start.</param>
    /// <param name="limit">The end of the sentence.</param>
    /// <param name="requireVerb">
    /// With tags, require a verb: reported speech has no quotation marks to confirm it, and "the river dispute" or
    /// "a report" are nouns however they are spelled. Next to quotation marks the marks are confirmation enough.
    /// </param>
    /// <param name="dialogue">
    /// Beside quotation marks: also the verbs that attribute dialogue but are not speech on their own ("returned she",
    /// "he laughed").
    /// </param>
    public static (int First, int End)? At(Document document, int i, int limit, bool requireVerb = false, bool dialogue = false)
    {
        if (requireVerb && document.Tokens.HasTags && document.Tokens.Upos[i] is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.NUM)
        {
            return null;
        }

        var word = Words.Text(document, i);
        if (CueLexicon.ParticleLemma(word) is { } lemma)
        {
            if (i + 1 < limit && CueLexicon.IsParticleOf(lemma, Words.Text(document, i + 1)))
            {
                return (i, i + 2);
            }

            // "point" and "call" without their particle are not speech ("the so-called 'plan'", "a plan called 'Dawn'").
            return lemma is "point" or "call" or "go" or "spell" ? null : (i, i + 1);
        }

        if (CueLexicon.IsObjectVerb(word) && i + 1 < limit)
        {
            var noun = i + 1;
            if (noun + 1 < limit && (Words.Is(document, noun, "the") || Words.Is(document, noun, "his") || Words.Is(document, noun, "her") || Words.Is(document, noun, "their")))
            {
                noun++;
            }

            if (CueLexicon.IsObjectNoun(Words.Text(document, noun)))
            {
                return (i, noun + 1);
            }
        }

        // A dialogue verb is often a noun as well: "said Holmes with a mischievous smile, '…'" has no "smile" cue.
        return CueLexicon.IsVerb(word) || (dialogue && CueLexicon.IsDialogueVerb(word) && !(document.Tokens.HasTags && document.Tokens.Upos[i] == UniversalPos.NOUN))
            ? (i, i + 1)
            : null;
    }

    /// <summary>The cue whose last token is <paramref name="last"/> (looking back for a verb before a particle or noun).</summary>
    public static (int First, int End)? EndingAt(Document document, int last, int sentenceStart, bool dialogue = false, bool requireVerb = false)
    {
        for (var first = last; first >= Math.Max(sentenceStart, last - 2); first--)
        {
            if (At(document, first, last + 1, requireVerb, dialogue) is { } cue && cue.End == last + 1)
            {
                return cue;
            }
        }

        return null;
    }
}
