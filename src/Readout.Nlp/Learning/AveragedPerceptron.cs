namespace Readout.Nlp.Learning;

/// <summary>
/// A multi-class averaged perceptron over hashed sparse features, for training; <see cref="ToModel"/> gives the
/// compact <see cref="LinearModel"/> used at run time.
/// </summary>
/// <remarks>
/// Each feature owns a sparse, contiguous row: only the classes it was ever updated for hold a weight, so memory grows
/// with the number of mistakes, not with features × classes; a full row moves to a twice-larger place. Averaging is
/// lazy (Daumé's trick): each weight remembers when it last changed. Deterministic for a given sequence of calls.
/// Not thread-safe.
/// </remarks>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows = [];
    private int[] _rowStart = new int[1 << 12];
    private int[] _rowCount = new int[1 << 12];
    private int[] _rowCapacity = new int[1 << 12];
    private int[] _rowUpdates = new int[1 << 12];
    private int[] _entryClass = new int[1 << 16];
    private float[] _weight = new float[1 << 16];
    private double[] _total = new double[1 << 16];
    private int[] _stamp = new int[1 << 16];
    private int _used;
    private int _clock = 1;

    /// <summary>Creates a perceptron over <paramref name="classes"/> classes.</summary>
    public AveragedPerceptron(int classes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classes);
        Classes = classes;
    }

    /// <summary>The number of classes.</summary>
    public int Classes { get; }

    /// <summary>The number of features that hold at least one weight.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> to <paramref name="scores"/>, which it clears first.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var start = _rowStart[row];
                var end = start + _rowCount[row];
                for (var entry = start; entry < end; entry++)
                {
                    scores[_entryClass[entry]] += _weight[entry];
                }
            }
        }
    }

    /// <summary>Rewards <paramref name="truth"/> and penalises <paramref name="guess"/> on every feature (nothing when they agree).</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var feature in features)
        {
            var row = RowOf(feature);
            _rowUpdates[row]++;
            Add(row, truth, 1f);
            Add(row, guess, -1f);
        }
    }

    /// <summary>
    /// The class to penalise: the guess when wrong; when right only by winning a tie (all scores start at zero), the
    /// tied class, so the truth gets weights of its own and averaging cannot break the tie the other way.
    /// </summary>
    public static int Rival(ReadOnlySpan<float> scores, int truth, int guess)
    {
        if (guess != truth)
        {
            return guess;
        }

        for (var c = 0; c < scores.Length; c++)
        {
            if (c != truth && scores[c] >= scores[truth])
            {
                return c;
            }
        }

        return truth;
    }

    /// <summary>Marks the end of one training instance: averaging weighs each weight by the instances it survived.</summary>
    public void Tick() => _clock++;

    /// <summary>The averaged weights as a run-time model.</summary>
    /// <param name="minimumWeight">Weights whose magnitude is below this are dropped.</param>
    /// <param name="minimumUpdates">Features updated fewer times are dropped: rare features cost memory and cache misses and barely generalise.</param>
    public LinearModel ToModel(float minimumWeight = 0f, int minimumUpdates = 1)
    {
        var keys = new List<ulong>(_rows.Keys);
        keys.Sort();
        var rowKeys = new List<ulong>(keys.Count);
        var rowStarts = new List<int>(keys.Count + 1) { 0 };
        var classes = new List<ushort>(_used);
        var weights = new List<float>(_used);
        var kept = new List<(int Class, float Weight)>();
        foreach (var key in keys)
        {
            kept.Clear();
            var row = _rows[key];
            if (_rowUpdates[row] < minimumUpdates)
            {
                continue;
            }

            var start = _rowStart[row];
            for (var entry = start; entry < start + _rowCount[row]; entry++)
            {
                var average = (float)((_total[entry] + ((double)_clock - _stamp[entry]) * _weight[entry]) / _clock);
                if (MathF.Abs(average) >= minimumWeight && average != 0f)
                {
                    kept.Add((_entryClass[entry], average));
                }
            }

            if (kept.Count == 0)
            {
                continue;
            }

            kept.Sort((a, b) => a.Class.CompareTo(b.Class));
            foreach (var (cls, weight) in kept)
            {
                classes.Add((ushort)cls);
                weights.Add(weight);
            }

            rowKeys.Add(key);
            rowStarts.Add(classes.Count);
        }

        return new LinearModel(Classes, [.. rowKeys], [.. rowStarts], [.. classes], [.. weights]);
    }

    private int RowOf(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = _rows.Count;
        if (row == _rowStart.Length)
        {
            Array.Resize(ref _rowStart, row * 2);
            Array.Resize(ref _rowCount, row * 2);
            Array.Resize(ref _rowCapacity, row * 2);
            Array.Resize(ref _rowUpdates, row * 2);
        }

        _rows.Add(feature, row);
        _rowStart[row] = Reserve(2);
        _rowCount[row] = 0;
        _rowCapacity[row] = 2;
        _rowUpdates[row] = 0;
        return row;
    }

    private void Add(int row, int cls, float delta)
    {
        var start = _rowStart[row];
        var count = _rowCount[row];
        var entry = start;
        while (entry < start + count && _entryClass[entry] != cls)
        {
            entry++;
        }

        if (entry == start + count)
        {
            if (count == _rowCapacity[row])
            {
                // A full row moves to the end of the arrays with twice the room, so each row stays contiguous.
                var moved = Reserve(count * 2);
                Array.Copy(_entryClass, start, _entryClass, moved, count);
                Array.Copy(_weight, start, _weight, moved, count);
                Array.Copy(_total, start, _total, moved, count);
                Array.Copy(_stamp, start, _stamp, moved, count);
                _rowStart[row] = start = moved;
                _rowCapacity[row] = count * 2;
                entry = start + count;
            }

            _entryClass[entry] = cls;
            _weight[entry] = 0f;
            _total[entry] = 0d;
            _stamp[entry] = _clock;
            _rowCount[row] = count + 1;
        }

        _total[entry] += ((double)_clock - _stamp[entry]) * _weight[entry];
        _weight[entry] += delta;
        _stamp[entry] = _clock;
    }

    private int Reserve(int size)
    {
        while (_used + size > _entryClass.Length)
        {
            var length = _entryClass.Length * 2;
            Array.Resize(ref _entryClass, length);
            Array.Resize(ref _weight, length);
            Array.Resize(ref _total, length);
            Array.Resize(ref _stamp, length);
        }

        var start = _used;
        _used += size;
        return start;
    }
}
