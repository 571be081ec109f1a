using System.Runtime.CompilerServices;

namespace Readout.Nlp.Learning;

/// <summary>The normalised form and the shape of a word, as the tagger's and the entity recognizer's features see them.</summary>
/// <remarks>Both shipped models were trained on these exact hashes: a change here needs both retrained.</remarks>
internal static class WordForm
{
    /// <summary>Writes <paramref name="text"/> lower-cased with ASCII digits folded to 0, cut to <paramref name="output"/>'s length; returns the length written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Normalize(ReadOnlySpan<char> text, Span<char> output)
    {
        var length = Math.Min(text.Length, output.Length);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            output[i] = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
        }

        return length;
    }

    /// <summary>
    /// The hashed shape: "Tehran" → Xx, "U.S." → X.X., "1,250" → d,d, "al-Assad" → x-Xx (character classes with runs
    /// collapsed, over the first 32 characters), combined with the length up to 6.
    /// </summary>
    public static ulong ShapeOf(ReadOnlySpan<char> text)
    {
        ulong hash = 0xCBF29CE484222325;
        var previous = '\0';
        var length = Math.Min(text.Length, 32);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            var shape = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if (shape != previous)
            {
                hash = (hash ^ shape) * 0x100000001B3;
                previous = shape;
            }
        }

        return FeatureHash.Combine(hash, (ulong)Math.Min(text.Length, 6));
    }
}
