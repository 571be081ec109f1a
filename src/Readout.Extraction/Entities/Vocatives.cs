using System.Collections.Frozen;
using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Nlp.Entities;

namespace Readout.Extraction.Entities;

/// <summary>
/// Which person mentions address someone rather than speak of them: the parser's <c>vocative</c>, a name opening a
/// sentence before a comma when the sentence's verb has another subject or none ("Mr. Chief Justice, and may it please
/// the Court: …", "Kendra, just let it go"), or a name closing a sentence after a comma in speech to someone ("Thank
/// you, Mr. Smith.", "Are you ready, Ann?"). The person addressed is the listener: the he and she said to them are
/// somebody else.
/// </summary>
internal static class Vocatives
{
    // Titles a speaker addresses someone with ("…, Mr. Smith."), unlike the office titles news sets beside a name ("the party's leader, Ann Berg").
    private static readonly FrozenSet<string> AddressTitles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "sir", "dame", "justice");

    // Words that make a sentence speech to someone: "you" and thanks ("your" also comes in an apposition: "your chairman, Bill Green").
    private static readonly FrozenSet<string> AddressWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "you", "yourself", "yourselves", "thank", "thanks");

    private static readonly FrozenSet<string> ThirdPersonSubjects = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she", "they");

    /// <summary>Marks the person mentions of <paramref name="drafts"/> that address someone.</summary>
    /// <param name="document">The document, tagged and parsed when it can be (without a parse only the closing address is found).</param>
    /// <param name="drafts">Its mentions, heads set.</param>
    /// <param name="personWords">Per token, whether it is a title or a noun for a person ("chairman", "wife").</param>
    public static void Mark(Document document, List<MentionDraft> drafts, bool[] personWords)
    {
        if (document.Sentences.Count == 0)
        {
            return;
        }

        // Where mentions end: a name after a comma and another mention is an apposition or the next of a list.
        var ends = new MentionEnd[document.Tokens.Count];
        foreach (var draft in drafts)
        {
            if (draft.Kind != MentionKind.Pronoun)
            {
                ends[draft.End - 1] |= IsPerson(draft) ? MentionEnd.Person | MentionEnd.Any : MentionEnd.Any;
            }
        }

        foreach (var draft in drafts)
        {
            draft.IsVocative = IsPerson(draft) && Addresses(document, draft, ends, personWords);
        }
    }

    private static bool IsPerson(MentionDraft draft) =>
        draft.Kind != MentionKind.Pronoun && draft.GroupSize == 0 && (draft.Type == EntityTypes.Person || (draft.Type is null && draft.Title is not null));

    private static bool Addresses(Document document, MentionDraft mention, MentionEnd[] ends, bool[] personWords)
    {
        var tokens = document.Tokens;
        var comma = mention.First - 1;
        var afterComma = comma > 0 && Is(document, comma, ",");

        // After a comma and a person's mention or title, a name is an apposition or the next of a list: "the mayor,
        // John Smith", "your distinguished chairman, Bill Green", "Austen, Jane".
        if (afterComma && (personWords[comma - 1] || (ends[comma - 1] & MentionEnd.Person) != 0))
        {
            return false;
        }

        var index = document.Sentences.IndexOfToken(mention.First);
        if (index < 0 || TakenUp(document, mention, document.Sentences[index]))
        {
            return false;
        }

        if (tokens.HasDependencies && tokens.Relations[mention.Head] == "vocative")
        {
            return true;
        }

        // "I would like to congratulate you, Mr. President, on …": a name set off after "you" is who "you" is.
        if (afterComma && Is(document, comma - 1, "you"))
        {
            return true;
        }

        // "My dear Mr. Bennet, have you heard …": "dear" before a name set off by a comma calls on that person.
        if (Is(document, mention.First - 1, "dear") && (Is(document, mention.End, ",") || Is(document, mention.End, "!")))
        {
            return true;
        }

        var sentence = document.Sentences[index];
        return Opening(document, mention, sentence) || (afterComma && Closing(document, mention, sentence, ends));
    }

    /// <summary>"Mr. Chief Justice, and may it please the Court": a name before a comma at the sentence's start that is not the subject of its verb.</summary>
    private static bool Opening(Document document, MentionDraft mention, Span sentence)
    {
        var tokens = document.Tokens;
        if (!tokens.HasDependencies || !tokens.HasTags || mention.End >= sentence.EndToken || !Is(document, mention.End, ","))
        {
            return false;
        }

        // Only an interjection, a conjunction or an adverb may come before it: "Well, Mr. Kim, …", "And, Steven, …".
        for (var k = sentence.FirstToken; k < mention.First; k++)
        {
            if (tokens.Upos[k] is not (UniversalPos.INTJ or UniversalPos.CCONJ or UniversalPos.ADV or UniversalPos.PUNCT))
            {
                return false;
            }
        }

        // The rest is a clause of its own: one opening with an imperative or an auxiliary ("Kendra, just let it go",
        // "General, is this a waiver?": a subject the parser saw there would not come before its verb with a comma
        // between), or a main verb whose subject comes before any other comma ("Madam Speaker, the Congress has not
        // failed"). A caption has neither ("Emperor Norton, in full military regalia, circa 1880"), nor an opening
        // subject the parser missed ("Nick Bos, of Helsinki, studies …").
        var start = mention.End + 1;
        while (start < sentence.EndToken && tokens.Upos[start] is UniversalPos.CCONJ or UniversalPos.ADV or UniversalPos.INTJ)
        {
            start++;
        }

        if (start < sentence.EndToken && (tokens.Upos[start] == UniversalPos.AUX || (tokens.Upos[start] == UniversalPos.VERB && tokens.Xpos[start] == "VB")))
        {
            return true;
        }

        if (IsSubject(tokens, mention.Head))
        {
            return false;
        }

        for (var k = start; k < sentence.EndToken; k++)
        {
            if (IsSubject(tokens, k) && IsMainPredicate(tokens, tokens.Heads[k]))
            {
                return true;
            }

            // Another phrase set off first makes the name one of a list or the holder of an apposition: "Thomas Sam, 42, and his wife … are".
            if (Is(document, k, ","))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Josh Kindig, he's coming on board": a name before a comma that the next subject, a he, she or they, takes up again is the topic, not the one spoken to.</summary>
    private static bool TakenUp(Document document, MentionDraft mention, Span sentence)
    {
        var tokens = document.Tokens;
        if (!tokens.HasDependencies || !Is(document, mention.End, ","))
        {
            return false;
        }

        for (var k = mention.End + 1; k < sentence.EndToken; k++)
        {
            if (IsSubject(tokens, k))
            {
                return ThirdPersonSubjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Text(document, k));
            }
        }

        return false;
    }

    /// <summary>"Thank you, Mr. Smith.": a name after a comma at the sentence's end, addressed with a title or in speech to someone.</summary>
    private static bool Closing(Document document, MentionDraft mention, Span sentence, MentionEnd[] ends)
    {
        // "… at Harrow, John Claridge.", "… the WB series, Supernatural.": after any other name, a list or an apposition.
        var comma = mention.First - 1;
        if (comma <= sentence.FirstToken || ends[comma - 1] != MentionEnd.None)
        {
            return false;
        }

        // Only the sentence's closing punctuation may follow; a question or an exclamation speaks to them ("Ready, Ann?").
        var asks = false;
        for (var k = mention.End; k < sentence.EndToken; k++)
        {
            if (!IsPunctuation(document, k))
            {
                return false;
            }

            asks |= Text(document, k) is "?" or "!";
        }

        if (asks || AddressTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Text(document, mention.First)))
        {
            return true;
        }

        var words = AddressWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = sentence.FirstToken; k < mention.First; k++)
        {
            if (words.Contains(Text(document, k)))
            {
                return true;
            }
        }

        return false;
    }

    [Flags]
    private enum MentionEnd : byte
    {
        None = 0,
        Any = 1,
        Person = 2,
    }

    private static bool IsSubject(TokenTable tokens, int token) =>
        tokens.Relations[token] is { } relation && (relation.StartsWith("nsubj", StringComparison.Ordinal) || relation.StartsWith("csubj", StringComparison.Ordinal) || relation == "expl");

    /// <summary>The sentence's root, or a clause joined to it ("and may it please the Court").</summary>
    private static bool IsMainPredicate(TokenTable tokens, int token) =>
        token >= 0 && (tokens.Heads[token] < 0 || tokens.Relations[token] is "conj" or "parataxis" && tokens.Heads[tokens.Heads[token]] < 0);

    private static bool IsPunctuation(Document document, int token)
    {
        foreach (var c in Text(document, token))
        {
            if (!char.IsPunctuation(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Is(Document document, int token, string word) =>
        token >= 0 && token < document.Tokens.Count && Text(document, token).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Text(Document document, int token) =>
        document.Text.AsSpan(document.Tokens.Starts[token], document.Tokens.Ends[token] - document.Tokens.Starts[token]);
}
