namespace Readout.Nlp.Entities;

/// <summary>
/// What a gazetteer says about each token of a document: a few hashed marks per token ("starts a known person's name",
/// "inside a country name", "is a title"), read by the entity recognizer as features.
/// </summary>
/// <remarks>One instance per document; marks beyond <see cref="PerToken"/> on one token are dropped.</remarks>
public sealed class GazetteerMarks
{
    /// <summary>The most marks kept for one token.</summary>
    public const int PerToken = 8;

    private ulong[] _marks = [];
    private byte[] _counts = [];

    /// <summary>The number of tokens marked.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Clears every mark and sizes the table for <paramref name="tokenCount"/> tokens.</summary>
    public void Reset(int tokenCount)
    {
        if (_counts.Length < tokenCount)
        {
            _marks = new ulong[tokenCount * PerToken];
            _counts = new byte[tokenCount];
        }
        else
        {
            _counts.AsSpan(0, tokenCount).Clear();
        }

        TokenCount = tokenCount;
    }

    /// <summary>Adds <paramref name="mark"/> to token <paramref name="token"/> unless it is already there or the token is full.</summary>
    public void Add(int token, ulong mark)
    {
        var count = _counts[token];
        var marks = _marks.AsSpan(token * PerToken, count);
        if (count == PerToken || marks.Contains(mark))
        {
            return;
        }

        _marks[token * PerToken + count] = mark;
        _counts[token] = (byte)(count + 1);
    }

    /// <summary>The marks of token <paramref name="token"/>.</summary>
    public ReadOnlySpan<ulong> Of(int token) => _marks.AsSpan(token * PerToken, _counts[token]);
}
