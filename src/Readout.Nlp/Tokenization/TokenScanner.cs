using Readout.Core.Documents;

namespace Readout.Nlp.Tokenization;

/// <summary>One pass of the rule tokenizer over a text. Allocation-free apart from the token table's growth.</summary>
internal struct TokenScanner
{
    private readonly string _text;
    private readonly TokenTable _tokens;
    private TokenFlags _pending;
    private bool _openSingleQuote;

    public TokenScanner(string text, TokenTable tokens)
    {
        _text = text;
        _tokens = tokens;
        _pending = TokenFlags.LineStart | TokenFlags.ParagraphStart;
        _openSingleQuote = false;
    }

    public void Run()
    {
        var text = _text;
        var i = 0;
        while (i < text.Length)
        {
            if (CharClass.IsSpace(text[i]))
            {
                i = SkipSpace(i);
                continue;
            }

            var end = i + 1;
            while (end < text.Length && !CharClass.IsSpace(text[end]))
            {
                end++;
            }

            Chunk(i, end);
            i = end;
        }
    }

    private int SkipSpace(int i)
    {
        var text = _text;
        var newlines = 0;
        while (i < text.Length && CharClass.IsSpace(text[i]))
        {
            var c = text[i];
            if (c == '\n')
            {
                newlines++;
            }
            else if (c == '\r')
            {
                newlines++;
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\u2029')
            {
                newlines += 2;
            }
            else if (c is '\u2028' or '\u000B' or '\u000C' or '\u0085')
            {
                newlines++;
            }

            i++;
        }

        if (newlines >= 2)
        {
            _pending |= TokenFlags.ParagraphStart | TokenFlags.LineStart;
            _openSingleQuote = false;
        }
        else if (newlines == 1)
        {
            _pending |= TokenFlags.LineStart;
        }

        return i;
    }

    private void Emit(int start, int end, TokenFlags flags = TokenFlags.None)
    {
        _tokens.Add(start, end, _pending | flags);
        _pending = TokenFlags.None;
    }

    /// <summary>Splits one whitespace-free chunk into tokens.</summary>
    private void Chunk(int start, int end)
    {
        var p = start;
        while (p < end)
        {
            if (IsWebStart(p, end, start, out var webEnd))
            {
                Emit(p, webEnd, TokenFlags.WebLike);
                p = webEnd;
                continue;
            }

            p = CharClass.IsWord(_text[p]) ? Word(p, end) : NonWord(p, start, end);
        }
    }

    private bool IsWebStart(int p, int end, int chunkStart, out int webEnd)
    {
        var text = _text;
        webEnd = p;
        var rest = text.AsSpan(p, end - p);
        var c = text[p];
        if (c is 'h' or 'H' or 'f' or 'w' or 'W')
        {
            if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
                || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 5))
            {
                webEnd = TrimWebEnd(p, end);
                return webEnd > p;
            }

            return false;
        }

