using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Readout.Nlp.Learning;

/// <summary>
/// Run-time weights of a linear classifier over hashed features: each known feature has a sparse row of
/// (class, weight) pairs, found through an open-addressing table.
/// </summary>
/// <remarks>
/// Immutable and safe to share across threads. Built for cache economy: a table slot is 8 bytes (32 bits of the
/// feature hash and the row's place) and a weight 4 bytes (a 16-bit fixed-point value and its class), so rows of a
/// feature sit in one cache line. Rows that hold weights for many classes (the features that fire on most
/// decisions) are also kept dense, one 16-bit weight per class, and added with vector instructions. Scores are summed
/// exactly in integers and scaled once. At most 254 classes and 16 million weights. Unknown features are ignored.
/// </remarks>
public sealed class LinearModel
{
    private const int MaximumClasses = 254;
    private const int MaximumWeights = 1 << 24;

    // A slot whose row length is this value points at a dense row (by number) instead of sparse entries.
    private const uint DenseRow = 0xFF;

    // Weights per 64-byte cache line: dense rows are padded to whole lines.
    private const int LineWeights = 32;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Entry[] _entries;
    private readonly float _scale;
    private readonly ulong[] _keys;
    private readonly int[] _rowStarts;
    private readonly int[] _placed;
    private readonly short[] _dense;
    private readonly int _stride;

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

        // A dense row costs one 16-bit weight per class, a sparse one 4 bytes per weight. Rows with weights for at
        // least an eighth of the classes are kept dense as well: they are summed with a few vector additions instead of
        // one scattered addition per weight, which measured fastest for the tagger and the parser (at a quarter or a
        // half, more scattered additions; at a sixteenth, too many more cache lines to read).
        _stride = (classCount + LineWeights - 1) / LineWeights * LineWeights;
        var denseRows = order.TakeWhile(row => (rowStarts[row + 1] - rowStarts[row]) * 8 >= classCount).Count();
        _dense = new short[denseRows * _stride];
        for (var d = 0; d < denseRows; d++)
        {
            var row = order[d];
            for (var i = rowStarts[row]; i < rowStarts[row + 1]; i++)
            {
                _dense[(d * _stride) + classes[i]] = weights[i];
            }
        }

