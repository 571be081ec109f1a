namespace Readout.Core.Documents;

/// <summary>A named, ordered list of spans over one document (sentences, entity mentions, paragraphs…).</summary>
public sealed class SpanLayer
{
    private readonly List<Span> _spans = [];

    internal SpanLayer(string name)
    {
        Name = name;
    }

    /// <summary>The layer's name, one of <see cref="LayerNames"/> or a component's own.</summary>
    public string Name { get; }

    /// <summary>The number of spans.</summary>
    public int Count => _spans.Count;

    /// <summary>The span at <paramref name="index"/>.</summary>
    public Span this[int index] => _spans[index];

    /// <summary>The spans, in the order they were added.</summary>
    public IReadOnlyList<Span> Spans => _spans;

    /// <summary>Appends a span.</summary>
    public void Add(Span span) => _spans.Add(span);

    /// <summary>Removes every span, so a component can run again.</summary>
    public void Clear() => _spans.Clear();

    /// <summary>Index of the span containing <paramref name="tokenIndex"/>, or -1 (spans must be sorted and disjoint).</summary>
    public int IndexOfToken(int tokenIndex)
    {
        int low = 0, high = _spans.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var span = _spans[middle];
            if (tokenIndex < span.FirstToken)
            {
                high = middle - 1;
            }
            else if (tokenIndex >= span.EndToken)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>Enumerates the spans without allocating.</summary>
    public List<Span>.Enumerator GetEnumerator() => _spans.GetEnumerator();
}
