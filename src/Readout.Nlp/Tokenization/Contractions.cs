using System.Collections.Frozen;

namespace Readout.Nlp.Tokenization;

/// <summary>Where English clitics split from their host, the way Universal Dependencies tokenizes them.</summary>
internal static class Contractions
{
    // Contractions written without an apostrophe: the split point counted from the start of the word.
    private static readonly FrozenDictionary<string, int> Unmarked = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3, ["outta"] = 3,
        ["dont"] = 2, ["didnt"] = 3, ["doesnt"] = 4, ["isnt"] = 2, ["arent"] = 3, ["wasnt"] = 3, ["werent"] = 4,
        ["cant"] = 2, ["wont"] = 2, ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6, ["havent"] = 4, ["hasnt"] = 3,
        ["hadnt"] = 3, ["aint"] = 2, ["im"] = 1, ["ive"] = 1, ["youre"] = 3, ["theyre"] = 4, ["thats"] = 4, ["whats"] = 4,
        ["theres"] = 5, ["youve"] = 3, ["theyve"] = 4, ["itll"] = 2, ["youll"] = 3, ["theyll"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnmarkedLookup =
        Unmarked.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The offset (from the word's start) at which a clitic begins, or -1 when the word has none:
    /// "don't" → 2 ("do" + "n't"), "Iran's" → 4, "cannot" → 3.
    /// </summary>
    public static int SplitPoint(ReadOnlySpan<char> word)
    {
        var apostrophe = word.LastIndexOfAny('\'', '\u2019', '\u02BC');
        if (apostrophe > 0)
        {
            var suffix = word[(apostrophe + 1)..];
            if (IsClitic(suffix))
            {
                return apostrophe;
            }

            // n't: the n belongs to the clitic ("do" + "n't", "ca" + "n't").
            if (suffix.Length == 1 && (suffix[0] | 0x20) == 't' && apostrophe >= 2 && (word[apostrophe - 1] | 0x20) == 'n')
            {
                return apostrophe - 1;
            }

            return -1;
        }

        return word.Length <= 6 && UnmarkedLookup.TryGetValue(word, out var split) ? split : -1;
    }

    /// <summary>True for the clitic suffixes that follow an apostrophe: s, re, ve, ll, d, m (any case).</summary>
    public static bool IsClitic(ReadOnlySpan<char> suffix)
    {
        switch (suffix.Length)
        {
            case 1:
                var c = (char)(suffix[0] | 0x20);
                return c is 's' or 'd' or 'm';
            case 2:
                var a = (char)(suffix[0] | 0x20);
                var b = (char)(suffix[1] | 0x20);
                return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
            default:
                return false;
        }
    }
}
