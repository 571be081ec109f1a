using Readout.Extraction.Events.Patterns;

namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Reads a PETRARCH-2 verb dictionary (CAMEO.2.0.txt and the validation suites' verb files): synsets, verb blocks with
/// their codes, verbs with their irregular forms, patterns and transformations.
/// </summary>
/// <remarks>
/// Patterns that name an undefined synset or whose notation is broken are skipped, as PETRARCH skips them; the number
/// skipped is reported in <see cref="Skipped"/>.
/// </remarks>
internal sealed class PetrarchVerbReader
{
    private readonly VerbLexicon _lexicon;
    private readonly string _source;
    private int _block = -1;

    private PetrarchVerbReader(VerbLexicon lexicon, string source)
    {
        _lexicon = lexicon;
        _source = source;
    }

    /// <summary>Patterns and lines that could not be read.</summary>
    public int Skipped { get; private set; }

    /// <summary>Reads <paramref name="path"/> into <paramref name="lexicon"/>; returns the number of lines skipped.</summary>
    public static int Read(string path, VerbLexicon lexicon) => Read(PetrarchLines.Read(path), Path.GetFileName(path), lexicon);

    /// <summary>Reads the lines of a verb dictionary named <paramref name="source"/> into <paramref name="lexicon"/>.</summary>
    public static int Read(IEnumerable<(int Number, string Text)> dictionaryLines, string source, VerbLexicon lexicon)
    {
        var lines = dictionaryLines.ToList();
        var reader = new PetrarchVerbReader(lexicon, source);
        reader.ReadSynsets(lines);
        reader.ReadBlocks(lines);
        return reader.Skipped;
    }

    private void ReadSynsets(List<(int Number, string Text)> lines)
    {
        // Synsets may name synsets defined further down, so every name is registered before any item is parsed.
        var definitions = new List<(string Name, List<string> Items)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length < 2 || text[0] != '&')
            {
                continue;
            }

            var name = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0];
            var items = new List<string>();
            for (var k = i + 1; k < lines.Count && lines[k].Text.TrimStart().StartsWith('+'); k++)
            {
                items.Add(lines[k].Text.Trim()[1..].Trim());
            }

            definitions.Add((name, items));
        }

        var placeholders = new List<List<PatternElement[]>>();
        var indexes = new List<int>();
        foreach (var (name, _) in definitions)
        {
            var items = new List<PatternElement[]>();
            placeholders.Add(items);
            indexes.Add(_lexicon.AddSynset(new Synset(name.TrimEnd('_'), items)));
        }

        for (var d = 0; d < definitions.Count; d++)
        {
            var (name, items) = definitions[d];
            var plurals = !name.EndsWith('_');
            foreach (var item in items)
            {
                var tokens = PatternParser.Tokenize(item);
                var at = 0;
                var elements = PatternParser.ParseElements(tokens, ref at, _lexicon, spacedWordsAreOnePhrase: true);
                if (elements is null || elements.Count == 0)
                {
                    Skipped++;
                    continue;
                }

                placeholders[d].Add([.. elements]);
                if (plurals && !item.EndsWith('_') && elements is [{ Kind: ElementKind.Word } word])
                {
                    var words = (int[])word.Words.Clone();
                    words[^1] = _lexicon.Words.Add(VerbInflection.Plural(_lexicon.Words[words[^1]]));
                    placeholders[d].Add([PatternElement.Word(words)]);
                }
            }
        }

        for (var d = 0; d < definitions.Count; d++)
        {
            _lexicon.ReplaceSynset(indexes[d], new Synset(definitions[d].Name.TrimEnd('_'), placeholders[d]));
        }
    }

    private void ReadBlocks(List<(int Number, string Text)> lines)
    {
        var inSynset = false;
        var patternNumber = 0;
        foreach (var (number, raw) in lines)
        {
            var text = raw.Trim();
            if (text[0] == '&')
            {
                inSynset = true;
                continue;
            }

            if (text[0] == '+' && inSynset)
            {
                continue;
            }

            inSynset = false;
            if (text.StartsWith("---", StringComparison.Ordinal))
            {
                ReadBlockHeader(text);
                patternNumber = 0;
            }
            else if (text[0] == '~')
            {
                ReadTransformation(text);
            }
            else if (_block < 0)
            {
                Skipped++;
            }
            else if (text[0] is '-' or '*')
            {
                patternNumber++;
                ReadPattern(text[0] == '-' ? text[1..] : text, number, patternNumber);
            }
            else
            {
                ReadVerb(text);
            }
        }
    }

    private void ReadBlockHeader(string text)
    {
        var body = text.Trim('-', ' ', '\t');
        var (code, reverse, rest) = TakeCode(body);
        var name = rest.Trim('-', ' ', '\t').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : "?";
        _block = _lexicon.AddBlock(new VerbBlock(name, code, reverse));
    }

    private void ReadVerb(string text)
    {
        var (code, reverse, rest) = TakeCode(text);
        var hasOwnCode = rest.Length != text.Length;
        string? formsText = null;
        var open = rest.IndexOf('{', StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = rest.IndexOf('}', open);
            formsText = close > open ? rest[(open + 1)..close] : rest[(open + 1)..];
            rest = rest[..open];
        }

        var phrase = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : null;
        if (phrase is null)
        {
            Skipped++;
            return;
        }

        var (words, verbPosition) = ParseVerbPhrase(phrase);
        if (words.Count == 0)
        {
            Skipped++;
            return;
        }

        var entry = _lexicon.AddEntry(new VerbEntry(string.Join('_', words), _block, hasOwnCode, code, reverse));
        AddForm(words, verbPosition, entry);
        if (formsText is not null)
        {
            foreach (var form in formsText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var (formWords, formPosition) = ParseVerbPhrase(form);
                if (formWords.Count == words.Count)
                {
                    AddForm(formWords, form.Contains('+', StringComparison.Ordinal) ? formPosition : verbPosition, entry);
                }
                else if (formWords.Count > 0)
                {
                    AddForm(formWords, Math.Min(formPosition, formWords.Count - 1), entry);
                }
            }

            return;
        }

        foreach (var inflected in VerbInflection.RegularForms(words[verbPosition]))
        {
            var formWords = new List<string>(words) { [verbPosition] = inflected };
            AddForm(formWords, verbPosition, entry);
        }
    }

    private void AddForm(List<string> words, int verbPosition, int entry)
    {
        var ids = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            ids[i] = _lexicon.Words.Add(words[i]);
        }

        _lexicon.AddForm(new VerbForm(ids, verbPosition, entry));

        // "RE_ESTABLISH" is written "re-establish" in text: one token.
        if (words.Count == 2 && verbPosition == 1 && words[0] == "RE")
        {
            _lexicon.AddForm(new VerbForm([_lexicon.Words.Add("RE-" + words[1])], 0, entry));
        }
    }

    /// <summary>Splits "WIRE_+TAP" into [WIRE, TAP] with the verb at 1; "+GO_BY" into [GO, BY] with the verb at 0.</summary>
    private static (List<string> Words, int VerbPosition) ParseVerbPhrase(string phrase)
    {
        var words = new List<string>();
        var verbPosition = -1;
        foreach (var part in phrase.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part[0] == '+')
            {
                verbPosition = words.Count;
            }

            var word = part.TrimStart('+').ToUpperInvariant();
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        if (verbPosition < 0 || verbPosition >= words.Count)
        {
            // A multiword verb without a marked verb: "RE_ESTABLISH" inflects its last word.
            verbPosition = Math.Max(0, words.Count - 1);
        }

        return (words, verbPosition);
    }

    private void ReadPattern(string body, int line, int number)
    {
        var (code, reverse, rest) = TakeCode(body);
        if (rest.Length == body.Length)
        {
            Skipped++;
            return;
        }

        var tokens = PatternParser.Tokenize(rest);
        var star = tokens.IndexOf("*");
        if (star < 0)
        {
            star = tokens.IndexOf("**");
        }

        if (star < 0)
        {
            Skipped++;
            return;
        }

        var lowerTokens = tokens.GetRange(0, star);
        var upperTokens = tokens.GetRange(star + 1, tokens.Count - star - 1);
        var at = 0;
        var lower = PatternParser.ParseElements(lowerTokens, ref at, _lexicon, spacedWordsAreOnePhrase: false);
        var lowerComplete = at == lowerTokens.Count;
        at = 0;
        var upper = PatternParser.ParseElements(upperTokens, ref at, _lexicon, spacedWordsAreOnePhrase: false);
        if (lower is null || upper is null || !lowerComplete || at != upperTokens.Count)
        {
            Skipped++;
            return;
        }

        var blockName = _lexicon.Blocks[_block].Name;
        var text = "- " + rest.Trim() + " [" + (code ?? string.Empty) + (reverse is null ? string.Empty : ":" + reverse) + "]";
        _lexicon.AddPattern(new VerbPattern($"{blockName}.{number}", _block, [.. lower], [.. upper], code, reverse, $"{text}  ({_source}:{line})"));
    }

    private void ReadTransformation(string text)
    {
        if (ParseTransformation(text) is { } rule)
        {
            _lexicon.AddTransformation(rule);
        }
        else
        {
            Skipped++;
        }
    }

    /// <summary>Parses <c>~ a (a b ATTACK) SAY = a b 015</c>, or returns null.</summary>
    internal static SpeechTransformation? ParseTransformation(string text)
    {
        var tokens = PatternParser.Tokenize(text.TrimStart('~'));
        if (tokens.Count != 11 || tokens[1] != "(" || tokens[5] != ")" || tokens[7] != "=")
        {
            return null;
        }

        return new SpeechTransformation(tokens[6].ToUpperInvariant(), tokens[2], tokens[3], tokens[4].ToUpperInvariant(), tokens[8], tokens[9], tokens[10], text.Trim());
    }

    /// <summary>Takes the last <c>[code]</c> off <paramref name="text"/>: primary and reverse codes, null for <c>---</c> or empty.</summary>
    internal static (string? Code, string? Reverse, string Remainder) TakeCode(string text)
    {
        var close = text.LastIndexOf(']');
        var open = close > 0 ? text.LastIndexOf('[', close) : -1;
        if (open < 0)
        {
            return (null, null, text);
        }

        var inside = text[(open + 1)..close].Trim().TrimEnd('!');
        var rest = text[..open] + text[(close + 1)..];
        var colon = inside.IndexOf(':', StringComparison.Ordinal);
        var primary = colon < 0 ? inside : inside[..colon];
        var reverse = colon < 0 ? null : inside[(colon + 1)..];
        return (NullCode(primary), NullCode(reverse), rest);
    }

    private static string? NullCode(string? code)
    {
        code = code?.Trim();
        return string.IsNullOrEmpty(code) || code == "---" ? null : code;
    }
}
