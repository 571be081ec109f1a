namespace Readout.Knowledge.Index;

/// <summary>Folds a Latin letter to its lower-case ASCII base ("É" → "e", "ß" → "ss"), for alias keys.</summary>
/// <remarks>
/// A table rather than Unicode decomposition: the project runs with invariant globalization, where
/// <see cref="string.Normalize()"/> does not decompose, and a table is allocation-free on the matching path.
/// </remarks>
internal static class CharFolding
{
    // U+00C0..U+024F (Latin-1 Supplement letters, Latin Extended-A and -B): one base letter per code point.
    private const string LatinExtended =
        "aaaaaa\u00E6ceeeeiiiidnooooo\u00D7ouuuuy\u00FE\u00DFaaaaaa\u00E6ceeeeiiiidnooooo\u00F7ouuuuy\u00FEyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\u0133\u0133jjkk\u0138llllllllllnnnnnn\u0149nnoooooo\u0153\u0153rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsbb\u0183\u0183\u0185\u0185occdd\u018C\u018C\u018Deeeffg\u0263\u0195iikkl\u019B\u026Fnnooo\u01A3\u01A3pp\u0280\u01A8\u01A8\u0283\u01AAttttuu\u028A\u028Byyzz\u0292\u01B9\u01B9\u01BA\u01BB\u01BD\u01BD\u01BE\u01BF\u01C0\u01C1\u01C2\u01C3\u01C6\u01C6\u01C6\u01C9\u01C9\u01C9\u01CC\u01CC\u01CCaaiioouuuuuuuuuueaaaa\u01E3\u01E3ggggkkoooo\u01EF\u01EFj\u01F3\u01F3\u01F3gg\u0195\u01BFnnaa\u01FD\u01FDooaaaaeeeeiiiioooorrrruuuusstt\u021D\u021Dhh\u019E\u0221\u0223\u0223zzaaeeooooooooyylnt\u0237\u0238\u0239accl\u2C66sz\u0242\u0242bu\u028Ceejj\u024B\u024Brryy";

    // U+1E00..U+1EFF (Latin Extended Additional: Vietnamese, transliterations).
    private const string LatinAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\u1E9As\u1E9C\u1E9D\u00DF\u1E9Faaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\u1EFB\u1EFB\u1EFD\u1EFD\u1EFF\u1EFF";

    /// <summary>Writes the folded, lower-case form of <paramref name="c"/>; returns how many characters were written (0 to 2).</summary>
    /// <remarks>Combining marks fold to nothing; characters outside the Latin ranges are lower-cased as they are.</remarks>
    public static int Fold(char c, Span<char> destination)
    {
        if (c < 0x80)
        {
            destination[0] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            return 1;
        }

        switch (c)
        {
            case 'ß':
                return Write('s', 's', destination);
            case 'æ' or 'Æ' or 'ǣ' or 'Ǣ' or 'ǽ' or 'Ǽ':
                return Write('a', 'e', destination);
            case 'œ' or 'Œ':
                return Write('o', 'e', destination);
            case 'þ' or 'Þ':
                return Write('t', 'h', destination);
            case 'ĳ' or 'Ĳ':
                return Write('i', 'j', destination);
        }

        if (IsCombiningMark(c))
        {
            return 0;
        }

        destination[0] = c switch
        {
            >= '\u00C0' and <= '\u024F' => LatinExtended[c - 0xC0],
            >= '\u1E00' and <= '\u1EFF' => LatinAdditional[c - 0x1E00],
            _ => char.ToLowerInvariant(c),
        };
        return 1;
    }

    /// <summary>True for combining diacritics (Latin, and Arabic and Hebrew vowel points).</summary>
    public static bool IsCombiningMark(char c) =>
        c is (>= '\u0300' and <= '\u036F') or (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u0591' and <= '\u05C7');

    private static int Write(char first, char second, Span<char> destination)
    {
        destination[0] = first;
        destination[1] = second;
        return 2;
    }
}
