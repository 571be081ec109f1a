using Readout.Nlp.Parsing;

namespace Readout.Nlp.Tests.Parsing;

public sealed class ParserFeaturesTests
{
    private static readonly ParserWord[] Words =
    [
        ParserWord.Of("The", "DT", 6),
        ParserWord.Of("minister", "NN", 8),
        ParserWord.Of("spoke", "VBD", 16),
    ];

    private static ulong[] Features(ArcHybridState state)
    {
        var features = new ulong[ParserFeatures.MaximumCount];
        var count = ParserFeatures.Extract(state, Words, features);
        return features[..count];
    }

    [Fact]
    public void Same_configuration_gives_the_same_features()
    {
        var first = new ArcHybridState();
        var second = new ArcHybridState();
        first.Reset(3);
        second.Reset(3);
        first.Apply(Transition.Shift);
        second.Apply(Transition.Shift);
        Assert.Equal(Features(first), Features(second));
    }

    [Fact]
    public void Attaching_a_child_changes_the_child_features_but_not_the_buffer_word()
    {
        var before = new ArcHybridState();
        before.Reset(3);
        before.Apply(Transition.Shift);
        before.Apply(Transition.Shift);
        var after = new ArcHybridState();
        after.Reset(3);
        after.Apply(Transition.Shift);
        after.Apply(Transition.Left(1));
        after.Apply(Transition.Shift);
        var beforeFeatures = Features(before);
        var afterFeatures = Features(after);
        Assert.Equal(beforeFeatures.Length, afterFeatures.Length);
        Assert.Equal(beforeFeatures[6], afterFeatures[6]);
        Assert.NotEqual(beforeFeatures, afterFeatures);
    }

    [Fact]
    public void Word_features_ignore_case_and_digits()
    {
        Assert.Equal(ParserWord.Of("Minister", "NN", 8).Word, ParserWord.Of("minister", "NN", 8).Word);
        Assert.Equal(ParserWord.Of("1999", "CD", 9).Word, ParserWord.Of("2024", "CD", 9).Word);
        Assert.NotEqual(ParserWord.Of("said", "VBD", 16).Tag, ParserWord.Of("said", "VBN", 16).Tag);
    }
}
