using System.Collections.Frozen;

namespace Readout.Nlp.Tokenization;

/// <summary>Prefixes that stay attached to the word after their hyphen ("re-elected", "anti-war"), as UD English keeps them.</summary>
internal static class HyphenPrefixes
{
    private static readonly FrozenSet<string> Prefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "re", "non", "pre", "post", "pro", "anti", "co", "mid", "semi", "multi", "cross", "ex", "pan", "mini", "micro",
        "macro", "inter", "intra", "sub", "super", "counter", "de", "un", "bi", "tri", "neo", "pseudo", "quasi", "ultra",
        "extra", "over", "under", "trans", "mis", "geo", "euro", "afro", "socio", "psycho", "bio", "eco", "cyber", "meta",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsPrefix(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
