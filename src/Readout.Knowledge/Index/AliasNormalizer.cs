using Readout.Core.Documents;
using Readout.Nlp.Tokenization;

namespace Readout.Knowledge.Index;

/// <summary>
/// Turns names, queries and document tokens into alias keys: lower case, diacritics folded, punctuation inside a word
/// dropped, tokens joined by one space ("the U.S." → "us", "Bashar al-Assad" → "bashar al assad", "Côte d'Ivoire" →
/// "cote divoire").
/// </summary>
/// <remarks>
/// Phrases are split by <see cref="RuleTokenizer"/>, the tokenizer whose tokens the matcher reads, so a key built from an
/// alias and a key read from a document agree token for token. Pure functions; thread-safe.
/// </remarks>
public static class AliasNormalizer
{
    /// <summary>The longest token (in characters) that is normalised; longer tokens never match.</summary>
    public const int MaxTokenLength = 64;

    /// <summary>
    /// Writes the normalised form of one token: folded lower-case letters and digits only ("U.S." → "us",
    /// "N'Djamena" → "ndjamena", "&amp;" → "and"). Returns the length written (0 for punctuation), or -1 when the
    /// token is longer than <see cref="MaxTokenLength"/>.
    /// </summary>
    /// <param name="token">The token's characters.</param>
    /// <param name="destination">At least <c>2 × MaxTokenLength</c> characters.</param>
    public static int NormalizeToken(ReadOnlySpan<char> token, Span<char> destination)
    {
        if (token.Length > MaxTokenLength)
        {
            return -1;
        }

        if (token is "&")
        {
            "and".CopyTo(destination);
            return 3;
        }

        var length = 0;
        foreach (var c in token)
        {
            if (c < 0x80)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    destination[length++] = c;
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    destination[length++] = (char)(c | 0x20);
                }

                continue;
            }

            if (char.IsLetterOrDigit(c) || CharFolding.IsCombiningMark(c))
            {
                length += CharFolding.Fold(c, destination[length..]);
            }
        }

        return length;
    }

    /// <summary>
    /// True for a punctuation token a name may contain between its words: hyphens, dashes, periods, apostrophes and
    /// slashes ("al - Assad", "Guinea - Bissau"). Commas, brackets and quotes end a name.
    /// </summary>
    public static bool IsTransparent(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (c is not ('-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '.' or '\'' or '\u2019' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The alias key of a phrase: its normalised tokens joined by one space, without a leading "the".</summary>
    public static string Normalize(string text) => string.Join(' ', Tokens(text, dropPossessives: false, dropLeadingArticle: true));

    /// <summary>The normalised tokens of a phrase; punctuation tokens are dropped.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="dropPossessives">Drop possessive clitics ("Iran 's" → "iran").</param>
    /// <param name="dropLeadingArticle">Drop a leading "the" (and, for queries, "a" and "an").</param>
    public static List<string> Tokens(string text, bool dropPossessives, bool dropLeadingArticle)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new Document(text);
        RuleTokenizer.Tokenize(text, document.Tokens);
        var tokens = new List<string>(document.Tokens.Count);
        Span<char> buffer = stackalloc char[2 * MaxTokenLength];
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            var token = document.TokenAt(i);
            if (dropPossessives && IsPossessive(token))
            {
                continue;
            }

            var length = NormalizeToken(token.Span, buffer);
            if (length > 0)
            {
                tokens.Add(new string(buffer[..length]));
            }
        }

        if (dropLeadingArticle && tokens.Count > 1 && tokens[0] is "the")
        {
            tokens.RemoveAt(0);
        }

        return tokens;
    }

    /// <summary>Drops a leading article from query tokens ("the", "a", "an").</summary>
    internal static void DropLeadingArticles(List<string> tokens)
    {
        while (tokens.Count > 1 && tokens[0] is "the" or "a" or "an")
        {
            tokens.RemoveAt(0);
        }
    }

    private static bool IsPossessive(Token token)
    {
        var text = token.Span;
        return (token.Flags & TokenFlags.JoinedToPrevious) != 0
            && text.Length is 1 or 2
            && text[0] is '\'' or '\u2019'
            && (text.Length == 1 || text[1] is 's' or 'S');
    }
}
