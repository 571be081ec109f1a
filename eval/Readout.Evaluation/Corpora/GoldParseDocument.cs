using Readout.Core.Documents;
using Readout.Nlp.Conllu;

namespace Readout.Evaluation.Corpora;

/// <summary>Builds a document from a gold CoNLL-U sentence, with its tags, lemmas and dependencies as given.</summary>
public static class GoldParseDocument
{
    /// <summary>
    /// A one-sentence document whose text is the words joined by spaces (none where MISC says SpaceAfter=No) and whose
    /// columns hold the given annotation. UD v1 tags are read as their v2 names (CONJ is CCONJ).
    /// </summary>
    public static Document Build(ConlluSentence sentence, string? source = null, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        var builder = new System.Text.StringBuilder();
        var starts = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            starts[i] = builder.Length;
            builder.Append(words[i].Form);
            if (i + 1 < words.Count && words[i].SpaceAfter)
            {
                builder.Append(' ');
            }
        }

        var document = new Document(builder.ToString(), source) { Published = published };
        var tokens = document.Tokens;
        for (var i = 0; i < words.Count; i++)
        {
            tokens.Add(starts[i], starts[i] + words[i].Form.Length, i == 0 ? TokenFlags.LineStart | TokenFlags.ParagraphStart : TokenFlags.None);
        }

        document.Sentences.Add(document.SpanOfTokens(0, words.Count));
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            tokens.Upos[i] = word.Upos == "CONJ" ? UniversalPos.CCONJ : Enum.TryParse<UniversalPos>(word.Upos, out var upos) ? upos : UniversalPos.X;
            tokens.Xpos[i] = word.Xpos == "_" ? null : word.Xpos;
            tokens.Lemmas[i] = word.Lemma == "_" ? null : word.Lemma;
            tokens.Heads[i] = word.Head <= 0 ? -1 : word.Head - 1;
            tokens.Relations[i] = word.Deprel;
        }

        return document;
    }
}
