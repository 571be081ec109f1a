using System.Security.Cryptography;
using System.Text;

namespace Readout.Core.Documents;

/// <summary>
/// One analysed text: the original characters, never altered, with its token columns and its layers.
/// </summary>
/// <remarks>
/// Every offset into a document is a UTF-16 index into <see cref="Text"/>, half-open <c>[start, end)</c>.
/// Components add layers while a pipeline runs; a document is written by one thread at a time and may be
/// read from many once analysis is finished.
/// </remarks>
public sealed class Document
{
    private readonly Dictionary<string, SpanLayer> _spanLayers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _resultLayers = new(StringComparer.Ordinal);
    private string? _id;

    /// <summary>Creates a document over <paramref name="text"/>.</summary>
    /// <param name="text">The text to analyse, kept exactly as given.</param>
    /// <param name="source">Where the text came from: a path, a URL or "-".</param>
    public Document(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Source = source;

        // Around one token per six characters of English news.
        Tokens = new TokenTable(text.Length / 5 + 8);
    }

    /// <summary>The text, exactly as read.</summary>
    public string Text { get; }

    /// <summary>The caller's identifier, or the SHA-256 of the text (lower-case hex) when none was given.</summary>
    public string Id
    {
        get => _id ??= ContentHash(Text);
        set => _id = value;
    }

    /// <summary>Where the text came from: a path, a URL or "-" for standard input.</summary>
    public string? Source { get; set; }

    /// <summary>The title, when the input had one (HTML, feeds, JSONL).</summary>
    public string? Title { get; set; }

    /// <summary>The publication date used to resolve relative dates and dated roles.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>The token columns.</summary>
    public TokenTable Tokens { get; }

    /// <summary>The sentence layer (empty until a sentence splitter has run).</summary>
    public SpanLayer Sentences => GetOrAddSpans(LayerNames.Sentences);

    /// <summary>The names of the layers this document holds, span and result layers together.</summary>
    public IEnumerable<string> LayerNamesPresent
    {
        get
        {
            if (Tokens.Count > 0)
            {
                yield return LayerNames.Tokens;
            }

            // Columns filled by the tagger, lemmatizer and parser.
            if (Tokens.HasTags)
            {
                yield return LayerNames.PartsOfSpeech;
            }

            if (Tokens.HasLemmas)
            {
                yield return LayerNames.Lemmas;
            }

            if (Tokens.HasDependencies)
            {
                yield return LayerNames.Dependencies;
            }

            foreach (var name in _spanLayers.Keys)
            {
                yield return name;
            }

            foreach (var name in _resultLayers.Keys)
            {
                yield return name;
            }
        }
    }

    /// <summary>A view of token <paramref name="index"/>.</summary>
    public Token TokenAt(int index)
    {
        if ((uint)index >= (uint)Tokens.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"token {index} is outside 0..{Tokens.Count - 1}");
        }

        return new Token(this, index);
    }

    /// <summary>A span covering tokens <c>[firstToken, endToken)</c>.</summary>
    public Span SpanOfTokens(int firstToken, int endToken, string? label = null)
    {
        if (firstToken < 0 || endToken <= firstToken || endToken > Tokens.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(firstToken), $"token range [{firstToken}, {endToken}) is empty or outside 0..{Tokens.Count}");
        }

        return new Span(this, Tokens.Starts[firstToken], Tokens.Ends[endToken - 1], firstToken, endToken, label);
    }

    /// <summary>A span covering characters <c>[start, end)</c>, with the token range of the tokens it overlaps.</summary>
    public Span SpanOfCharacters(int start, int end, string? label = null)
    {
        var first = Tokens.IndexAtOrAfter(start);
        var last = first;
        while (last < Tokens.Count && Tokens.Starts[last] < end)
        {
            last++;
        }

        return first < last
            ? new Span(this, start, end, first, last, label)
            : new Span(this, start, end, -1, -1, label);
    }

    /// <summary>True when the named span or result layer exists (tokens and the column layers count once filled).</summary>
    public bool HasLayer(string name) => name switch
    {
        LayerNames.Tokens => Tokens.Count > 0 || _spanLayers.ContainsKey(name),
        LayerNames.PartsOfSpeech => Tokens.HasTags,
        LayerNames.Lemmas => Tokens.HasLemmas,
        LayerNames.Dependencies => Tokens.HasDependencies,
        _ => _spanLayers.ContainsKey(name) || _resultLayers.ContainsKey(name),
    };

    /// <summary>The span layer called <paramref name="name"/>, created empty on first use.</summary>
    public SpanLayer GetOrAddSpans(string name)
    {
        if (!_spanLayers.TryGetValue(name, out var layer))
        {
            layer = new SpanLayer(name);
            _spanLayers.Add(name, layer);
        }

        return layer;
    }

    /// <summary>The span layer called <paramref name="name"/>, or null.</summary>
    public SpanLayer? GetSpans(string name) => _spanLayers.GetValueOrDefault(name);

    /// <summary>Stores (or replaces) the value of a result layer.</summary>
    public void Set<T>(LayerKey<T> key, T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _resultLayers[key.Name] = value;
    }

    /// <summary>The value of a result layer, or null when it was never produced.</summary>
    public T? Get<T>(LayerKey<T> key)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        return _resultLayers.TryGetValue(key.Name, out var value) ? (T)value : null;
    }

    /// <summary>The SHA-256 of a text's UTF-8 bytes, lower-case hex: the identity used for de-duplication.</summary>
    public static string ContentHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
