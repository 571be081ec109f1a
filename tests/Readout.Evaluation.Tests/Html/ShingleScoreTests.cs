using Readout.Evaluation.Html;

namespace Readout.Evaluation.Tests.Html;

public sealed class ShingleScoreTests
{
    [Fact]
    public void Tokens_are_runs_of_word_characters_in_any_script()
    {
        Assert.Equal(["Iran", "s", "envoy", "said", "São", "Tomé", "합의", "2023"], ShingleScore.Tokens("Iran's envoy said: São Tomé — 합의, 2023!"));
    }

    [Fact]
    public void The_same_text_is_all_true_positives_whatever_its_punctuation_and_spacing()
    {
        Assert.Equal(new ShingleScore(1, 0, 0), ShingleScore.Of("one two three four five", "one, two\n\nthree   four (five)"));
    }

    [Fact]
    public void Shingles_are_counted_as_a_multiset_and_normalised_per_page()
    {
        // gold: 2 shingles; extracted: the same 2 plus one more ("c d e a", from the repeated tail).
        var score = ShingleScore.Of("a b c d e", "a b c d e a");
        Assert.Equal(2.0 / 3, score.TruePositive, 6);
        Assert.Equal(1.0 / 3, score.FalsePositive, 6);
        Assert.Equal(0, score.FalseNegative);
    }

    [Fact]
    public void Nothing_extracted_is_all_false_negatives_and_a_short_text_is_one_shingle()
    {
        Assert.Equal(new ShingleScore(0, 0, 1), ShingleScore.Of("only three words", string.Empty));
    }
}