        // @handle and #hashtag only at the start of a chunk or after an opening mark.
        if ((c == '@' || c == '#') && p + 1 < end && (p == chunkStart || CharClass.IsOpening(text[p - 1])))
        {
            var q = p + 1;
            while (q < end && (CharClass.IsWord(text[q]) || text[q] == '_'))
            {
                q++;
            }

            if (q > p + 1 && (c == '@' || CharClass.IsLetter(text[p + 1])))
            {
                webEnd = q;
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of a URL or e-mail address: the chunk end without trailing punctuation or an unbalanced bracket.</summary>
    private int TrimWebEnd(int start, int end)
    {
        var text = _text;
        var q = end;
        while (q > start)
        {
            var c = text[q - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '>')
            {
                q--;
            }
            else if (c is ')' or ']')
            {
                var open = c == ')' ? '(' : '[';
                if (text.AsSpan(start, q - start).Count(open) < text.AsSpan(start, q - start).Count(c))
                {
                    q--;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return q;
    }

    /// <summary>Scans a word from <paramref name="p"/>, emits it (with clitics split) and returns where scanning resumes.</summary>
    private int Word(int p, int end)
    {
        var text = _text;
        var q = p;
        var segmentStart = p;
        var internalPeriods = false;
        var longestSegment = 0;
        var lettersOnly = true;
        while (q < end)
        {
            var c = text[q];
            if (CharClass.IsWord(c))
            {
                if (lettersOnly && CharClass.IsDigit(c))
                {
                    lettersOnly = false;
                }

                q++;
                continue;
            }

            var next = q + 1 < end ? text[q + 1] : '\0';
            var previous = text[q - 1];
            if (CharClass.IsApostrophe(c) && CharClass.IsLetter(next))
            {
                q++;
                continue;
            }

            if (c == '.' && CharClass.IsWord(next) && !internalPeriods && IsRunOnSentence(segmentStart, q, end))
            {
                break;
            }

            if (c == '.' && CharClass.IsWord(next))
            {
                longestSegment = Math.Max(longestSegment, q - segmentStart);
                segmentStart = q + 1;
                internalPeriods = true;
                q++;
                continue;
            }

            if (c == '@' && CharClass.IsWord(next) && IsEmailDomain(q + 1, end))
            {
                var emailEnd = TrimWebEnd(p, end);
                Emit(p, emailEnd, TokenFlags.WebLike);
                return emailEnd;
            }

            if (CharClass.IsDigit(previous) && CharClass.IsDigit(next) && (c is ':' or '/' || (c == ',' && IsThousands(q + 1, end))))
            {
                lettersOnly = false;
                q++;
                continue;
            }

            if (c == '&' && CharClass.IsUpper(previous) && CharClass.IsUpper(next))
            {
                q++;
                continue;
            }

            if (c == '_' && CharClass.IsWord(next))
            {
                q++;
                continue;
            }

            if (CharClass.IsHyphen(c) && CharClass.IsWord(next) && KeepsHyphen(segmentStart, q, p))
            {
                segmentStart = q + 1;
                q++;
                continue;
            }

            break;
        }

        longestSegment = Math.Max(longestSegment, q - segmentStart);

        // A period after the word: part of an abbreviation or initial, or punctuation of its own.
        if (q < end && text[q] == '.' && (q + 1 == end || text[q + 1] != '.'))
        {
            var word = text.AsSpan(p, q - p);
            var isAbbreviation =
                (internalPeriods && lettersOnly && longestSegment <= 3)
                || (word.Length == 1 && CharClass.IsLetter(word[0]) && !IsPronounI(word, p))
                || Abbreviations.KeepsPeriod(word, NumberFollows(q + 1));
            if (isAbbreviation)
            {
                // "… in the U.S. The next day …": the sentence's period is split off, as the treebanks write it.
                if (word.Length > 1 && !Abbreviations.IsTitle(word) && SentenceStartFollows(q + 1))
                {
                    Emit(p, q);
                    Emit(q, q + 1);
                    return q + 1;
                }

                Emit(p, q + 1, TokenFlags.AbbreviationPeriod);
                return q + 1;
            }
        }

        EmitWord(p, q);
        return q;
    }

    /// <summary>
    /// "said I.", "than I.": an "I" after a lower-case word ends a sentence as the pronoun; an initial follows a name
    /// ("John I. Smith") or opens one ("I. M. Pei").
    /// </summary>
    private bool IsPronounI(ReadOnlySpan<char> word, int p)
    {
        if (word is not "I")
        {
            return false;
        }

        var k = p - 1;
        while (k >= 0 && _text[k] == ' ')
        {
            k--;
        }

        if (k < 0 || k == p - 1 || !char.IsLetter(_text[k]))
        {
            return false;
        }

        while (k > 0 && char.IsLetter(_text[k - 1]))
        {
            k--;
        }

        // The word before starts lower case, and no second initial follows ("met I. M. Pei").
        var next = p + 2;
        while (next < _text.Length && _text[next] == ' ')
        {
            next++;
        }

        var initialFollows = next + 1 < _text.Length && char.IsUpper(_text[next]) && _text[next + 1] == '.';
        return char.IsLower(_text[k]) && !initialFollows;
    }

    /// <summary>Emits a word, splitting a clitic ("n't", "'s") or a clock suffix ("5pm") off its end.</summary>
    private void EmitWord(int p, int q)
    {
        var word = _text.AsSpan(p, q - p);
        var split = Contractions.SplitPoint(word);
        if (split > 0)
        {
            Emit(p, p + split);
            Emit(p + split, q, TokenFlags.JoinedToPrevious);
            return;
        }

        // "5pm", "70k", "10mg" → number and unit, as the treebanks write them; "20th" and "1990s" stay whole.
        if (word.Length >= 2 && CharClass.IsDigit(word[0]))
        {
            var digits = 1;
            while (digits < word.Length && CharClass.IsDigit(word[digits]))
            {
                digits++;
            }

            if (digits < word.Length && IsUnitSuffix(word[digits..]))
            {
                Emit(p, p + digits);
                Emit(p + digits, q);
                return;
            }
        }

        Emit(p, q);
    }

    /// <summary>True when spaces (not a line break) and then a letter come before <paramref name="p"/>.</summary>
    private bool AfterWordAndSpace(int p)
    {
        var r = p - 1;
        while (r >= 0 && _text[r] is ' ' or '\t')
        {
            r--;
        }

        return r < p - 1 && r >= 0 && CharClass.IsLetter(_text[r]);
    }

    /// <summary>Scans punctuation or a symbol from <paramref name="p"/>, emits it and returns where scanning resumes.</summary>
    private int NonWord(int p, int chunkStart, int end)
    {
        var text = _text;
        var c = text[p];

        // Clitics after a non-word host: "U.S.'s", "countries'" (a possessive, unless a single quote is open).
        if (CharClass.IsApostrophe(c) && p > chunkStart && !CharClass.IsSpace(text[p - 1]))
        {
            var q = p + 1;
            while (q < end && CharClass.IsLetter(text[q]))
            {
                q++;
            }

            if (q > p + 1 && Contractions.IsClitic(text.AsSpan(p + 1, q - p - 1)) && (q == end || !CharClass.IsWord(text[q])))
            {
                Emit(p, q, TokenFlags.JoinedToPrevious);
                return q;
            }

            if (q == p + 1 && !_openSingleQuote && c != '\u02BC' && (text[p - 1] | 0x20) == 's' && CharClass.IsLetter(text[p - 1]))
            {
                Emit(p, p + 1, TokenFlags.JoinedToPrevious);
                return p + 1;
            }
        }

        // Text tokenized before us writes clitics apart ("my brother 's wife", "I \u2019ll go"): the apostrophe and its
        // clitic are one token, as they would be joined, so the tagger reads a possessive or an auxiliary, not a quote.
        if (CharClass.IsApostrophe(c) && p == chunkStart && c != '\u02BC' && AfterWordAndSpace(p))
        {
            var q = p + 1;
            while (q < end && CharClass.IsLetter(text[q]))
            {
                q++;
            }

            if (q > p + 1 && Contractions.IsClitic(text.AsSpan(p + 1, q - p - 1)) && (q == end || !(CharClass.IsWord(text[q]) || CharClass.IsApostrophe(text[q]))))
            {
                Emit(p, q);
                return q;
            }
        }

        // Emoticons stand alone at the start of a chunk: ":)", ";-)", ":D".
        if (p == chunkStart && c is ':' or ';' or '=' && TryEmoticon(p, end, out var emoticonEnd))
        {
            Emit(p, emoticonEnd);
            return emoticonEnd;
        }

        if (char.IsHighSurrogate(c))
        {
            return Symbol(p, end);
        }

        var run = p + 1;
        switch (c)
        {
            case '.':
            case '!':
            case '?':
                // "...", "!!!", "?!", ".?" stay together.
                while (run < end && text[run] is '.' or '!' or '?')
                {
                    run++;
                }

                break;
            case '-' or '*' or '=' or '_' or '~' or '<' or '>' or '\u2013' or '\u2014' or '#' or '+' or '^':
                while (run < end && text[run] == c)
                {
                    run++;
                }

                break;
            case '`':
                while (run < end && text[run] == '`')
                {
                    run++;
                }

                break;
            case '\'':
            case '\u2018':
            case '\u2019':
                if (c == '\'' && run < end && text[run] == '\'')
                {
                    run++;
                }
                else
                {
                    TrackSingleQuote(p, chunkStart, end);
                }

                break;
        }

        Emit(p, run);
        return run;
    }

    private void TrackSingleQuote(int p, int chunkStart, int end)
    {
        var opensWord = p + 1 < end && CharClass.IsWord(_text[p + 1]);
        var afterWord = p > chunkStart && !CharClass.IsSpace(_text[p - 1]) && !CharClass.IsOpening(_text[p - 1]);
        if (opensWord && !afterWord)
        {
            _openSingleQuote = true;
        }
        else if (afterWord)
        {
            _openSingleQuote = false;
        }
    }

    private bool TryEmoticon(int p, int end, out int emoticonEnd)
    {
        var text = _text;
        var q = p + 1;
        if (q < end && text[q] is '-' or '\'')
        {
            q++;
        }

        if (q < end && text[q] is ')' or '(' or 'D' or 'P' or 'p' or 'O' or 'o' or '/' or '|' or ']' or '[' or '*' or '3')
        {
            var last = text[q];
            q++;
            while (q < end && text[q] == last && last is ')' or '(')
            {
                q++;
            }

            if (q == end || !CharClass.IsWord(text[q]))
            {
                emoticonEnd = q;
                return true;
            }
        }

        emoticonEnd = p;
        return false;
    }

    /// <summary>An emoji or other astral-plane symbol, with its joiners, variation selectors, skin tones and flag pairs.</summary>
    private int Symbol(int p, int end)
    {
        var text = _text;
        var q = p;
        if (q + 1 < end && char.IsLowSurrogate(text[q + 1]))
        {
            var first = char.ConvertToUtf32(text[q], text[q + 1]);
            q += 2;
            var isFlag = first is >= 0x1F1E6 and <= 0x1F1FF;
            while (q < end)
            {
                var c = text[q];
                if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
                {
                    q++;
                }
                else if (c == '\u200D' && q + 2 < end && char.IsHighSurrogate(text[q + 1]) && char.IsLowSurrogate(text[q + 2]))
                {
                    q += 3; // zero-width joiner sequence
                }
                else if (char.IsHighSurrogate(c) && q + 1 < end && char.IsLowSurrogate(text[q + 1]))
                {
                    var code = char.ConvertToUtf32(c, text[q + 1]);
                    var isModifier = code is >= 0x1F3FB and <= 0x1F3FF;
                    var completesFlag = isFlag && code is >= 0x1F1E6 and <= 0x1F1FF;
                    if (!isModifier && !completesFlag)
                    {
                        break;
                    }

                    isFlag = false;
                    q += 2;
                }
                else
                {
                    break;
                }
            }
        }
        else
        {
            q = p + 1; // A lone surrogate: one character, so the text is still covered.
        }

        Emit(p, q);
        return q;
    }

    private bool KeepsHyphen(int segmentStart, int hyphen, int wordStart)
    {
        var text = _text;
        var left = text.AsSpan(segmentStart, hyphen - segmentStart);
        if (left.Length == 0)
        {
            return false;
        }

        var right = text[hyphen + 1];
        if (CharClass.IsDigit(left[0]) && CharClass.IsDigit(left[^1]) && CharClass.IsDigit(right))
        {
            // Phone numbers, ZIP+4 codes and ISO dates stay whole (555-0134, 2023-11-15); ranges split (13-17).
            if (segmentStart > wordStart)
            {
                return true;
            }

            var rightDigits = 0;
            while (hyphen + 1 + rightDigits < text.Length && CharClass.IsDigit(text[hyphen + 1 + rightDigits]))
            {
                rightDigits++;
            }

            var nextIsHyphen = hyphen + 1 + rightDigits < text.Length && CharClass.IsHyphen(text[hyphen + 1 + rightDigits]);
            return nextIsHyphen || (left.Length is 3 or 5 && rightDigits == 4);
        }

        if (left.Length == 1 && CharClass.IsLetter(left[0]))
        {
            return CharClass.IsLower(left[0]) || !CharClass.IsDigit(right); // e-mail, x-ray, T-shirt; but F-16
        }

        return segmentStart == wordStart && HyphenPrefixes.IsPrefix(left);
    }

    /// <summary>True when "word.Next" is two sentences run together, not a domain, file name or abbreviation.</summary>
    private bool IsRunOnSentence(int segmentStart, int period, int end)
    {
        var text = _text;
        if (period - segmentStart < 3 || !CharClass.IsLetter(text[period - 1]))
        {
            return false;
        }

        for (var k = segmentStart; k < period; k++)
        {
            if (!CharClass.IsLetter(text[k]))
            {
                return false;
            }
        }

        var nextEnd = period + 1;
        while (nextEnd < end && CharClass.IsLetter(text[nextEnd]))
        {
            nextEnd++;
        }

        var next = text.AsSpan(period + 1, nextEnd - period - 1);
        return next.Length >= 2 && CharClass.IsUpper(next[0]) && !FileSuffixes.IsKnown(next);
    }

    /// <summary>True when what follows position <paramref name="i"/> starts a new sentence: the end, a blank line or a sentence-opening word.</summary>
    private bool SentenceStartFollows(int i)
    {
        var text = _text;
        var newlines = 0;
        while (i < text.Length && CharClass.IsSpace(text[i]))
        {
            if (text[i] == '\n')
            {
                newlines++;
            }

            i++;
        }

        if (i == text.Length || newlines >= 2)
        {
            return true;
        }

        var wordEnd = i;
        while (wordEnd < text.Length && CharClass.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > i && SentenceStarters.IsStarter(text.AsSpan(i, wordEnd - i));
    }

    private static bool IsUnitSuffix(ReadOnlySpan<char> suffix)
    {
        if (suffix.Equals("AM", StringComparison.Ordinal) || suffix.Equals("PM", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var c in suffix)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        // Ordinals and decades stay whole: 1st, 22nd, 3rd, 20th, 1990s.
        return suffix is not ("st" or "nd" or "rd" or "th" or "s");
    }

    private bool NumberFollows(int i)
    {
        var text = _text;
        while (i < text.Length && CharClass.IsSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && (CharClass.IsDigit(text[i]) || text[i] is 'I' or 'V' or 'X');
    }

    private bool IsThousands(int i, int end)
    {
        var text = _text;
        var digits = 0;
        while (i < end && CharClass.IsDigit(text[i]))
        {
            digits++;
            i++;
        }

        return digits == 3;
    }

    private bool IsEmailDomain(int i, int end)
    {
        var text = _text;
        var dots = 0;
        while (i < end && (CharClass.IsWord(text[i]) || text[i] is '.' or '-'))
        {
            if (text[i] == '.' && i + 1 < end && CharClass.IsWord(text[i + 1]))
            {
                dots++;
            }

            i++;
        }

        return dots > 0;
    }
}
