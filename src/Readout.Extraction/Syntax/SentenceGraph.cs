using Readout.Core.Documents;

namespace Readout.Extraction.Syntax;

/// <summary>
/// One parsed sentence as a tree the event coder can walk: heads and children by sentence-local index, relations read
/// as <see cref="DependencyRole"/>s, words and lemmas read from the document without copying.
/// </summary>
/// <remarks>Built once per sentence; not thread-safe, never shared between documents.</remarks>
internal sealed class SentenceGraph
{
    private readonly int[] _heads;
    private readonly DependencyRole[] _roles;
    private readonly int[] _childStart;
    private readonly int[] _children;
    private readonly int[] _depth;

    private SentenceGraph(Document document, int first, int count)
    {
        Document = document;
        First = first;
        Count = count;
        _heads = new int[count];
        _roles = new DependencyRole[count];
        _childStart = new int[count + 1];
        _children = new int[count];
        _depth = new int[count];
    }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>The document index of the sentence's first token.</summary>
    public int First { get; }

    /// <summary>The number of tokens.</summary>
    public int Count { get; }

    /// <summary>The graph of the tokens <c>[first, end)</c>, or null when the document has no parse.</summary>
    public static SentenceGraph? Build(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        if (!tokens.HasDependencies || end <= first)
        {
            return null;
        }

        var graph = new SentenceGraph(document, first, end - first);
        var heads = tokens.Heads;
        var relations = tokens.Relations;
        for (var i = 0; i < graph.Count; i++)
        {
            var head = heads[first + i];
            graph._heads[i] = head < first || head >= end ? -1 : head - first;
            var role = DependencyRoles.Of(relations[first + i]);
            if (role == DependencyRole.AdverbialModifier && graph.IsNegator(i))
            {
                role = DependencyRole.Negation;
            }

            graph._roles[i] = graph._heads[i] < 0 ? DependencyRole.Root : role;
        }

        graph.IndexChildren();
        return graph;
    }

    /// <summary>The head of <paramref name="i"/>, or -1 for a root.</summary>
    public int Head(int i) => _heads[i];

    /// <summary>What <paramref name="i"/> is to its head.</summary>
    public DependencyRole Role(int i) => _roles[i];

    /// <summary>The children of <paramref name="i"/>, in text order.</summary>
    public ReadOnlySpan<int> Children(int i) => _children.AsSpan(_childStart[i], _childStart[i + 1] - _childStart[i]);

    /// <summary>How many arcs lie between <paramref name="i"/> and its root.</summary>
    public int Depth(int i) => _depth[i];

    /// <summary>The universal part of speech, or None before tagging.</summary>
    public UniversalPos Pos(int i) => Document.Tokens.HasTags ? Document.Tokens.Upos[First + i] : UniversalPos.None;

    /// <summary>The token's characters.</summary>
    public ReadOnlySpan<char> Text(int i)
    {
        var start = Document.Tokens.Starts[First + i];
        return Document.Text.AsSpan(start, Document.Tokens.Ends[First + i] - start);
    }

    /// <summary>True for a finite verb ("said", "says"): a past or present Penn tag, or the VerbForm=Fin feature.</summary>
    public bool IsFinite(int i)
    {
        var tokens = Document.Tokens;
        if (tokens.Xpos[First + i] is "VBD" or "VBZ" or "VBP")
        {
            return true;
        }

        return tokens.Features[First + i] is { } features && features.Contains("VerbForm=Fin", StringComparison.Ordinal);
    }

    /// <summary>The lemma, or null before lemmatization.</summary>
    public string? Lemma(int i) => Document.Tokens.HasLemmas ? Document.Tokens.Lemmas[First + i] : null;

    /// <summary>The character offset where <paramref name="i"/> starts.</summary>
    public int Start(int i) => Document.Tokens.Starts[First + i];

    /// <summary>The character offset where <paramref name="i"/> ends.</summary>
    public int End(int i) => Document.Tokens.Ends[First + i];

    /// <summary>True when the token's text is <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int i, string word) => Text(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the token's text or lemma is <paramref name="word"/>, ignoring case.</summary>
    public bool IsWordOrLemma(int i, string word) =>
        Is(i, word) || (Lemma(i) is { } lemma && lemma.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first child of <paramref name="i"/> with <paramref name="role"/>, or -1.</summary>
    public int Child(int i, DependencyRole role)
    {
        foreach (var child in Children(i))
        {
            if (_roles[child] == role)
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="ancestor"/> dominates <paramref name="i"/> (or is it).</summary>
    public bool Dominates(int ancestor, int i)
    {
        for (var k = i; k >= 0; k = _heads[k])
        {
            if (k == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the tokens of the subtree under <paramref name="i"/> to <paramref name="into"/> in text order, leaving out
    /// the subtrees of children that <paramref name="prune"/> rejects (it sees the child and its role).
    /// </summary>
    public void CollectSubtree(int i, List<int> into, Func<int, DependencyRole, bool>? prune = null)
    {
        var start = into.Count;
        Collect(i, into, prune);
        into.Sort(start, into.Count - start, null);
    }

    /// <summary>The first and last token of the subtree under <paramref name="i"/>.</summary>
    public (int First, int Last) Extent(int i)
    {
        int first = i, last = i;
        foreach (var child in Children(i))
        {
            var (childFirst, childLast) = Extent(child);
            first = Math.Min(first, childFirst);
            last = Math.Max(last, childLast);
        }

        return (first, last);
    }

    private void Collect(int i, List<int> into, Func<int, DependencyRole, bool>? prune)
    {
        into.Add(i);
        foreach (var child in Children(i))
        {
            if (prune is null || !prune(child, _roles[child]))
            {
                Collect(child, into, prune);
            }
        }
    }

    private bool IsNegator(int i) => Is(i, "not") || Is(i, "n't") || Is(i, "never") || Is(i, "nt");

    private void IndexChildren()
    {
        var counts = new int[Count + 1];
        for (var i = 0; i < Count; i++)
        {
            if (_heads[i] >= 0)
            {
                counts[_heads[i]]++;
            }
        }

        for (var i = 0; i < Count; i++)
        {
            _childStart[i + 1] = _childStart[i] + counts[i];
        }

        var next = new int[Count];
        _childStart.AsSpan(0, Count).CopyTo(next);
        for (var i = 0; i < Count; i++)
        {
            if (_heads[i] >= 0)
            {
                _children[next[_heads[i]]++] = i;
            }
        }

        for (var i = 0; i < Count; i++)
        {
            var depth = 0;
            for (var k = _heads[i]; k >= 0 && depth <= Count; k = _heads[k])
            {
                depth++;
            }

            _depth[i] = depth;
        }
    }
}
