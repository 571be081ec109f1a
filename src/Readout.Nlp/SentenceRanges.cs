using Readout.Core.Documents;

namespace Readout.Nlp;

/// <summary>The token ranges of a document's sentences, for components that work sentence by sentence.</summary>
/// <remarks>A tokenized document without a sentence layer counts as one sentence. Tokens between sentences are left out.</remarks>
public static class SentenceRanges
{
    /// <summary>The half-open token range <c>[First, End)</c> of every sentence, in order.</summary>
    public static IEnumerable<(int First, int End)> Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.GetSpans(LayerNames.Sentences);
        if (sentences is null || sentences.Count == 0)
        {
            if (document.Tokens.Count > 0)
            {
                yield return (0, document.Tokens.Count);
            }

            yield break;
        }

        foreach (var sentence in sentences)
        {
            if (sentence.FirstToken >= 0 && sentence.EndToken > sentence.FirstToken)
            {
                yield return (sentence.FirstToken, sentence.EndToken);
            }
        }
    }

    /// <summary>The number of tokens in the longest sentence.</summary>
    public static int Longest(Document document)
    {
        var longest = 0;
        foreach (var (first, end) in Of(document))
        {
            longest = Math.Max(longest, end - first);
        }

        return longest;
    }
}
