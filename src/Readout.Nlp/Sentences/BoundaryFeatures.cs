using System.Runtime.CompilerServices;
using Readout.Core.Documents;
using Readout.Nlp.Tokenization;

namespace Readout.Nlp.Sentences;

/// <summary>Hashed features of a candidate sentence boundary after a token, for <see cref="SentenceBoundaryModel"/>.</summary>
internal static class BoundaryFeatures
{
    /// <summary>The most features one boundary has.</summary>
    public const int Count = 18;

    private const uint Mask = (1u << SentenceBoundaryModel.Bits) - 1;

    /// <summary>Fills <paramref name="features"/> for the boundary after token <paramref name="i"/>; returns how many.</summary>
    public static int Extract(Document document, int i, byte ruleMark, Span<int> features)
    {
        var tokens = document.Tokens;
        var word = Word(document, i);
        var next = i + 1 < tokens.Count ? Word(document, i + 1) : "<end>";
        var previous = i > 0 ? Word(document, i - 1) : "<start>";
        var afterNext = i + 2 < tokens.Count ? Word(document, i + 2) : "<end>";
        var wordShape = Shape(word);
        var nextShape = Shape(next);
        var previousShape = Shape(previous);
        var afterNextShape = Shape(afterNext);
        var rule = ruleMark == SentenceBoundaryRules.Punctuation ? 1u : 0u;
        var lineStart = i + 1 < tokens.Count && (tokens.Flags[i + 1] & TokenFlags.LineStart) != 0 ? 1u : 0u;
        var touching = i + 1 < tokens.Count && tokens.Starts[i + 1] == tokens.Ends[i] ? 1u : 0u;
        var terminal = SentenceBoundaryRules.EndsSentenceMark(document, i) ? 1u : 0u;

        var n = 0;
        features[n++] = Index(Hash(1));
        features[n++] = Index(Hash(2, rule));
        features[n++] = Index(Lower(3, word));
        features[n++] = Index(Lower(4, next));
        features[n++] = Index(Lower(5, previous));
        features[n++] = Index(Hash(6, wordShape));
        features[n++] = Index(Hash(7, nextShape));
        features[n++] = Index(Hash(8, previousShape));
        features[n++] = Index(Hash(9, afterNextShape));
        features[n++] = Index(Hash(10, rule, nextShape));
        features[n++] = Index(Combine(Lower(11, word), nextShape));
        features[n++] = Index(Combine(Lower(12, next), wordShape));
        features[n++] = Index(Hash(13, lineStart, rule));
        features[n++] = Index(Hash(14, terminal, nextShape));
        features[n++] = Index(Combine(Hash(15, previousShape, wordShape), nextShape));
        features[n++] = Index(Hash(16, touching, terminal));
        features[n++] = Index(Combine(Lower(17, next), afterNextShape));
        features[n++] = Index(Combine(Lower(18, word), rule));
        return n;
    }

    private static ReadOnlySpan<char> Word(Document document, int i) =>
        document.Text.AsSpan(document.Tokens.Starts[i], Math.Min(24, document.Tokens.Ends[i] - document.Tokens.Starts[i]));

    /// <summary>A word's shape hashed: X for capitals, x for lower case, d for digits, others as themselves; runs collapsed.</summary>
    private static uint Shape(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        var last = '\0';
        var length = 0;
        foreach (var c in word)
        {
            var shape = CharClass.IsUpper(c) ? 'X' : CharClass.IsLower(c) ? 'x' : CharClass.IsDigit(c) ? 'd' : CharClass.IsWord(c) ? 'w' : c;
            if (shape == last)
            {
                continue;
            }

            hash = (hash ^ shape) * 16777619u;
            last = shape;
            if (++length == 6)
            {
                break;
            }
        }

        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Lower(uint template, ReadOnlySpan<char> word)
    {
        var hash = (2166136261u ^ template) * 16777619u;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 16777619u;
        }

        return hash;
    }

    private static uint Hash(uint template, uint a = 0, uint b = 0) => Combine(Combine((2166136261u ^ template) * 16777619u, a), b);

    private static uint Combine(uint hash, uint value) => (hash ^ value) * 16777619u ^ (value >> 15);

    private static int Index(uint hash) => (int)((hash ^ (hash >> 18)) & Mask);
}
