using Readout.Nlp.Learning;

namespace Readout.Nlp.Parsing;

/// <summary>The hashed attributes of one word that parser features are built from.</summary>
internal readonly record struct ParserWord(ulong Word, ulong Tag, ulong Coarse)
{
    /// <summary>The artificial root at the end of the buffer.</summary>
    public static readonly ParserWord Root = new(FeatureHash.OfValue(-101), FeatureHash.OfValue(-101), FeatureHash.OfValue(-101));

    /// <summary>An empty position (past the root, below the stack, a missing child).</summary>
    public static readonly ParserWord None = new(FeatureHash.OfValue(-102), FeatureHash.OfValue(-102), FeatureHash.OfValue(-102));

    /// <summary>Hashes a word from its text, Penn tag and UPOS.</summary>
    public static ParserWord Of(ReadOnlySpan<char> text, ReadOnlySpan<char> xpos, int upos)
    {
        Span<char> lower = stackalloc char[Math.Min(text.Length, 64)];
        for (var i = 0; i < lower.Length; i++)
        {
            var c = text[i];
            lower[i] = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
        }

        return new ParserWord(FeatureHash.Of(lower), FeatureHash.Of(xpos), FeatureHash.OfValue(upos));
    }
}
