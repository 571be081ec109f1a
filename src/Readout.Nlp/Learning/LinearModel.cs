using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Readout.Nlp.Learning;

/// <summary>
/// Run-time weights of a linear classifier over hashed features: each known feature has a sparse row of
/// (class, weight) pairs, found through an open-addressing table.
/// </summary>
/// <remarks>
/// Immutable and safe to share across threads. Built for cache economy: a table slot is 8 bytes (32 bits of the
/// feature hash and the row's place) and a weight 4 bytes (a 16-bit fixed-point value and its class), so rows of a
/// feature sit in one cache line. At most 255 classes and 16 million weights. Unknown features are ignored.
/// </remarks>
public sealed class LinearModel
{
    private const int MaximumClasses = 255;
    private const int MaximumWeights = 1 << 24;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Entry[] _entries;
    private readonly float _scale;
    private readonly ulong[] _keys;
    private readonly int[] _rowStarts;
    private readonly int[] _placed;

    /// <summary>Builds a model from rows sorted by key: row r holds entries <c>[rowStarts[r], rowStarts[r+1])</c>.</summary>
    /// <remarks>Weights are quantized to 16-bit fixed point on a scale set by the largest magnitude.</remarks>
    public LinearModel(int classCount, ulong[] keys, int[] rowStarts, ushort[] classes, float[] weights)
        : this(classCount, keys, rowStarts, classes, Quantize(weights, out var scale), scale)
    {
    }

    private LinearModel(int classCount, ulong[] keys, int[] rowStarts, ushort[] classes, short[] weights, float scale)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(rowStarts);
        ArgumentNullException.ThrowIfNull(classes);
        if (rowStarts.Length != keys.Length + 1 || classes.Length != weights.Length || rowStarts[^1] != classes.Length)
        {
            throw new ArgumentException("rows, classes and weights do not line up", nameof(rowStarts));
        }

        if (classCount > MaximumClasses || weights.Length >= MaximumWeights)
        {
            throw new ArgumentException($"a linear model holds at most {MaximumClasses} classes and {MaximumWeights} weights", nameof(classCount));
        }

        ClassCount = classCount;
        _keys = keys;
        _rowStarts = rowStarts;
        _scale = scale;
        // Rows are laid out longest first: long rows belong to features that fire often, so the weights a decision
        // reads most sit together in cache instead of scattered in key order.
        var order = new int[keys.Length];
        for (var row = 0; row < order.Length; row++)
        {
            order[row] = row;
        }

        Array.Sort(order, (a, b) =>
        {
            var byLength = (rowStarts[b + 1] - rowStarts[b]).CompareTo(rowStarts[a + 1] - rowStarts[a]);
            return byLength != 0 ? byLength : a.CompareTo(b);
        });
        _entries = new Entry[weights.Length];
        var placed = new int[keys.Length];
        _placed = placed;
        var next = 0;
        foreach (var row in order)
        {
            placed[row] = next;
            for (var i = rowStarts[row]; i < rowStarts[row + 1]; i++)
            {
                _entries[next++] = new Entry(weights[i], classes[i]);
            }
        }

        // At most three quarters full, so probes stay short.
        var capacity = 16;
        while (capacity * 3 < keys.Length * 4)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var index = (int)keys[row] & _mask;
            while (!_slots[index].IsEmpty)
            {
                index = (index + 1) & _mask;
            }

