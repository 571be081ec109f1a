using System.Buffers.Binary;

namespace Readout.Storage.NearDuplicates;

/// <summary>
/// A MinHash signature of a text's word 5-gram shingles: 64 minima under 64 hash functions. The share of equal
/// minima between two signatures estimates the Jaccard similarity of their shingle sets.
/// </summary>
/// <remarks>
/// Locality-sensitive hashing splits the signature into 16 bands of 4 rows; two texts sharing a band are candidates,
/// and are linked when their estimated similarity reaches <see cref="LinkThreshold"/>. A pair at similarity 0.7 shares
/// a band with probability 0.98; a pair at 0.3 with probability 0.12 (and is then refused by the estimate).
/// </remarks>
public sealed class MinHashSignature
{
    /// <summary>The number of hash functions (minima).</summary>
    public const int Size = 64;

    /// <summary>The number of LSH bands.</summary>
    public const int BandCount = 16;

    /// <summary>Estimated Jaccard similarity at or above which two documents are the same story.</summary>
    public const double LinkThreshold = 0.7;

    private const int RowsPerBand = Size / BandCount;
    private const int ShingleTokens = 5;

    private static readonly ulong[] Multipliers = CreateMultipliers();

    private readonly uint[] _values;

    private MinHashSignature(uint[] values, bool isEmpty)
    {
        _values = values;
        IsEmpty = isEmpty;
    }

    /// <summary>True when the text had too few words to shingle; an empty signature is never linked.</summary>
    public bool IsEmpty { get; }

    /// <summary>The signature of <paramref name="text"/>: lower-cased runs of letters and digits, in 5-word shingles.</summary>
    public static MinHashSignature Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TokenHashes(text);
        var values = new uint[Size];
        Array.Fill(values, uint.MaxValue);
        if (tokens.Count < ShingleTokens)
        {
            return new MinHashSignature(values, isEmpty: true);
        }

        for (var i = 0; i + ShingleTokens <= tokens.Count; i++)
        {
            var shingle = 14695981039346656037UL;
            for (var j = 0; j < ShingleTokens; j++)
            {
                shingle = (shingle ^ tokens[i + j]) * 1099511628211UL;
            }

            for (var k = 0; k < Size; k++)
            {
                // Multiply-shift hashing: a fresh, cheap hash function per odd multiplier.
                var hashed = (uint)((shingle * Multipliers[k]) >> 32);
                if (hashed < values[k])
                {
                    values[k] = hashed;
                }
            }
        }

        return new MinHashSignature(values, isEmpty: false);
    }

    /// <summary>Reads a signature written by <see cref="ToBytes"/>.</summary>
    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size * sizeof(uint))
        {
            return new MinHashSignature(new uint[Size], isEmpty: true);
        }

        var values = new uint[Size];
        for (var k = 0; k < Size; k++)
        {
            values[k] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(k * sizeof(uint))..]);
        }

        return new MinHashSignature(values, values.All(v => v == uint.MaxValue));
    }

    /// <summary>The signature as 256 bytes (little-endian minima).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Size * sizeof(uint)];
        for (var k = 0; k < Size; k++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(k * sizeof(uint)), _values[k]);
        }

        return bytes;
    }

    /// <summary>The estimated Jaccard similarity of the two texts' shingle sets (0 when either is empty).</summary>
    public double Similarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        var equal = 0;
        for (var k = 0; k < Size; k++)
        {
            if (_values[k] == other._values[k])
            {
                equal++;
            }
        }

        return (double)equal / Size;
    }

    /// <summary>The LSH bucket of band <paramref name="band"/>: a 63-bit hash of its rows, the same for equal rows.</summary>
    public long BandKey(int band)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(band);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(band, BandCount);
        var hash = 14695981039346656037UL ^ (ulong)band;
        for (var row = 0; row < RowsPerBand; row++)
        {
            hash = (hash ^ _values[band * RowsPerBand + row]) * 1099511628211UL;
        }

        return (long)(hash >> 1);
    }

    private static List<ulong> TokenHashes(string text)
    {
        var tokens = new List<ulong>(text.Length / 5);
        var hash = 14695981039346656037UL;
        var inToken = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inToken = true;
            }
            else if (inToken)
            {
                tokens.Add(hash);
                hash = 14695981039346656037UL;
                inToken = false;
            }
        }

        if (inToken)
        {
            tokens.Add(hash);
        }

        return tokens;
    }

    // Fixed odd multipliers from SplitMix64 with a constant seed, so signatures are the same in every process.
    private static ulong[] CreateMultipliers()
    {
        var multipliers = new ulong[Size];
        var state = 0x5EED_0F_2EAD_0017UL;
        for (var k = 0; k < Size; k++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            multipliers[k] = (z ^ (z >> 31)) | 1UL;
        }

        return multipliers;
    }
}
