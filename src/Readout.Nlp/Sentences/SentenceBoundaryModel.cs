using System.Runtime.CompilerServices;
using Readout.Core.Errors;

namespace Readout.Nlp.Sentences;

/// <summary>Weights of the learned sentence-boundary classifier: hashed features to averaged perceptron weights.</summary>
/// <remarks>Immutable once built or loaded; safe to share across threads.</remarks>
public sealed class SentenceBoundaryModel
{
    /// <summary>The number of hash bits: the weight table has 2^Bits entries.</summary>
    public const int Bits = 18;

    private const int Magic = 0x42534452; // "RDSB"
    private const int FormatVersion = 2;

    private readonly float[] _weights;

    internal SentenceBoundaryModel(float[] weights, float addMargin = 0)
    {
        AddMargin = addMargin;
        if (weights.Length != 1 << Bits)
        {
            throw new ArgumentException($"expected {1 << Bits} weights", nameof(weights));
        }

        _weights = weights;
    }

    /// <summary>The score a boundary the rules did not propose must exceed (tuned on dev data; guards news text against spurious splits).</summary>
    public float AddMargin { get; }

    /// <summary>The same weights with another margin.</summary>
    public SentenceBoundaryModel WithAddMargin(float margin) => new(_weights, margin);

    /// <summary>The score of a boundary with these features; positive means "a sentence ends here".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Score(ReadOnlySpan<int> features)
    {
        var sum = 0f;
        foreach (var feature in features)
        {
            sum += _weights[feature];
        }

        return sum;
    }

    /// <summary>Writes the non-zero weights in a compact binary form.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Bits);
        writer.Write(AddMargin);
        var nonZero = 0;
        foreach (var weight in _weights)
        {
            if (weight != 0)
            {
                nonZero++;
            }
        }

        writer.Write(nonZero);
        for (var i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0)
            {
                writer.Write(i);
                writer.Write(_weights[i]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelCorrupt"/> when the file is not such a model.</exception>
    public static SentenceBoundaryModel Load(string path)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadInt32() != Bits)
            {
                throw new ReadoutException(ErrorCodes.ModelCorrupt, $"{path} is not a sentence-boundary model of format {FormatVersion}");
            }

            var margin = reader.ReadSingle();
            var weights = new float[1 << Bits];
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var index = reader.ReadInt32();
                if ((uint)index >= (uint)weights.Length)
                {
                    throw new ReadoutException(ErrorCodes.ModelCorrupt, $"{path}: weight index {index} out of range");
                }

                weights[index] = reader.ReadSingle();
            }

            return new SentenceBoundaryModel(weights, margin);
        }
        catch (EndOfStreamException exception)
        {
            throw new ReadoutException(ErrorCodes.ModelCorrupt, $"{path} is truncated", exception);
        }
    }
}
