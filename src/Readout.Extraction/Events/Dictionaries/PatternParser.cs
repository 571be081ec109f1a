using Readout.Extraction.Events.Patterns;

namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Parses the element notation of PETRARCH verb patterns and synsets: words (<c>CEASE_FIRE</c> for consecutive
/// words), synsets (<c>&amp;TREATY</c>), noun phrases (<c>{PEACE PLAN}</c>), prepositional phrases
/// (<c>(TO &amp;TREATY)</c>) and actor slots (<c>$ + ^ %</c>).
/// </summary>
internal static class PatternParser
{
    /// <summary>Splits <paramref name="text"/> into tokens; braces and parentheses are tokens of their own.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var isBracket = c is '{' or '}' or '(' or ')';
            if (char.IsWhiteSpace(c) || isBracket)
            {
                if (start >= 0)
                {
                    tokens.Add(text[start..i]);
                    start = -1;
                }

                if (isBracket)
                {
                    tokens.Add(c.ToString());
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    /// <summary>
    /// Parses <paramref name="tokens"/> from <paramref name="at"/> up to a closing bracket or the end. Returns null when
    /// the notation is broken or names a synset the lexicon does not define (PETRARCH skips such patterns).
    /// </summary>
    public static List<PatternElement>? ParseElements(List<string> tokens, ref int at, VerbLexicon lexicon, bool spacedWordsAreOnePhrase)
    {
        var elements = new List<PatternElement>();
        var pendingWords = new List<int>();
        while (at < tokens.Count)
        {
            var token = tokens[at];
            if (token is "}" or ")")
            {
                break;
            }

            at++;
            if (spacedWordsAreOnePhrase && IsWord(token))
            {
                foreach (var part in SplitWord(token))
                {
                    pendingWords.Add(lexicon.Words.Add(part));
                }

                continue;
            }

            Flush(elements, pendingWords);
            switch (token)
            {
                case "$":
                    elements.Add(PatternElement.Slot(ElementKind.Source));
                    break;
                case "+":
                    elements.Add(PatternElement.Slot(ElementKind.Target));
                    break;
                case "^":
                    elements.Add(PatternElement.Slot(ElementKind.Skip));
                    break;
                case "%":
                    elements.Add(PatternElement.Slot(ElementKind.Compound));
                    break;
                case "{":
                {
                    var items = ParseElements(tokens, ref at, lexicon, spacedWordsAreOnePhrase: false);
                    if (items is null || at >= tokens.Count || tokens[at] != "}" || items.Count == 0)
                    {
                        return null;
                    }

                    at++;
                    elements.Add(new PatternElement(ElementKind.NounPhrase, [], -1, [.. items]));
                    break;
                }

                case "(":
                {
                    if (at >= tokens.Count || !IsWord(tokens[at]))
                    {
                        return null;
                    }

                    var preposition = SplitWord(tokens[at]);
                    at++;
                    var items = ParseElements(tokens, ref at, lexicon, spacedWordsAreOnePhrase: false);
                    if (items is null || at >= tokens.Count || tokens[at] != ")")
                    {
                        return null;
                    }

                    at++;

                    // "(OUT OF …)": the first word is the preposition, the rest are words inside its phrase.
                    var inside = new List<PatternElement>();
                    if (preposition.Count > 1)
                    {
                        inside.Add(PatternElement.Word([.. preposition.Skip(1).Select(lexicon.Words.Add)]));
                    }

                    inside.AddRange(items);
                    elements.Add(new PatternElement(ElementKind.Preposition, [lexicon.Words.Add(preposition[0])], -1, [.. inside]));
                    break;
                }

                default:
                    if (token[0] == '&')
                    {
                        var synset = lexicon.FindSynset(token.TrimEnd('_'));
                        if (synset < 0)
                        {
                            synset = lexicon.FindSynset(token);
                        }

                        if (synset < 0)
                        {
                            return null;
                        }

                        elements.Add(new PatternElement(ElementKind.Synset, [], synset, []));
                    }
                    else if (IsWord(token))
                    {
                        elements.Add(PatternElement.Word([.. SplitWord(token).Select(lexicon.Words.Add)]));
                    }
                    else
                    {
                        return null;
                    }

                    break;
            }
        }

        Flush(elements, pendingWords);
        return elements;
    }

    /// <summary>The words of a dictionary token: underscores join consecutive words; trailing underscores only stop plurals.</summary>
    public static List<string> SplitWord(string token)
    {
        var parts = new List<string>();
        foreach (var part in token.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            parts.Add(part.ToUpperInvariant());
        }

        return parts;
    }

    private static bool IsWord(string token) =>
        token.Length > 0 && token[0] is not ('&' or '$' or '+' or '^' or '%' or '{' or '}' or '(' or ')' or '*' or '[');

    private static void Flush(List<PatternElement> elements, List<int> pendingWords)
    {
        if (pendingWords.Count > 0)
        {
            elements.Add(PatternElement.Word([.. pendingWords]));
            pendingWords.Clear();
        }
    }
}
