using Readout.Nlp.Learning;

namespace Readout.Nlp.Parsing;

/// <summary>The trained arc-hybrid parser: the relation labels and the perceptron weights of every labelled transition.</summary>
/// <remarks>Immutable; one instance is shared by every thread of a pipeline.</remarks>
public sealed class ParserModel
{
    /// <summary>The model kind written in the file header.</summary>
    public const string Kind = "readout-parser";

    /// <summary>The file format version.</summary>
    public const int FormatVersion = 1;

    internal ParserModel(Vocabulary labels, LinearModel weights)
    {
        Labels = labels;
        Weights = weights;
        RootLabel = labels.IdOf("root");
    }

    /// <summary>The relation labels (UD relations with subtypes); the strings written to token columns.</summary>
    public Vocabulary Labels { get; }

    /// <summary>The id of the <c>root</c> label.</summary>
    public int RootLabel { get; }

    /// <summary>The transition classifier.</summary>
    public LinearModel Weights { get; }

    /// <summary>A copy whose weights below <paramref name="minimumWeight"/> in magnitude are dropped (smaller and faster).</summary>
    public ParserModel Pruned(float minimumWeight) => new(Labels, Weights.Pruned(minimumWeight));

    /// <summary>Parses one sentence greedily; the arcs are left in <paramref name="state"/>.</summary>
    internal void Parse(ReadOnlySpan<ParserWord> words, ArcHybridState state)
    {
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaximumCount];
        Span<float> scores = stackalloc float[Weights.ClassCount];
        state.Reset(words.Length);
        while (!state.IsTerminal)
        {
            var count = ParserFeatures.Extract(state, words, features);
            Weights.Score(features[..count], scores);
            state.Apply(BestValid(state, scores, RootLabel));
        }
    }

    /// <summary>The best-scoring valid transition.</summary>
    internal static int BestValid(ArcHybridState state, ReadOnlySpan<float> scores, int rootLabel)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        if (state.Buffer < state.Length)
        {
            best = Transition.Shift;
            bestScore = scores[Transition.Shift];
        }

        var leftAllowed = state.StackCount > 0 && state.Buffer < state.Length;
        var rightAllowed = state.StackCount > 1;
        var labels = (scores.Length - 1) / 2;
        for (var label = 0; label < labels; label++)
        {
            if (label == rootLabel)
            {
                continue;
            }

            if (leftAllowed && scores[Transition.Left(label)] > bestScore)
            {
                best = Transition.Left(label);
                bestScore = scores[best];
            }

            if (rightAllowed && scores[Transition.Right(label)] > bestScore)
            {
                best = Transition.Right(label);
                bestScore = scores[best];
            }
        }

        // Only the root-attaching LEFT remains when the last word waits before the root.
        return best >= 0 ? best : Transition.Left(rootLabel);
    }

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, FormatVersion, writer =>
    {
        Labels.Write(writer);
        Weights.Write(writer);
    });

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static ParserModel Load(string path) => ModelFile.Read(path, Kind, FormatVersion, reader =>
    {
        var labels = Vocabulary.Read(reader);
        return new ParserModel(labels, LinearModel.Read(reader));
    });
}
