using System.Collections.Frozen;

namespace Readout.Knowledge.Index;

/// <summary>Lower-case words that names contain without a capital ("Bosnia and Herzegovina", "Bashar al-Assad").</summary>
internal static class NameParticles
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "of", "the", "and", "for", "on", "in", "at", "to", "de", "del", "della", "der", "den", "des", "di", "da", "do", "dos",
        "das", "du", "la", "le", "les", "el", "al", "ul", "ud", "bin", "ibn", "bint", "van", "von", "y", "e", "et", "und",
        "wa", "wal", "s", "d", "l",
    ]);

    /// <summary>The length of the longest particle.</summary>
    public const int LongestWord = 5;

    public static bool Contains(string word) => Words.Contains(word);
}
