using System.Runtime.CompilerServices;

namespace Readout.Nlp.Learning;

/// <summary>
/// Stable 64-bit hashes for sparse features: token text, template numbers and their combinations.
/// </summary>
/// <remarks>
/// The values never depend on the process or platform (unlike <see cref="string.GetHashCode()"/>), so a feature hashed
/// at training time finds its weights in a model loaded years later. Collisions at 64 bits are negligible.
/// </remarks>
public static class FeatureHash
{
    private const ulong FnvOffset = 0xCBF29CE484222325;
    private const ulong FnvPrime = 0x100000001B3;
    private const ulong Golden = 0x9E3779B97F4A7C15;

    /// <summary>The hash of <paramref name="text"/>, case-sensitive.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Mix(hash);
    }

    /// <summary>The hash of <paramref name="text"/> lower-cased (invariant culture), without allocating.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
        }

        return Mix(hash);
    }

    /// <summary>The hash of a small integer value (a tag, a label, a distance) in a namespace of its own.</summary>
    public static ulong OfValue(int value) => Mix(Golden * (ulong)(value + 1) ^ 0x5555);

    /// <summary>Combines two hashes; order matters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong first, ulong second) => Mix(first * Golden + second);

    /// <summary>A feature of template <paramref name="template"/> with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong value) => Combine((ulong)template * 0xD6E8FEB86659FD93, value);

    /// <summary>A feature of template <paramref name="template"/> with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong first, ulong second) => Combine(Feature(template, first), second);

    /// <summary>A feature of template <paramref name="template"/> with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong first, ulong second, ulong third) =>
        Combine(Combine(Feature(template, first), second), third);

    // The splitmix64 finaliser: every input bit affects every output bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
