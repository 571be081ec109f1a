using Readout.Storage.NearDuplicates;
using Readout.Testing;

namespace Readout.Storage.Tests.NearDuplicates;

public sealed class MinHashSignatureTests
{
    [Fact]
    public void The_same_story_with_a_changed_ending_is_similar_and_shares_a_band()
    {
        var (_, text, _) = SyntheticNews.Article(3);
        var copy = text + " This story was updated with comment from the ministry.";
        var a = MinHashSignature.Of(text);
        var b = MinHashSignature.Of(copy.ToUpperInvariant());
        Assert.True(a.Similarity(b) >= MinHashSignature.LinkThreshold);
        Assert.Contains(Enumerable.Range(0, MinHashSignature.BandCount), band => a.BandKey(band) == b.BandKey(band));
    }

    [Fact]
    public void Different_stories_are_not_similar()
    {
        var a = MinHashSignature.Of(SyntheticNews.Article(1).Text);
        var b = MinHashSignature.Of(SyntheticNews.Article(2).Text);
        Assert.True(a.Similarity(b) < 0.3);
    }

    [Fact]
    public void A_signature_survives_its_bytes_and_a_short_text_has_none()
    {
        var signature = MinHashSignature.Of(SyntheticNews.Article(5).Text);
        Assert.Equal(1.0, signature.Similarity(MinHashSignature.FromBytes(signature.ToBytes())));
        var empty = MinHashSignature.Of("Too short.");
        Assert.True(empty.IsEmpty);
        Assert.Equal(0, empty.Similarity(empty));
    }
}
