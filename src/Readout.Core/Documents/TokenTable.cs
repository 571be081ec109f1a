using System.Runtime.CompilerServices;

namespace Readout.Core.Documents;

/// <summary>
/// The tokens of a document stored as columns: one array per attribute, indexed by token number.
/// </summary>
/// <remarks>
/// Offsets are UTF-16, half-open <c>[start, end)</c> into <see cref="Document.Text"/>. Attribute columns
/// beyond offsets and flags are allocated by the component that fills them. String columns hold
/// references to strings owned by a model's vocabulary where possible, so tagging does not allocate
/// per token. Not thread-safe for writing; a finished document may be read from many threads.
/// </remarks>
public sealed class TokenTable
{
    private int[] _starts;
    private int[] _ends;
    private TokenFlags[] _flags;
    private UniversalPos[]? _upos;
    private string?[]? _xpos;
    private string?[]? _lemmas;
    private string?[]? _features;
    private int[]? _heads;
    private string?[]? _relations;

    internal TokenTable(int capacity)
    {
        capacity = Math.Max(capacity, 4);
        _starts = new int[capacity];
        _ends = new int[capacity];
        _flags = new TokenFlags[capacity];
    }

    /// <summary>The number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Start offsets (UTF-16, inclusive).</summary>
    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    /// <summary>End offsets (UTF-16, exclusive).</summary>
    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    /// <summary>Layout flags.</summary>
    public Span<TokenFlags> Flags => _flags.AsSpan(0, Count);

    /// <summary>True once a tagger has filled <see cref="Upos"/>.</summary>
    public bool HasTags => _upos is not null;

    /// <summary>True once a parser has filled <see cref="Heads"/> and <see cref="Relations"/>.</summary>
    public bool HasDependencies => _heads is not null;

    /// <summary>True once a lemmatizer has filled <see cref="Lemmas"/>.</summary>
    public bool HasLemmas => _lemmas is not null;

    /// <summary>Universal part-of-speech tags (allocated on first use).</summary>
    public Span<UniversalPos> Upos => (_upos ??= new UniversalPos[_starts.Length]).AsSpan(0, Count);

    /// <summary>Language-specific (Penn Treebank) tags (allocated on first use).</summary>
    public Span<string?> Xpos => (_xpos ??= new string?[_starts.Length]).AsSpan(0, Count);

    /// <summary>Lemmas (allocated on first use).</summary>
    public Span<string?> Lemmas => (_lemmas ??= new string?[_starts.Length]).AsSpan(0, Count);

    /// <summary>UD morphological features in CoNLL-U form, e.g. <c>Number=Sing</c> (allocated on first use).</summary>
    public Span<string?> Features => (_features ??= new string?[_starts.Length]).AsSpan(0, Count);

    /// <summary>Dependency heads as token indexes in this document; -1 marks a sentence root (allocated on first use).</summary>
    public Span<int> Heads => (_heads ??= NewHeads(_starts.Length)).AsSpan(0, Count);

    /// <summary>Dependency relations (UD labels with subtypes, e.g. <c>nsubj:pass</c>) (allocated on first use).</summary>
    public Span<string?> Relations => (_relations ??= new string?[_starts.Length]).AsSpan(0, Count);

    /// <summary>Appends a token. Tokens must be added in text order and must not overlap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int start, int end, TokenFlags flags)
    {
        if (Count == _starts.Length)
        {
            Grow();
        }

        _starts[Count] = start;
        _ends[Count] = end;
        _flags[Count] = flags;
        Count++;
    }

    /// <summary>Removes every token and every attribute column, so a tokenizer can run again.</summary>
    public void Clear() => Clear(keepTokens: false);

    /// <summary>Drops the tag, lemma and dependency columns, keeping the tokens.</summary>
    public void ClearAnnotations() => Clear(keepTokens: true);

    /// <summary>The first token whose end lies beyond <paramref name="offset"/> (the token containing it, or the next); Count if none.</summary>
    public int IndexAtOrAfter(int offset)
    {
        // Tokens are non-empty and do not overlap, so ends strictly increase.
        var index = Ends.BinarySearch(offset + 1);
        return index >= 0 ? index : ~index;
    }

    private void Clear(bool keepTokens)
    {
        if (!keepTokens)
        {
            Count = 0;
        }

        _upos = null;
        _xpos = null;
        _lemmas = null;
        _features = null;
        _heads = null;
        _relations = null;
    }

    private static int[] NewHeads(int length)
    {
        var heads = new int[length];
        heads.AsSpan().Fill(-1);
        return heads;
    }

    private void Grow()
    {
        var capacity = _starts.Length * 2;
        Array.Resize(ref _starts, capacity);
        Array.Resize(ref _ends, capacity);
        Array.Resize(ref _flags, capacity);
        if (_upos is not null)
        {
            Array.Resize(ref _upos, capacity);
        }

        if (_xpos is not null)
        {
            Array.Resize(ref _xpos, capacity);
        }

        if (_lemmas is not null)
        {
            Array.Resize(ref _lemmas, capacity);
        }

        if (_features is not null)
        {
            Array.Resize(ref _features, capacity);
        }

        if (_heads is not null)
        {
            var old = _heads.Length;
            Array.Resize(ref _heads, capacity);
            _heads.AsSpan(old).Fill(-1);
        }

        if (_relations is not null)
        {
            Array.Resize(ref _relations, capacity);
        }
    }
}
