using Readout.Nlp.Conllu;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Lemmatization;

/// <summary>Learns a <see cref="LemmaModel"/> from CoNLL-U sentences with gold Penn tags and lemmas.</summary>
/// <remarks>Counting only, so training takes seconds; ties go to the value seen first, so the result is deterministic.</remarks>
public static class LemmaTrainer
{
    /// <summary>Learns the word list and the suffix rules.</summary>
    /// <param name="sentences">Training sentences.</param>
    /// <param name="minimumSuffixCount">How often a suffix must be seen with a tag for its rule to be used.</param>
    public static LemmaModel Train(IReadOnlyList<ConlluSentence> sentences, int minimumSuffixCount = 2)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var lemmas = new Vocabulary();
        var exact = new CountTable();
        var lower = new CountTable();
        var anyTag = new CountTable();
        var rules = new List<LemmaRule>();
        var ruleIds = new Dictionary<LemmaRule, int>();
        var suffixes = new CountTable();
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words)
            {
                if (word.Lemma == "_" && word.Form != "_")
                {
                    continue;
                }

                var tag = FeatureHash.Of(word.Xpos);
                var lemma = lemmas.Add(word.Lemma);
                exact.Add(FeatureHash.Combine(tag, FeatureHash.Of(word.Form)), lemma);
                lower.Add(FeatureHash.Combine(tag, FeatureHash.OfLower(word.Form)), lemma);
                anyTag.Add(FeatureHash.Of(word.Form), lemma);
                if (LemmaRule.Between(word.Form, word.Lemma) is not { } rule)
                {
                    continue;
                }

                if (!ruleIds.TryGetValue(rule, out var ruleId))
                {
                    ruleId = rules.Count;
                    rules.Add(rule);
                    ruleIds.Add(rule, ruleId);
                }

                for (var length = Math.Min(LemmaModel.LongestSuffix, word.Form.Length); length >= 0; length--)
                {
                    suffixes.Add(LemmaModel.SuffixKey(tag, word.Form.AsSpan(word.Form.Length - length)), ruleId);
                }
            }
        }

        return new LemmaModel(lemmas, exact.MostFrequent(), lower.MostFrequent(), anyTag.MostFrequent(), suffixes.MostFrequentWithCounts(), [.. rules], minimumSuffixCount);
    }
}
