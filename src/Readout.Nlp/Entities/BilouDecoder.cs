using System.Buffers;

namespace Readout.Nlp.Entities;

/// <summary>
/// First-order Viterbi decoding of one sentence's BILOU classes: the best-scoring sequence among those that
/// <see cref="EntityLabels.Allowed"/> accepts at every word, so no name is left open, none changes type half-way and
/// a sentence's last word closes what is open.
/// </summary>
/// <remarks>
/// A sequence's score is the sum, over its words, of the word's score for its class and the score of the pair
/// (previous class, class); the first word's previous class is the sentence start. Transition scores are laid out per
/// word as <see cref="PairCount"/> values, pair index <see cref="PairOf"/>.
/// </remarks>
internal static class BilouDecoder
{
    /// <summary>The number of (previous class, class) pairs, the sentence start counted as a previous class.</summary>
    public static int PairCount(int classCount) => (classCount + 1) * classCount;

    /// <summary>The index of the pair (<paramref name="previous"/>, <paramref name="label"/>); -1 is the sentence start.</summary>
    public static int PairOf(int previous, int label, int classCount) => (previous + 1) * classCount + label;

    /// <summary>Writes the best allowed class sequence to <paramref name="labels"/> (its length is the sentence's).</summary>
    /// <param name="wordScores">Each word's score per class, <c>labels.Length × classCount</c>.</param>
    /// <param name="transitionScores">Each word's score per pair, <c>labels.Length × PairCount(classCount)</c>.</param>
    /// <param name="classCount">The number of BILOU classes.</param>
    /// <param name="labels">Receives the classes.</param>
    public static void Decode(ReadOnlySpan<float> wordScores, ReadOnlySpan<float> transitionScores, int classCount, Span<int> labels)
    {
        var n = labels.Length;
        if (n == 0)
        {
            return;
        }

        var pairs = PairCount(classCount);
        if (wordScores.Length < n * classCount || transitionScores.Length < n * pairs)
        {
            throw new ArgumentException("the scores do not cover the sentence", nameof(wordScores));
        }

        var bestArray = ArrayPool<float>.Shared.Rent(n * classCount);
        var backArray = ArrayPool<int>.Shared.Rent(n * classCount);
        try
        {
            // The classes each class may follow, inside the sentence and at its last word, listed once per sentence.
            Span<int> predecessors = stackalloc int[2 * classCount * classCount];
            Span<int> predecessorCounts = stackalloc int[2 * classCount];
            for (var row = 0; row < 2 * classCount; row++)
            {
                var count = 0;
                for (var p = 0; p < classCount; p++)
                {
                    if (EntityLabels.Allowed(p, row % classCount, last: row >= classCount))
                    {
                        predecessors[row * classCount + count++] = p;
                    }
                }

                predecessorCounts[row] = count;
            }

            var best = bestArray.AsSpan(0, n * classCount);
            var back = backArray.AsSpan(0, n * classCount);
            for (var c = 0; c < classCount; c++)
            {
                best[c] = EntityLabels.Allowed(-1, c, n == 1)
                    ? wordScores[c] + transitionScores[PairOf(-1, c, classCount)]
                    : float.NegativeInfinity;
                back[c] = -1;
            }

            for (var i = 1; i < n; i++)
            {
                var rows = i == n - 1 ? classCount : 0;
                var before = best.Slice((i - 1) * classCount, classCount);
                var here = best.Slice(i * classCount, classCount);
                var transitions = transitionScores.Slice(i * pairs, pairs);
                for (var c = 0; c < classCount; c++)
                {
                    var top = float.NegativeInfinity;
                    var from = -1;
                    var allowed = predecessors.Slice((rows + c) * classCount, predecessorCounts[rows + c]);
                    foreach (var p in allowed)
                    {
                        if (float.IsNegativeInfinity(before[p]))
                        {
                            continue;
                        }

                        var score = before[p] + transitions[PairOf(p, c, classCount)];
                        if (score > top)
                        {
                            top = score;
                            from = p;
                        }
                    }

                    here[c] = from < 0 ? float.NegativeInfinity : top + wordScores[i * classCount + c];
                    back[i * classCount + c] = from;
                }
            }

            var end = best.Slice((n - 1) * classCount, classCount);
            var label = EntityLabels.Outside;
            for (var c = 0; c < classCount; c++)
            {
                if (end[c] > end[label])
                {
                    label = c;
                }
            }

            for (var i = n - 1; i >= 0; i--)
            {
                labels[i] = label;
                label = back[i * classCount + label];
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(bestArray);
            ArrayPool<int>.Shared.Return(backArray);
        }
    }
}
