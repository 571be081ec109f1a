namespace Readout.Extraction.Events.Dictionaries;

/// <summary>Regular English verb and noun inflections, as PETRARCH generates them for dictionary words.</summary>
internal static class VerbInflection
{
    /// <summary>The regular forms of <paramref name="verb"/> (upper case): base, -s, -ed, -ing, with doubled consonants where English doubles them.</summary>
    public static IEnumerable<string> RegularForms(string verb)
    {
        yield return verb;
        if (verb.Length < 2)
        {
            yield break;
        }

        var last = verb[^1];
        var beforeLast = verb[^2];
        var consonantY = last == 'Y' && !IsVowel(beforeLast);
        if (consonantY)
        {
            yield return verb[..^1] + "IES";
            yield return verb[..^1] + "IED";
            yield return verb + "ING";
            yield break;
        }

        yield return EndsWithSibilant(verb) || last == 'O' ? verb + "ES" : verb + "S";
        if (last == 'E')
        {
            yield return verb + "D";
            yield return verb.EndsWith("IE", StringComparison.Ordinal) ? verb[..^2] + "YING"
                : verb.EndsWith("EE", StringComparison.Ordinal) || verb.EndsWith("YE", StringComparison.Ordinal) || verb.EndsWith("OE", StringComparison.Ordinal) ? verb + "ING"
                : verb[..^1] + "ING";
            yield break;
        }

        yield return verb + "ED";
        yield return verb + "ING";
        if (DoublesFinalConsonant(verb))
        {
            yield return verb + last + "ED";
            yield return verb + last + "ING";
        }
    }

    /// <summary>The regular plural of a noun (upper case): -s, -es after sibilants, -ies after a consonant and y.</summary>
    public static string Plural(string noun)
    {
        if (noun.Length > 1 && noun[^1] == 'Y' && !IsVowel(noun[^2]))
        {
            return noun[..^1] + "IES";
        }

        return EndsWithSibilant(noun) ? noun + "ES" : noun + "S";
    }

    private static bool EndsWithSibilant(string word) =>
        word.EndsWith('S') || word.EndsWith('X') || word.EndsWith('Z') || word.EndsWith("SH", StringComparison.Ordinal) || word.EndsWith("CH", StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    // Consonant-vowel-consonant at the end of a short word: STOP → STOPPED, BAN → BANNED (not W, X, Y).
    private static bool DoublesFinalConsonant(string verb) =>
        verb.Length >= 3 && !IsVowel(verb[^1]) && verb[^1] is not ('W' or 'X' or 'Y') && IsVowel(verb[^2]) && !IsVowel(verb[^3]) && char.IsLetter(verb[^3]);
}
