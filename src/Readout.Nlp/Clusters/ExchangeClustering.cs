namespace Readout.Nlp.Clusters;

/// <summary>
/// The exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998) over items linked by bigram counts:
/// each item in turn moves to the class that most raises the likelihood of a class bigram model,
/// <c>Σ N(c,d) log N(c,d) − Σ N(c,·) log N(c,·) − Σ N(·,d) log N(·,d)</c>, until few items move.
/// </summary>
/// <remarks>
/// Deterministic: items are visited most frequent first, ties broken by item number, and the initial classes come from
/// a seeded generator. A move is evaluated against every class in time proportional to the number of classes the
/// item's neighbours fall in, so a pass costs about classes × distinct bigrams. One item may be fixed in a class of
/// its own (the boundary between documents). Not thread-safe.
/// </remarks>
internal sealed class ExchangeClustering
{
    // x log x for small counts, looked up rather than computed: most cells of the class bigram table are small.
    private const int TableSize = 1 << 16;
    private static readonly double[] XLogXTable = BuildTable();

    private readonly int _items;
    private readonly int _classes;
    private readonly int _stride;
    private readonly int _fixed;
    private readonly int[] _rightStart;
    private readonly int[] _rightItem;
    private readonly int[] _rightCount;
    private readonly int[] _leftStart;
    private readonly int[] _leftItem;
    private readonly int[] _leftCount;
    private readonly long[] _asLeft;
    private readonly long[] _asRight;
    private readonly int[] _classOf;
    private readonly int[] _size;
    private readonly long[] _pair;
    private readonly long[] _pairByColumn;
    private readonly long[] _leftTotal;
    private readonly long[] _rightTotal;

    /// <summary>Sets up <paramref name="classes"/> classes over <paramref name="items"/> items and their bigram counts.</summary>
    /// <param name="items">The number of items.</param>
    /// <param name="bigrams">(left item, right item, count), each pair once.</param>
    /// <param name="classes">The number of classes the movable items share.</param>
    /// <param name="fixedItem">An item kept in a class of its own (number <paramref name="classes"/>), or -1.</param>
    /// <param name="seed">Seed of the initial classes.</param>
    public ExchangeClustering(int items, IReadOnlyList<(int Left, int Right, int Count)> bigrams, int classes, int fixedItem, int seed)
    {
        ArgumentNullException.ThrowIfNull(bigrams);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classes);
        _items = items;
        _classes = classes;
        _stride = classes + 1;
        _fixed = fixedItem;
        (_rightStart, _rightItem, _rightCount) = Adjacency(items, bigrams, left: true);
        (_leftStart, _leftItem, _leftCount) = Adjacency(items, bigrams, left: false);
        _asLeft = new long[items];
        _asRight = new long[items];
        foreach (var (left, right, count) in bigrams)
        {
            _asLeft[left] += count;
            _asRight[right] += count;
        }

        Order = Enumerable.Range(0, items).Where(i => i != fixedItem).ToArray();
        Array.Sort(Order, (a, b) =>
        {
            var byCount = Math.Max(_asLeft[b], _asRight[b]).CompareTo(Math.Max(_asLeft[a], _asRight[a]));
            return byCount != 0 ? byCount : a.CompareTo(b);
        });

        // The most frequent items start in classes of their own, so none is empty; the rest are spread at random.
        _classOf = new int[items];
        var random = new Random(seed);
        for (var rank = 0; rank < Order.Length; rank++)
        {
            _classOf[Order[rank]] = rank < classes ? rank : random.Next(classes);
        }

        if (fixedItem >= 0)
        {
            _classOf[fixedItem] = classes;
        }

        _size = new int[_stride];
        foreach (var cls in _classOf)
        {
            _size[cls]++;
        }

