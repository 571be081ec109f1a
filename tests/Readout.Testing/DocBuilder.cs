using Readout.Core.Documents;

namespace Readout.Testing;

/// <summary>
/// Builds annotated documents by hand for unit tests, so a component can be tested without the models that would
/// normally produce its inputs.
/// </summary>
/// <example>
/// <code>
/// var document = new DocBuilder()
///     .Sentence("The minister said that Iran would respond .")
///     .Tags("DET NOUN VERB SCONJ PROPN AUX VERB PUNCT")
///     .Heads("2 3 0 7 7 7 3 3", "det nsubj root mark nsubj aux ccomp punct")
///     .Build();
/// </code>
/// </example>
public sealed class DocBuilder
{
    private readonly List<List<string>> _sentences = [];
    private readonly List<string[]> _tags = [];
    private readonly List<(int[] Heads, string[] Relations)> _dependencies = [];
    private readonly List<string[]> _lemmas = [];
    private DateOnly? _published;

    /// <summary>Adds a sentence of space-separated tokens; the text joins tokens and sentences with single spaces.</summary>
    public DocBuilder Sentence(string spaceSeparatedTokens)
    {
        _sentences.Add([.. spaceSeparatedTokens.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        return this;
    }

    /// <summary>UPOS tags for the last sentence, space-separated.</summary>
    public DocBuilder Tags(string upos)
    {
        _tags.Add(upos.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return this;
    }

    /// <summary>Lemmas for the last sentence, space-separated.</summary>
    public DocBuilder Lemmas(string lemmas)
    {
        _lemmas.Add(lemmas.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return this;
    }

    /// <summary>CoNLL-U style heads (1-based within the sentence, 0 = root) and relations for the last sentence.</summary>
    public DocBuilder Heads(string heads, string relations)
    {
        _dependencies.Add((
            heads.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray(),
            relations.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return this;
    }

    /// <summary>The publication date.</summary>
    public DocBuilder Published(string isoDate)
    {
        _published = DateOnly.Parse(isoDate, System.Globalization.CultureInfo.InvariantCulture);
        return this;
    }

    /// <summary>Builds the document with tokens, sentences and whatever columns were given.</summary>
    public Document Build()
    {
        var text = string.Join(' ', _sentences.Select(s => string.Join(' ', s)));
        var document = new Document(text, "test") { Published = _published };
        var offset = 0;
        var sentenceStarts = new List<int>();
        foreach (var sentence in _sentences)
        {
            sentenceStarts.Add(document.Tokens.Count);
            foreach (var token in sentence)
            {
                document.Tokens.Add(offset, offset + token.Length, document.Tokens.Count == 0 ? TokenFlags.ParagraphStart | TokenFlags.LineStart : TokenFlags.None);
                offset += token.Length + 1;
            }
        }

        for (var s = 0; s < _sentences.Count; s++)
        {
            var first = sentenceStarts[s];
            document.Sentences.Add(document.SpanOfTokens(first, first + _sentences[s].Count));
            if (s < _tags.Count)
            {
                for (var t = 0; t < _tags[s].Length; t++)
                {
                    document.Tokens.Upos[first + t] = Enum.Parse<UniversalPos>(_tags[s][t]);
                }
            }

            if (s < _lemmas.Count)
            {
                for (var t = 0; t < _lemmas[s].Length; t++)
                {
                    document.Tokens.Lemmas[first + t] = _lemmas[s][t];
                }
            }

            if (s < _dependencies.Count)
            {
                var (heads, relations) = _dependencies[s];
                for (var t = 0; t < heads.Length; t++)
                {
                    document.Tokens.Heads[first + t] = heads[t] == 0 ? -1 : first + heads[t] - 1;
                    document.Tokens.Relations[first + t] = relations[t];
                }
            }
        }

        return document;
    }
}
