using Readout.Nlp.Learning;

namespace Readout.Nlp.Entities;

/// <summary>
/// How the first pass labelled each word across a document, so the second pass can see that "Mekdad" alone is the
/// person "Faisal Mekdad" named three sentences earlier (a non-local feature, as in Krishnan and Manning 2006).
/// </summary>
/// <remarks>Reused from document to document by one thread; counts are kept in one flat array.</remarks>
internal sealed class DocumentMemory
{
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly int _width;
    private int[] _counts = new int[1024];

    /// <summary>A memory for <paramref name="typeCount"/> entity types.</summary>
    public DocumentMemory(int typeCount)
    {
        _width = typeCount + 1;
    }

    /// <summary>Forgets the previous document.</summary>
    public void Clear()
    {
        _rows.Clear();
    }

    /// <summary>Counts one capitalized word labelled <paramref name="label"/> (a BILOU class).</summary>
    public void Add(ulong lower, int label)
    {
        if (!_rows.TryGetValue(lower, out var row))
        {
            row = _rows.Count * _width;
            if (row + _width > _counts.Length)
            {
                Array.Resize(ref _counts, _counts.Length * 2);
            }

            _counts.AsSpan(row, _width).Clear();
            _rows.Add(lower, row);
        }

        _counts[row + EntityLabels.TypeOf(label) + 1]++;
    }

    /// <summary>
    /// The feature value for a word labelled <paramref name="ownLabel"/> itself: the type most of its other occurrences
    /// got and whether some were outside any name; 0 when the word occurs nowhere else.
    /// </summary>
    public ulong Of(ulong lower, int ownLabel)
    {
        if (!_rows.TryGetValue(lower, out var row))
        {
            return 0;
        }

        var own = EntityLabels.TypeOf(ownLabel) + 1;
        var outside = _counts[row] - (own == 0 ? 1 : 0);
        var best = -1;
        var bestCount = 0;
        for (var t = 1; t < _width; t++)
        {
            var count = _counts[row + t] - (own == t ? 1 : 0);
            if (count > bestCount)
            {
                best = t - 1;
                bestCount = count;
            }
        }

        if (best < 0 && outside <= 0)
        {
            return 0;
        }

        return FeatureHash.OfValue(1000 + (best + 1) * 2 + (outside > 0 ? 1 : 0));
    }
}
