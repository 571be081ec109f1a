using System.Globalization;
using System.Runtime.CompilerServices;

namespace Readout.Nlp.Tokenization;

/// <summary>Character classes for tokenization, with an ASCII fast path.</summary>
internal static class CharClass
{
    private const byte Space = 1;
    private const byte Letter = 2;
    private const byte Digit = 4;
    private const byte Upper = 8;

    private static readonly byte[] Ascii = BuildAscii();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c < 128 ? (Ascii[c] & Space) != 0 : IsSpaceSlow(c);

    /// <summary>Letters, digits, combining marks and the zero-width joiners used inside Persian and Indic words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(char c) => c < 128 ? (Ascii[c] & (Letter | Digit)) != 0 : IsWordSlow(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (Ascii[c] & Letter) != 0 : IsWordSlow(c) && !char.IsDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 128 ? (Ascii[c] & Upper) != 0 : char.IsUpper(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < 128 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    /// <summary>Apostrophes: straight, right single quotation mark, modifier letter apostrophe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Marks that open a quotation or a bracket and are split off the front of a word.</summary>
    public static bool IsOpening(char c) =>
        c is '"' or '\'' or '(' or '[' or '{' or '<' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '\u201E' or '\u201A' or '`' or '\u00BF' or '\u00A1';

    /// <summary>Hyphen-like characters that join words ("-", non-breaking hyphen, hyphen).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Dashes that never join words (en dash, em dash, horizontal bar, minus).</summary>
    public static bool IsDash(char c) => c is '\u2013' or '\u2014' or '\u2015' or '\u2212';

    private static bool IsSpaceSlow(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static bool IsWordSlow(char c)
    {
        if (char.IsLetterOrDigit(c) || c is '\u200C' or '\u200D')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                table[c] |= Space;
            }

            if (c is >= 'a' and <= 'z')
            {
                table[c] |= Letter;
            }

            if (c is >= 'A' and <= 'Z')
            {
                table[c] |= Letter | Upper;
            }

            if (c is >= '0' and <= '9')
            {
                table[c] |= Digit;
            }
        }

        return table;
    }
}
