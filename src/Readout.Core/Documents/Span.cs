namespace Readout.Core.Documents;

/// <summary>
/// A view of a stretch of a <see cref="Document"/>: character offsets, the tokens it covers and an optional label.
/// </summary>
/// <remarks>
/// Offsets are UTF-16, half-open <c>[Start, End)</c>. <see cref="FirstToken"/> and <see cref="EndToken"/> are a
/// half-open token range; both are -1 for a span that was made from characters before tokenization.
/// </remarks>
public readonly struct Span : IEquatable<Span>
{
    private readonly Document _document;

    /// <summary>Creates a span view. Use <see cref="Document.SpanOfTokens"/> to build one from tokens.</summary>
    public Span(Document document, int start, int end, int firstToken, int endToken, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (start < 0 || end < start || end > document.Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"span [{start}, {end}) lies outside a text of {document.Text.Length} characters");
        }

        _document = document;
        Start = start;
        End = end;
        FirstToken = firstToken;
        EndToken = endToken;
        Label = label;
    }

    /// <summary>The document this span belongs to.</summary>
    public Document Document => _document;

    /// <summary>Start offset (UTF-16, inclusive).</summary>
    public int Start { get; }

    /// <summary>End offset (UTF-16, exclusive).</summary>
    public int End { get; }

    /// <summary>Index of the first token, or -1.</summary>
    public int FirstToken { get; }

    /// <summary>Index one past the last token, or -1.</summary>
    public int EndToken { get; }

    /// <summary>An optional label (an entity type, for example).</summary>
    public string? Label { get; }

    /// <summary>The number of characters.</summary>
    public int Length => End - Start;

    /// <summary>The number of tokens covered.</summary>
    public int TokenCount => EndToken - FirstToken;

    /// <summary>The characters of the span, without allocating.</summary>
    public ReadOnlySpan<char> Chars => _document.Text.AsSpan(Start, End - Start);

    /// <summary>The span's text as a new string.</summary>
    public string Text => _document.Text.Substring(Start, End - Start);

    /// <summary>The token at <paramref name="offset"/> tokens from the start of the span.</summary>
    public Token this[int offset] => _document.TokenAt(FirstToken + offset);

    /// <inheritdoc />
    public bool Equals(Span other) =>
        ReferenceEquals(_document, other._document) && Start == other.Start && End == other.End
        && FirstToken == other.FirstToken && EndToken == other.EndToken && Label == other.Label;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Span other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, FirstToken, EndToken, Label);

    /// <summary>Equality of two spans.</summary>
    public static bool operator ==(Span left, Span right) => left.Equals(right);

    /// <summary>Inequality of two spans.</summary>
    public static bool operator !=(Span left, Span right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"[{Start},{End}) {Text}";
}
