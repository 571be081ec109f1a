using Readout.Evaluation.Coreference;

namespace Readout.Evaluation.Tests.Coreference;

public sealed class CoreferenceScorerTests
{
    [Fact]
    public void A_gold_entity_split_in_two_scores_as_computed_by_hand()
    {
        var scorer = new CoreferenceScorer<string>();
        scorer.Add([new[] { "a", "b", "c", "d" }], [new[] { "a", "b" }, new[] { "c", "d" }]);

        // MUC: recall (4 - 2) / (4 - 1); precision (1 + 1) / (1 + 1).
        Assert.Equal(66.667, scorer.Muc.Recall, 2);
        Assert.Equal(100, scorer.Muc.Precision, 6);

        // B³: every gold mention shares half its cluster; every system cluster is pure.
        Assert.Equal(50, scorer.BCubed.Recall, 6);
        Assert.Equal(100, scorer.BCubed.Precision, 6);

        // CEAF-e: one alignment with φ4 = 2·2 / (4 + 2).
        Assert.Equal(66.667, scorer.CeafEntity.Recall, 2);
        Assert.Equal(33.333, scorer.CeafEntity.Precision, 2);
    }

    [Fact]
    public void Identical_clusters_score_one_hundred()
    {
        var scorer = new CoreferenceScorer<int>();
        scorer.Add([new[] { 1, 2 }, new[] { 3, 4, 5 }], [new[] { 3, 4, 5 }, new[] { 1, 2 }]);
        Assert.Equal(100, scorer.ConllF1, 6);
    }

    [Fact]
    public void Ceaf_finds_the_best_alignment_not_the_first()
    {
        var scorer = new CoreferenceScorer<int>();

        // Greedy would pair gold {1,2,3} with system {1,2,3,4,5,6}; the optimum pairs it with {1,2,3}.
        scorer.Add([new[] { 1, 2, 3 }, new[] { 4, 5, 6, 7, 8, 9 }], [new[] { 1, 2, 3 }, new[] { 4, 5, 6, 7, 8, 9 }]);
        Assert.Equal(100, scorer.CeafEntity.F1, 6);
    }
}
