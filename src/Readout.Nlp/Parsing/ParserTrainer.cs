using Readout.Core.Documents;
using Readout.Nlp.Conllu;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Parsing;

/// <summary>Trains a <see cref="ParserModel"/> with the arc-hybrid dynamic oracle and error exploration.</summary>
/// <remarks>Deterministic for a given seed. Non-projective training trees are projectivized by lifting arcs first.</remarks>
public static class ParserTrainer
{
    /// <summary>Trains a parser; <paramref name="tags"/> optionally replaces the gold (UPOS, XPOS) of each word with predicted ones.</summary>
    public static ParserModel Train(IReadOnlyList<ConlluSentence> sentences, ParserTrainingOptions options, Func<ConlluSentence, (UniversalPos Upos, string Xpos)[]>? tags = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var labels = new Vocabulary();
        labels.Add("root");
        var words = new ParserWord[sentences.Count][];
        var goldHeads = new int[sentences.Count][];
        var goldLabels = new int[sentences.Count][];
        var lifted = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s].Words;
            var n = sentence.Count;
            var predicted = tags?.Invoke(sentences[s]);
            words[s] = new ParserWord[n];
            goldHeads[s] = new int[n];
            goldLabels[s] = new int[n];
            for (var i = 0; i < n; i++)
            {
                var word = sentence[i];
                var (upos, xpos) = predicted is null
                    ? (Enum.TryParse<UniversalPos>(word.Upos, out var parsed) ? parsed : UniversalPos.X, word.Xpos)
                    : predicted[i];
                words[s][i] = ParserWord.Of(word.Form, xpos, (int)upos);
                goldHeads[s][i] = word.Head <= 0 ? n : word.Head - 1;
                goldLabels[s][i] = labels.Add(word.Head == 0 ? "root" : word.Deprel);
            }

            lifted += Projectivize(goldHeads[s]);
        }

        log?.Invoke($"parser: {labels.Count} labels, {lifted} arcs lifted to make training trees projective");
        var transitions = Transition.Count(labels.Count);
        var perceptron = new AveragedPerceptron(transitions);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        var state = new ArcHybridState();
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaximumCount];
        var scores = new float[transitions];
        var costs = new int[transitions];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            var explore = epoch >= options.ExplorationStart;
            foreach (var s in order)
            {
                state.Reset(words[s].Length);
                while (!state.IsTerminal)
                {
                    var count = ParserFeatures.Extract(state, words[s], features);
                    perceptron.Score(features[..count], scores);
                    ArcHybridOracle.Costs(state, goldHeads[s], goldLabels[s], 0, costs);
                    var guess = ParserModel.BestValid(state, scores, 0);
                    var next = guess;
                    var best = costs[guess] > 0 ? BestZeroCost(scores, costs) : guess;
                    if (best >= 0 && best != guess)
                    {
                        perceptron.Update(features[..count], best, guess);
                        if (!explore || random.NextDouble() >= options.ExplorationProbability)
                        {
                            next = best;
                        }
                    }

                    perceptron.Tick();
                    state.Apply(next);
                }

                var heads = state.Heads;
                for (var i = 0; i < heads.Length; i++)
                {
                    correct += heads[i] == goldHeads[s][i] ? 1 : 0;
                }

                total += heads.Length;
            }

            log?.Invoke($"parser epoch {epoch}: training UAS {100.0 * correct / total:0.00}, {perceptron.FeatureCount} features");
        }

        return new ParserModel(labels, perceptron.ToModel(options.MinimumWeight, options.MinimumUpdates));
    }

    /// <summary>Lifts non-projective arcs (to the head's head) until the tree is projective; returns how many lifts were needed.</summary>
    /// <param name="heads">Heads, with heads.Length standing for the root; changed in place.</param>
    public static int Projectivize(int[] heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        var lifts = 0;
        while (true)
        {
            var shortest = -1;
            var shortestLength = int.MaxValue;
            for (var d = 0; d < heads.Length; d++)
            {
                var h = heads[d];
                if (h == heads.Length)
                {
                    continue;
                }

                var length = Math.Abs(h - d);
                if (length < shortestLength && !IsProjective(heads, h, d))
                {
                    shortest = d;
                    shortestLength = length;
                }
            }

            if (shortest < 0)
            {
                return lifts;
            }

            heads[shortest] = heads[heads[shortest]];
            lifts++;
        }
    }

    // An arc is projective when its head dominates every word between the two ends.
    private static bool IsProjective(int[] heads, int head, int dependent)
    {
        var (from, to) = head < dependent ? (head + 1, dependent) : (dependent + 1, head);
        for (var k = from; k < to; k++)
        {
            var ancestor = k;
            while (ancestor != head && ancestor != heads.Length)
            {
                ancestor = heads[ancestor];
            }

            if (ancestor != head)
            {
                return false;
            }
        }

        return true;
    }

    private static int BestZeroCost(ReadOnlySpan<float> scores, ReadOnlySpan<int> costs)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < costs.Length; t++)
        {
            if (costs[t] == 0 && (best < 0 || scores[t] > bestScore))
            {
                best = t;
                bestScore = scores[t];
            }
        }

        return best;
    }
}
