using Readout.Nlp.Entities;

namespace Readout.Nlp.Tests.Entities;

public sealed class BilouDecoderTests
{
    // Three types, as the recognizer has: 13 classes.
    private const int Classes = 13;
    private static readonly int Pairs = BilouDecoder.PairCount(Classes);

    [Fact]
    public void Decoded_sequences_are_always_valid_bilou()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 500; trial++)
        {
            var length = 1 + random.Next(12);
            var (words, transitions) = RandomScores(random, length);
            var labels = new int[length];
            BilouDecoder.Decode(words, transitions, Classes, labels);
            for (var i = 0; i < length; i++)
            {
                Assert.True(EntityLabels.Allowed(i == 0 ? -1 : labels[i - 1], labels[i], i == length - 1), $"trial {trial}, word {i}");
            }
        }
    }

    [Fact]
    public void Decoding_finds_the_best_valid_sequence()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 40; trial++)
        {
            var length = 1 + random.Next(3);
            var (words, transitions) = RandomScores(random, length);
            var labels = new int[length];
            BilouDecoder.Decode(words, transitions, Classes, labels);
            Assert.Equal(BruteForceBest(words, transitions, length), Score(words, transitions, labels), 3);
        }
    }

    [Fact]
    public void A_word_that_cannot_continue_a_name_makes_the_name_end_earlier()
    {
        // Word 0 leans to Begin-PERSON over Unit-PERSON, a greedy choice that would force word 1 into the name; word 1
        // is clearly outside, so the best valid reading is a one-word name.
        var words = new float[2 * Classes];
        var transitions = new float[2 * Pairs];
        words[EntityLabels.Of(0, EntityLabels.Begin)] = 1.0f;
        words[EntityLabels.Of(0, EntityLabels.Unit)] = 0.9f;
        words[Classes + EntityLabels.Outside] = 2.0f;
        var labels = new int[2];
        BilouDecoder.Decode(words, transitions, Classes, labels);
        Assert.Equal([EntityLabels.Of(0, EntityLabels.Unit), EntityLabels.Outside], labels);
    }

    [Fact]
    public void Transition_scores_can_join_two_words_into_one_name()
    {
        var words = new float[2 * Classes];
        var transitions = new float[2 * Pairs];
        words[EntityLabels.Of(2, EntityLabels.Unit)] = 1.0f;
        words[Classes + EntityLabels.Of(2, EntityLabels.Unit)] = 1.0f;
        transitions[Pairs + BilouDecoder.PairOf(EntityLabels.Of(2, EntityLabels.Begin), EntityLabels.Of(2, EntityLabels.Last), Classes)] = 5.0f;
        var labels = new int[2];
        BilouDecoder.Decode(words, transitions, Classes, labels);
        Assert.Equal([EntityLabels.Of(2, EntityLabels.Begin), EntityLabels.Of(2, EntityLabels.Last)], labels);
    }

    private static (float[] Words, float[] Transitions) RandomScores(Random random, int length)
    {
        var words = new float[length * Classes];
        var transitions = new float[length * Pairs];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = (float)(random.NextDouble() * 4 - 2);
        }

        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)(random.NextDouble() * 2 - 1);
        }

        return (words, transitions);
    }

    private static float Score(float[] words, float[] transitions, int[] labels)
    {
        var score = 0f;
        for (var i = 0; i < labels.Length; i++)
        {
            score += words[i * Classes + labels[i]] + transitions[i * Pairs + BilouDecoder.PairOf(i == 0 ? -1 : labels[i - 1], labels[i], Classes)];
        }

        return score;
    }

    private static float BruteForceBest(float[] words, float[] transitions, int length)
    {
        var best = float.NegativeInfinity;
        var labels = new int[length];
        var total = (int)Math.Pow(Classes, length);
        for (var code = 0; code < total; code++)
        {
            var rest = code;
            var valid = true;
            for (var i = 0; i < length; i++)
            {
                labels[i] = rest % Classes;
                rest /= Classes;
                valid &= EntityLabels.Allowed(i == 0 ? -1 : labels[i - 1], labels[i], i == length - 1);
            }

            if (valid)
            {
                best = Math.Max(best, Score(words, transitions, labels));
            }
        }

        return best;
    }
}