            _slots[index] = new Slot((uint)(keys[row] >> 32), ((uint)placed[row] << 8) | (uint)(rowStarts[row + 1] - rowStarts[row]));
        }
    }

    /// <summary>The number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>The number of features with at least one weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>The number of stored (feature, class) weights.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>Clears <paramref name="scores"/> and adds the weights of every known feature.</summary>
    /// <remarks>
    /// The tables are far larger than the caches, so the cost is memory latency: the slots of all features are
    /// prefetched first, then the rows of the features found, then the rows are summed, so the misses overlap.
    /// </remarks>
    [SkipLocalsInit]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var slots = _slots;
        var entries = _entries;
        var mask = _mask;
        Span<uint> found = features.Length <= 256 ? stackalloc uint[features.Length] : new uint[features.Length];
        var count = 0;
        foreach (var feature in features)
        {
            Prefetch(ref slots[(int)feature & mask]);
        }

        foreach (var feature in features)
        {
            var index = (int)feature & mask;
            var key = (uint)(feature >> 32);
            while (true)
            {
                var slot = slots[index];
                if (slot.IsEmpty)
                {
                    break;
                }

                if (slot.Key == key)
                {
                    Prefetch(ref entries[(int)(slot.Row >> 8)]);
                    found[count++] = slot.Row;
                    break;
                }

                index = (index + 1) & mask;
            }
        }

        var scale = _scale;
        for (var i = 0; i < count; i++)
        {
            var start = (int)(found[i] >> 8);
            var end = start + (int)(found[i] & 0xFF);
            for (var e = start; e < end; e++)
            {
                var entry = entries[e];
                scores[entry.Class] += entry.Weight * scale;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<T>(ref T location)
        where T : unmanaged
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }

    /// <summary>A copy without the weights whose magnitude is below <paramref name="minimumWeight"/> (and without features left empty).</summary>
    public LinearModel Pruned(float minimumWeight)
    {
        var keys = new List<ulong>(_keys.Length);
        var rowStarts = new List<int>(_keys.Length + 1) { 0 };
        var classes = new List<ushort>(_entries.Length);
        var weights = new List<short>(_entries.Length);
        var threshold = minimumWeight / _scale;
        for (var row = 0; row < _keys.Length; row++)
        {
            var start = _placed[row];
            for (var e = start; e < start + _rowStarts[row + 1] - _rowStarts[row]; e++)
            {
                if (Math.Abs((int)_entries[e].Weight) >= threshold)
                {
                    classes.Add(_entries[e].Class);
                    weights.Add(_entries[e].Weight);
                }
            }

            if (classes.Count > rowStarts[^1])
            {
                keys.Add(_keys[row]);
                rowStarts.Add(classes.Count);
            }
        }

        return new LinearModel(ClassCount, [.. keys], [.. rowStarts], [.. classes], [.. weights], _scale);
    }

    /// <summary>Writes the model: keys, row lengths, classes and the fixed-point weights with their scale.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(_keys.Length);
        writer.Write(_entries.Length);
        writer.Write(_scale);
        for (var row = 0; row < _keys.Length; row++)
        {
            writer.Write(_keys[row]);
            writer.Write7BitEncodedInt(_rowStarts[row + 1] - _rowStarts[row]);
        }

        for (var row = 0; row < _keys.Length; row++)
        {
            var start = _placed[row];
            for (var e = start; e < start + _rowStarts[row + 1] - _rowStarts[row]; e++)
            {
                writer.Write((byte)_entries[e].Class);
            }
        }

        for (var row = 0; row < _keys.Length; row++)
        {
            var start = _placed[row];
            for (var e = start; e < start + _rowStarts[row + 1] - _rowStarts[row]; e++)
            {
                writer.Write(_entries[e].Weight);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static LinearModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classCount = reader.ReadInt32();
        var rows = reader.ReadInt32();
        var count = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var keys = new ulong[rows];
        var rowStarts = new int[rows + 1];
        for (var row = 0; row < rows; row++)
        {
            keys[row] = reader.ReadUInt64();
            rowStarts[row + 1] = rowStarts[row] + reader.Read7BitEncodedInt();
        }

        var classes = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            classes[i] = reader.ReadByte();
        }

        var weights = new short[count];
        for (var i = 0; i < count; i++)
        {
            weights[i] = reader.ReadInt16();
        }

        return new LinearModel(classCount, keys, rowStarts, classes, weights, scale);
    }

    private static short[] Quantize(float[] weights, out float scale)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var largest = 0f;
        foreach (var weight in weights)
        {
            largest = MathF.Max(largest, MathF.Abs(weight));
        }

        scale = largest == 0 ? 1f : largest / short.MaxValue;
        var quantized = new short[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            quantized[i] = (short)MathF.Round(weights[i] / scale);
        }

        return quantized;
    }

    // 32 bits of the feature hash (the low bits chose the slot) and the row: start << 8 | length. Rows are never empty.
    private readonly record struct Slot(uint Key, uint Row)
    {
        public bool IsEmpty => Row == 0;
    }

    private readonly record struct Entry(short Weight, ushort Class);
}
