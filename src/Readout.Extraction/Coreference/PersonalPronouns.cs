namespace Readout.Extraction.Coreference;

/// <summary>Which of the speaker's own pronouns a word is: it names the speaker, their group or the one spoken to.</summary>
internal enum PronounPerson
{
    None,
    FirstSingular,
    FirstPlural,
    Second,
}

/// <summary>The first- and second-person pronouns, for the narrator's referents and a quotation's speaker.</summary>
internal static class PersonalPronouns
{
    /// <summary>"I", "me", "my", "mine", "myself"; "we", "us", "our" … ("US" is the country); "you", "your" ….</summary>
    public static PronounPerson Of(ReadOnlySpan<char> word)
    {
        if (word.Length > 10)
        {
            return PronounPerson.None;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lower switch
        {
            "i" when word is "I" => PronounPerson.FirstSingular,
            "me" or "my" or "myself" or "mine" => PronounPerson.FirstSingular,
            "we" or "our" or "ours" or "ourselves" => PronounPerson.FirstPlural,
            "us" when word is "us" => PronounPerson.FirstPlural,
            "you" or "your" or "yours" or "yourself" or "yourselves" => PronounPerson.Second,
            _ => PronounPerson.None,
        };
    }
}
