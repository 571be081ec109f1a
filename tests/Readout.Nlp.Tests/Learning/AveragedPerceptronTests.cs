using Readout.Nlp.Learning;

namespace Readout.Nlp.Tests.Learning;

public sealed class AveragedPerceptronTests
{
    private static readonly ulong Red = FeatureHash.Feature(1, FeatureHash.Of("red"));
    private static readonly ulong Round = FeatureHash.Feature(2, FeatureHash.Of("round"));
    private static readonly ulong Long = FeatureHash.Feature(2, FeatureHash.Of("long"));
    private static readonly ulong Yellow = FeatureHash.Feature(1, FeatureHash.Of("yellow"));

    // Class 0 = apple (red, round), 1 = banana (yellow, long), 2 = cherry-like (red, long is never seen).
    private static readonly (ulong[] Features, int Class)[] Examples =
    [
        ([Red, Round], 0),
        ([Yellow, Long], 1),
        ([Yellow, Round], 2),
    ];

    private static LinearModel Train()
    {
        var perceptron = new AveragedPerceptron(3);
        var scores = new float[3];
        for (var epoch = 0; epoch < 10; epoch++)
        {
            foreach (var (features, cls) in Examples)
            {
                perceptron.Score(features, scores);
                perceptron.Update(features, cls, ArgMax(scores));
                perceptron.Tick();
            }
        }

        return perceptron.ToModel();
    }

    private static int ArgMax(float[] scores) => Array.IndexOf(scores, scores.Max());

    [Fact]
    public void Averaged_model_separates_the_training_examples()
    {
        var model = Train();
        var scores = new float[3];
        foreach (var (features, cls) in Examples)
        {
            model.Score(features, scores);
            Assert.Equal(cls, ArgMax(scores));
        }
    }

    [Fact]
    public void Unknown_features_add_nothing()
    {
        var model = Train();
        var known = new float[3];
        var withUnknown = new float[3];
        model.Score([Red, Round], known);
        model.Score([Red, Round, FeatureHash.Feature(9, FeatureHash.Of("never seen"))], withUnknown);
        Assert.Equal(known, withUnknown);
    }

    [Fact]
    public void Model_reads_back_what_it_wrote()
    {
        var model = Train();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var copy = LinearModel.Read(reader);
        Assert.Equal(model.WeightCount, copy.WeightCount);
        var original = new float[3];
        var read = new float[3];
        foreach (var (features, _) in Examples)
        {
            model.Score(features, original);
            copy.Score(features, read);
            Assert.Equal(original, read);
        }
    }

    [Fact]
    public void Feature_hashes_are_stable_and_order_sensitive()
    {
        Assert.Equal(FeatureHash.Of("minister"), FeatureHash.Of("minister".AsSpan()));
        Assert.Equal(FeatureHash.Of("minister"), FeatureHash.OfLower("MINISTER"));
        Assert.NotEqual(FeatureHash.Feature(1, Red, Round), FeatureHash.Feature(1, Round, Red));
        Assert.NotEqual(FeatureHash.Feature(1, Red), FeatureHash.Feature(2, Red));
    }
}