        var denseNumber = new Dictionary<int, int>(denseRows);
        for (var d = 0; d < denseRows; d++)
        {
            denseNumber[order[d]] = d;
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

            var location = denseNumber.TryGetValue(row, out var dense)
                ? ((uint)dense << 8) | DenseRow
                : ((uint)placed[row] << 8) | (uint)(rowStarts[row + 1] - rowStarts[row]);
            _slots[index] = new Slot((uint)(keys[row] >> 32), location);
        }
    }

    /// <summary>The number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>The number of features with at least one weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>The number of stored (feature, class) weights.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>The length of a buffer of integer sums for <see cref="Add"/>: the class count rounded up to whole cache lines.</summary>
    public int SumsLength => _stride;

    /// <summary>A class's score is its integer sum times this.</summary>
    public float Scale => _scale;

    /// <summary>Clears <paramref name="scores"/> and adds the weights of every known feature.</summary>
    /// <remarks>
    /// The tables are far larger than the caches, so the cost is memory latency: the slots of all features are
    /// prefetched first, then the rows of the features found, then the rows are summed, so the misses overlap.
    /// </remarks>
    [SkipLocalsInit]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> sums = _stride <= 256 ? stackalloc int[_stride] : new int[_stride];
        sums.Clear();
        Add(features, sums);
        var scale = _scale;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = c < ClassCount ? sums[c] * scale : 0;
        }
    }

    /// <summary>Adds the integer weights of every known feature to <paramref name="sums"/> (at least <see cref="SumsLength"/> long).</summary>
    /// <remarks>Integer sums are exact, so the order of the features does not matter.</remarks>
    [SkipLocalsInit]
    public void Add(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sums.Length, _stride);
        Span<uint> rows = features.Length <= 256 ? stackalloc uint[features.Length] : new uint[features.Length];
        foreach (var feature in features)
        {
            Prefetch(ref _slots[(int)feature & _mask]);
        }

        for (var i = 0; i < features.Length; i++)
        {
            rows[i] = Find(features[i]);
        }

        AddRows(rows, ref MemoryMarshal.GetReference(sums));
    }

    /// <summary>
    /// Adds the weights of many items' features at once: item k's features are
    /// <c>features[k * featuresPerItem ..]</c> and its sums <c>sums[k * SumsLength ..]</c>.
    /// </summary>
    /// <remarks>
    /// Faster than one <see cref="Add"/> per item when the items do not depend on each other (the features of a
    /// sentence's words that do not look at tags): the look-ups of many items are in flight together.
    /// </remarks>
    [SkipLocalsInit]
    public void AddEach(ReadOnlySpan<ulong> features, int featuresPerItem, Span<int> sums)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(featuresPerItem);
        ArgumentOutOfRangeException.ThrowIfLessThan(sums.Length, features.Length / featuresPerItem * _stride);
        const int Ahead = 24;
        Span<uint> rows = features.Length <= 2048 ? stackalloc uint[features.Length] : new uint[features.Length];
        for (var i = 0; i < Math.Min(Ahead, features.Length); i++)
        {
            Prefetch(ref _slots[(int)features[i] & _mask]);
        }

        for (var i = 0; i < features.Length; i++)
        {
            if (i + Ahead < features.Length)
            {
                Prefetch(ref _slots[(int)features[i + Ahead] & _mask]);
            }

            rows[i] = Find(features[i]);
        }

        ref var sum = ref MemoryMarshal.GetReference(sums);
        for (var item = 0; item + featuresPerItem <= rows.Length; item += featuresPerItem)
        {
            AddRows(rows.Slice(item, featuresPerItem), ref sum);
            sum = ref Unsafe.Add(ref sum, _stride);
        }
    }

    /// <summary>
    /// Adds the weights of many items' features at once, items of any size: item k's features are
    /// <c>features[itemEnds[k-1] .. itemEnds[k]]</c> (from 0 for the first) and its sums <c>sums[k * SumsLength ..]</c>.
    /// </summary>
    /// <remarks>As <see cref="AddEach"/>: the look-ups of many items are in flight together.</remarks>
    [SkipLocalsInit]
    public void AddItems(ReadOnlySpan<ulong> features, ReadOnlySpan<int> itemEnds, Span<int> sums)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sums.Length, itemEnds.Length * _stride);
        var count = itemEnds.IsEmpty ? 0 : itemEnds[^1];
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, features.Length);
        const int Ahead = 24;
        var pooled = count <= 2048 ? null : System.Buffers.ArrayPool<uint>.Shared.Rent(count);
        Span<uint> rows = pooled is null ? stackalloc uint[count] : pooled.AsSpan(0, count);
        for (var i = 0; i < Math.Min(Ahead, count); i++)
        {
            Prefetch(ref _slots[(int)features[i] & _mask]);
        }

        for (var i = 0; i < count; i++)
        {
            if (i + Ahead < count)
            {
                Prefetch(ref _slots[(int)features[i + Ahead] & _mask]);
            }

            rows[i] = Find(features[i]);
        }

        ref var sum = ref MemoryMarshal.GetReference(sums);
        var start = 0;
        foreach (var end in itemEnds)
        {
            AddRows(rows[start..end], ref sum);
            sum = ref Unsafe.Add(ref sum, _stride);
            start = end;
        }

        if (pooled is not null)
        {
            System.Buffers.ArrayPool<uint>.Shared.Return(pooled);
        }
    }

    // The row of a feature (prefetching its weights), or 0 when the feature is unknown.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Find(ulong feature)
    {
        var index = (int)feature & _mask;
        var key = (uint)(feature >> 32);
        while (true)
        {
            var slot = _slots[index];
            if (slot.IsEmpty)
            {
                return 0;
            }

            if (slot.Key == key)
            {
                if ((slot.Row & 0xFF) == DenseRow)
                {
                    var start = (int)(slot.Row >> 8) * _stride;
                    for (var line = 0; line < _stride; line += LineWeights)
                    {
                        Prefetch(ref _dense[start + line]);
                    }
                }
                else
                {
                    Prefetch(ref _entries[(int)(slot.Row >> 8)]);
                }

                return slot.Row;
            }

            index = (index + 1) & _mask;
        }
    }

    // Adds the rows of one item. With AVX-512 and at most 128 classes (the tagger's and the parser's models), the dense
    // rows are summed in registers, eight vectors of sixteen classes, each weight widened as it is loaded.
    private void AddRows(ReadOnlySpan<uint> rows, ref int sums)
    {
        if (_stride != 128 || !Avx512F.IsSupported)
        {
            foreach (var row in rows)
            {
                AddRow(row, ref sums);
            }

            return;
        }

        var s0 = Vector512.LoadUnsafe(ref sums, 0);
        var s1 = Vector512.LoadUnsafe(ref sums, 16);
        var s2 = Vector512.LoadUnsafe(ref sums, 32);
        var s3 = Vector512.LoadUnsafe(ref sums, 48);
        var s4 = Vector512.LoadUnsafe(ref sums, 64);
        var s5 = Vector512.LoadUnsafe(ref sums, 80);
        var s6 = Vector512.LoadUnsafe(ref sums, 96);
        var s7 = Vector512.LoadUnsafe(ref sums, 112);
        ref var dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        foreach (var row in rows)
        {
            if ((row & 0xFF) != DenseRow)
            {
                continue;
            }

            ref var weights = ref Unsafe.Add(ref dense, (nint)(row >> 8) * 128);
            s0 += Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref weights, 0));
            s1 += Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref weights, 16));
            s2 += Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref weights, 32));
            s3 += Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref weights, 48));
            s4 += Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref weights, 64));
            s5 += Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref weights, 80));
            s6 += Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref weights, 96));
            s7 += Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref weights, 112));
        }

        s0.StoreUnsafe(ref sums, 0);
        s1.StoreUnsafe(ref sums, 16);
        s2.StoreUnsafe(ref sums, 32);
        s3.StoreUnsafe(ref sums, 48);
        s4.StoreUnsafe(ref sums, 64);
        s5.StoreUnsafe(ref sums, 80);
        s6.StoreUnsafe(ref sums, 96);
        s7.StoreUnsafe(ref sums, 112);
        foreach (var row in rows)
        {
            if (row != 0 && (row & 0xFF) != DenseRow)
            {
                AddRow(row, ref sums);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(uint row, ref int sums)
    {
        if (row == 0)
        {
            return;
        }

        if ((row & 0xFF) == DenseRow)
        {
            AddDense(ref _dense[(int)(row >> 8) * _stride], ref sums, _stride);
            return;
        }

        // Rows were checked against the entries when the model was built, so the loop reads without bounds checks.
        ref var entry = ref MemoryMarshal.GetArrayDataReference(_entries);
        entry = ref Unsafe.Add(ref entry, (int)(row >> 8));
        for (var e = (int)(row & 0xFF); e > 0; e--)
        {
            Unsafe.Add(ref sums, entry.Class) += entry.Weight;
            entry = ref Unsafe.Add(ref entry, 1);
        }
    }

    // Widens 16-bit weights to 32-bit sums, a cache line (32 classes) at a time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddDense(ref short row, ref int sums, int stride)
    {
        for (var i = 0; i < stride; i += LineWeights)
        {
            if (Vector512.IsHardwareAccelerated)
            {
                var (low, high) = Vector512.Widen(Vector512.LoadUnsafe(ref row, (nuint)i));
                (Vector512.LoadUnsafe(ref sums, (nuint)i) + low).StoreUnsafe(ref sums, (nuint)i);
                (Vector512.LoadUnsafe(ref sums, (nuint)(i + 16)) + high).StoreUnsafe(ref sums, (nuint)(i + 16));
            }
            else
            {
                for (var half = i; half < i + LineWeights; half += 16)
                {
                    var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, (nuint)half));
                    (Vector256.LoadUnsafe(ref sums, (nuint)half) + low).StoreUnsafe(ref sums, (nuint)half);
                    (Vector256.LoadUnsafe(ref sums, (nuint)(half + 8)) + high).StoreUnsafe(ref sums, (nuint)(half + 8));
                }
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