        _pair = new long[_stride * _stride];
        _pairByColumn = new long[_stride * _stride];
        _leftTotal = new long[_stride];
        _rightTotal = new long[_stride];
        foreach (var (left, right, count) in bigrams)
        {
            var c = _classOf[left];
            var d = _classOf[right];
            _pair[(c * _stride) + d] += count;
            _pairByColumn[(d * _stride) + c] += count;
            _leftTotal[c] += count;
            _rightTotal[d] += count;
        }
    }

    /// <summary>The movable items, most frequent first.</summary>
    public int[] Order { get; }

    /// <summary>The class of every item (the fixed item's is the number of classes).</summary>
    public ReadOnlySpan<int> Classes => _classOf;

    /// <summary>The class bigram counts: cell <c>c × (classes + 1) + d</c> counts class c followed by class d.</summary>
    public ReadOnlySpan<long> Pairs => _pair;

    /// <summary>The log-likelihood term the algorithm raises (higher is better).</summary>
    public double Objective()
    {
        var sum = 0d;
        foreach (var count in _pair)
        {
            sum += XLogX(count);
        }

        for (var c = 0; c < _stride; c++)
        {
            sum -= XLogX(_leftTotal[c]) + XLogX(_rightTotal[c]);
        }

        return sum;
    }

    /// <summary>Runs passes until a pass moves fewer than <paramref name="stopBelow"/> items or <paramref name="passes"/> are done.</summary>
    /// <param name="passes">The most passes.</param>
    /// <param name="stopBelow">Stop after a pass that moves fewer items.</param>
    /// <param name="log">Receives one line per pass.</param>
    public void Run(int passes, int stopBelow, Action<string>? log)
    {
        var right = new long[_stride];
        var left = new long[_stride];
        var rightClasses = new int[_stride];
        var leftClasses = new int[_stride];
        for (var pass = 1; pass <= passes; pass++)
        {
            var moved = 0;
            foreach (var item in Order)
            {
                if (Move(item, right, left, rightClasses, leftClasses))
                {
                    moved++;
                }
            }

            log?.Invoke($"clusters: {_classes} classes, pass {pass}: {moved} of {Order.Length} moved, objective {Objective():0}");
            if (moved < stopBelow)
            {
                break;
            }
        }
    }

    // Takes the item out of its class, scores every class, puts it in the best one; true when that is another class.
    private bool Move(int item, long[] right, long[] left, int[] rightClasses, int[] leftClasses)
    {
        var from = _classOf[item];
        if (_size[from] == 1)
        {
            return false;
        }

        // Counts of the item followed by each class (right) and preceded by each class (left); self the item twice.
        var rightUsed = 0;
        var leftUsed = 0;
        long self = 0;
        for (var e = _rightStart[item]; e < _rightStart[item + 1]; e++)
        {
            var other = _rightItem[e];
            if (other == item)
            {
                self = _rightCount[e];
            }

            var d = _classOf[other];
            if (right[d] == 0)
            {
                rightClasses[rightUsed++] = d;
            }

            right[d] += _rightCount[e];
        }

        for (var e = _leftStart[item]; e < _leftStart[item + 1]; e++)
        {
            var c = _classOf[_leftItem[e]];
            if (left[c] == 0)
            {
                leftClasses[leftUsed++] = c;
            }

            left[c] += _leftCount[e];
        }

        var asLeft = _asLeft[item];
        var asRight = _asRight[item];
        Shift(from, -1, right, left, rightClasses.AsSpan(0, rightUsed), leftClasses.AsSpan(0, leftUsed), self, asLeft, asRight);

        // From here on the item belongs to no class: its bigram with itself is counted apart.
        right[from] -= self;
        left[from] -= self;
        var best = from;
        var bestGain = Gain(from, right, left, rightClasses.AsSpan(0, rightUsed), leftClasses.AsSpan(0, leftUsed), self, asLeft, asRight);
        for (var to = 0; to < _classes; to++)
        {
            if (to == from)
            {
                continue;
            }

            var gain = Gain(to, right, left, rightClasses.AsSpan(0, rightUsed), leftClasses.AsSpan(0, leftUsed), self, asLeft, asRight);
            if (gain > bestGain + 1e-9)
            {
                best = to;
                bestGain = gain;
            }
        }

        Shift(best, 1, right, left, rightClasses.AsSpan(0, rightUsed), leftClasses.AsSpan(0, leftUsed), self, asLeft, asRight);
        _size[from]--;
        _size[best]++;
        _classOf[item] = best;
        foreach (var d in rightClasses.AsSpan(0, rightUsed))
        {
            right[d] = 0;
        }

        foreach (var c in leftClasses.AsSpan(0, leftUsed))
        {
            left[c] = 0;
        }

        return best != from;
    }

    // The change in the objective from adding the item (with its counts by neighbouring class) to class b.
    private double Gain(int b, long[] right, long[] left, ReadOnlySpan<int> rightClasses, ReadOnlySpan<int> leftClasses, long self, long asLeft, long asRight)
    {
        var row = b * _stride;
        var gain = 0d;
        foreach (var d in rightClasses)
        {
            var before = _pair[row + d];
            gain += XLogX(before + right[d]) - XLogX(before);
        }

        foreach (var c in leftClasses)
        {
            var before = _pairByColumn[row + c];
            gain += XLogX(before + left[c]) - XLogX(before);
        }

        // The loops above treated cell (b, b) twice, once for each side; it changes once, by both and the self bigram.
        var diagonal = _pair[row + b];
        gain -= XLogX(diagonal + right[b]) - XLogX(diagonal);
        gain -= XLogX(diagonal + left[b]) - XLogX(diagonal);
        gain += XLogX(diagonal + right[b] + left[b] + self) - XLogX(diagonal);
        gain -= XLogX(_leftTotal[b] + asLeft) - XLogX(_leftTotal[b]);
        gain -= XLogX(_rightTotal[b] + asRight) - XLogX(_rightTotal[b]);
        return gain;
    }

    // Adds (sign 1) or removes (sign -1) the item's counts to or from class b. On removal the counts still include the
    // self bigram on both sides, so cell (b, b) lost it twice and gets it back once; on addition they exclude it.
    private void Shift(int b, int sign, long[] right, long[] left, ReadOnlySpan<int> rightClasses, ReadOnlySpan<int> leftClasses, long self, long asLeft, long asRight)
    {
        var row = b * _stride;
        foreach (var d in rightClasses)
        {
            _pair[row + d] += sign * right[d];
            _pairByColumn[(d * _stride) + b] += sign * right[d];
        }

        foreach (var c in leftClasses)
        {
            _pair[(c * _stride) + b] += sign * left[c];
            _pairByColumn[row + c] += sign * left[c];
        }

        _pair[row + b] += self;
        _pairByColumn[row + b] += self;
        _leftTotal[b] += sign * asLeft;
        _rightTotal[b] += sign * asRight;
    }

    private static (int[] Start, int[] Item, int[] Count) Adjacency(int items, IReadOnlyList<(int Left, int Right, int Count)> bigrams, bool left)
    {
        var start = new int[items + 1];
        foreach (var bigram in bigrams)
        {
            start[(left ? bigram.Left : bigram.Right) + 1]++;
        }

        for (var i = 0; i < items; i++)
        {
            start[i + 1] += start[i];
        }

        var next = start[..^1].ToArray();
        var other = new int[bigrams.Count];
        var counts = new int[bigrams.Count];
        foreach (var (l, r, count) in bigrams)
        {
            var at = next[left ? l : r]++;
            other[at] = left ? r : l;
            counts[at] = count;
        }

        return (start, other, counts);
    }

    private static double XLogX(long x) => x < TableSize ? XLogXTable[x] : x * Math.Log(x);

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (var x = 1; x < TableSize; x++)
        {
            table[x] = x * Math.Log(x);
        }

        return table;
    }
}
