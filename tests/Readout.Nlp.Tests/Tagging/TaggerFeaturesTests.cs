using Readout.Nlp.Tagging;

namespace Readout.Nlp.Tests.Tagging;

public sealed class TaggerFeaturesTests
{
    private static readonly TaggerWord[] Sentence =
        new[] { "The", "envoy", "met", "Norland's", "ministers", "." }.Select((word, i) => TaggerWord.Of(word, i == 0, (ulong)word.Length)).ToArray();

    [Fact]
    public void Word_features_do_not_change_with_the_tags_chosen_so_far()
    {
        for (var i = 0; i < Sentence.Length; i++)
        {
            var word = new ulong[TaggerFeatures.WordCount];
            TaggerFeatures.ExtractWord(Sentence, i, word);
            var all = new ulong[TaggerFeatures.MaximumCount];
            var withTags = all[..TaggerFeatures.Extract(Sentence, i, 3, 7, -2, -2, all)];
            var withOtherTags = all[..TaggerFeatures.Extract(Sentence, i, 5, 1, -2, -2, all)];
            Assert.Equal(word.Order(), withTags.Intersect(withOtherTags).Order());
        }
    }

    [Theory]
    [InlineData(-2, -2)]
    [InlineData(4, 9)]
    public void All_features_are_the_word_features_and_the_tag_features_together(int next, int afterNext)
    {
        for (var i = 0; i < Sentence.Length; i++)
        {
            var word = new ulong[TaggerFeatures.WordCount];
            TaggerFeatures.ExtractWord(Sentence, i, word);
            var tagged = new ulong[TaggerFeatures.MaximumTaggedCount];
            var taggedCount = TaggerFeatures.ExtractTagged(Sentence, i, 2, 6, next, afterNext, tagged);
            var all = new ulong[TaggerFeatures.MaximumCount];
            var count = TaggerFeatures.Extract(Sentence, i, 2, 6, next, afterNext, all);

            Assert.Equal(word.Concat(tagged[..taggedCount]).Order(), all[..count].Order());
            Assert.Equal(word[0], all[0]);
            Assert.Equal(tagged[0], all[24]);
        }
    }

    [Fact]
    public void Features_of_one_word_by_role_and_pair_features_are_exactly_the_word_features()
    {
        for (var i = 0; i < Sentence.Length; i++)
        {
            var word = new ulong[TaggerFeatures.WordCount];
            TaggerFeatures.ExtractWord(Sentence, i, word);
            var parts = new List<ulong>();
            parts.AddRange(Role(TaggerFeatures.OwnCount, f => TaggerFeatures.ExtractOwn(Sentence[i], f)));
            parts.AddRange(Role(TaggerFeatures.AsPreviousCount, f => TaggerFeatures.ExtractAsPrevious(At(i - 1), f)));
            parts.AddRange(Role(TaggerFeatures.AsBeforePreviousCount, f => TaggerFeatures.ExtractAsBeforePrevious(At(i - 2), f)));
            parts.AddRange(Role(TaggerFeatures.AsNextCount, f => TaggerFeatures.ExtractAsNext(At(i + 1), f)));
            parts.AddRange(Role(TaggerFeatures.AsAfterNextCount, f => TaggerFeatures.ExtractAsAfterNext(At(i + 2), f)));
            parts.AddRange(Role(TaggerFeatures.PairCount, f => TaggerFeatures.ExtractPairs(Sentence, i, f)));

            Assert.Equal(word.Order(), parts.Order());
        }
    }

    private delegate void Extractor(Span<ulong> features);

    private static ulong[] Role(int count, Extractor extract)
    {
        var features = new ulong[TaggerFeatures.MaximumCount];
        extract(features);
        return features[..count];
    }

    private static TaggerWord At(int i) => i < 0 ? TaggerWord.Start : i >= Sentence.Length ? TaggerWord.End : Sentence[i];
}
