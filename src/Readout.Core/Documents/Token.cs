namespace Readout.Core.Documents;

/// <summary>A view of one token of a <see cref="Document"/>: the document and an index, nothing copied.</summary>
public readonly struct Token
{
    private readonly Document _document;

    internal Token(Document document, int index)
    {
        _document = document;
        Index = index;
    }

    /// <summary>The token's index in the document.</summary>
    public int Index { get; }

    /// <summary>The document this token belongs to.</summary>
    public Document Document => _document;

    /// <summary>Start offset (UTF-16, inclusive).</summary>
    public int Start => _document.Tokens.Starts[Index];

    /// <summary>End offset (UTF-16, exclusive).</summary>
    public int End => _document.Tokens.Ends[Index];

    /// <summary>The token's characters, without allocating.</summary>
    public ReadOnlySpan<char> Span => _document.Text.AsSpan(Start, End - Start);

    /// <summary>The token's text as a new string.</summary>
    public string Text => _document.Text.Substring(Start, End - Start);

    /// <summary>Layout flags.</summary>
    public TokenFlags Flags => _document.Tokens.Flags[Index];

    /// <summary>Universal part-of-speech tag, or <see cref="UniversalPos.None"/> before tagging.</summary>
    public UniversalPos Upos => _document.Tokens.HasTags ? _document.Tokens.Upos[Index] : UniversalPos.None;

    /// <summary>Penn Treebank tag, or null before tagging.</summary>
    public string? Xpos => _document.Tokens.HasTags ? _document.Tokens.Xpos[Index] : null;

    /// <summary>Lemma, or null before lemmatization.</summary>
    public string? Lemma => _document.Tokens.HasLemmas ? _document.Tokens.Lemmas[Index] : null;

    /// <summary>Head token index, -1 for a root or before parsing.</summary>
    public int Head => _document.Tokens.HasDependencies ? _document.Tokens.Heads[Index] : -1;

    /// <summary>Dependency relation, or null before parsing.</summary>
    public string? Relation => _document.Tokens.HasDependencies ? _document.Tokens.Relations[Index] : null;

    /// <summary>True when whitespace (or the end of the text) follows the token.</summary>
    public bool SpaceAfter
    {
        get
        {
            var end = End;
            return end >= _document.Text.Length || char.IsWhiteSpace(_document.Text[end]);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
