using Readout.Core.Documents;

namespace Readout.Nlp.Sentences;

/// <summary>Trains a <see cref="SentenceBoundaryModel"/> with an averaged perceptron; deterministic for a given seed.</summary>
public static class SentenceBoundaryTrainer
{
    /// <summary>Trains on tokenized documents with gold marks (true where a sentence ends after the token).</summary>
    /// <param name="examples">Tokenized documents and, per token, whether a gold sentence ends after it.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="seed">Seed of the per-epoch shuffle.</param>
    public static SentenceBoundaryModel Train(IReadOnlyList<(Document Document, bool[] GoldEndsAfter)> examples, int epochs, int seed)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var size = 1 << SentenceBoundaryModel.Bits;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];

        // Features are extracted once; the rule marks do not change between epochs.
        var instances = new List<(int[] Features, bool Gold)>();
        Span<int> buffer = stackalloc int[BoundaryFeatures.Count];
        foreach (var (document, gold) in examples)
        {
            var count = document.Tokens.Count;
            var marks = new byte[count];
            SentenceBoundaryRules.Mark(document, marks);
            for (var i = 0; i < count - 1; i++)
            {
                if (marks[i] is SentenceBoundaryRules.Layout or SentenceBoundaryRules.KeepTogether || !PerceptronSentenceSplitter.IsCandidate(document, i))
                {
                    continue;
                }

                var n = BoundaryFeatures.Extract(document, i, marks[i], buffer);
                instances.Add((buffer[..n].ToArray(), gold[i]));
            }
        }

        var order = Enumerable.Range(0, instances.Count).ToArray();
        var random = new Random(seed);
        var time = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                time++;
                var (features, gold) = instances[index];
                var score = 0f;
                foreach (var f in features)
                {
                    score += weights[f];
                }

                if ((score > 0) == gold)
                {
                    continue;
                }

                var delta = gold ? 1f : -1f;
                foreach (var f in features)
                {
                    totals[f] += (time - stamps[f]) * (double)weights[f];
                    stamps[f] = time;
                    weights[f] += delta;
                }
            }
        }

        var averaged = new float[size];
        for (var f = 0; f < size; f++)
        {
            var total = totals[f] + (time - stamps[f]) * (double)weights[f];
            averaged[f] = (float)Math.Round(total / Math.Max(1, time), 6);
        }

        return new SentenceBoundaryModel(averaged);
    }
}
