using System.Text;
using Readout.Nlp.Conllu;

namespace Readout.Evaluation.Tokenization;

/// <summary>
/// Raw text rebuilt from a treebank, with the gold token, word and sentence spans in it, the way the CoNLL 2018
/// shared task built its input: token forms joined by a space unless SpaceAfter=No, sentences joined by a space,
/// paragraphs and documents by a blank line.
/// </summary>
public sealed class GoldText
{
    private GoldText(string text, List<(int, int)> tokens, List<(int, int)> words, List<(int, int)> sentences)
    {
        Text = text;
        Tokens = tokens;
        Words = words;
        Sentences = sentences;
    }

    /// <summary>The rebuilt text.</summary>
    public string Text { get; }

    /// <summary>Gold surface-token spans (a multiword token such as "don't" is one span).</summary>
    public IReadOnlyList<(int Start, int End)> Tokens { get; }

    /// <summary>Gold syntactic-word spans ("do", "n't"), where the words spell out their token.</summary>
    public IReadOnlyList<(int Start, int End)> Words { get; }

    /// <summary>Gold sentence spans.</summary>
    public IReadOnlyList<(int Start, int End)> Sentences { get; }

    /// <summary>Rebuilds the text of <paramref name="sentences"/>.</summary>
    public static GoldText Build(IEnumerable<ConlluSentence> sentences)
    {
        var text = new StringBuilder();
        var tokens = new List<(int, int)>();
        var words = new List<(int, int)>();
        var spans = new List<(int, int)>();
        var spaceAfterPrevious = true;
        foreach (var sentence in sentences)
        {
            if (text.Length > 0)
            {
                text.Append(sentence.StartsParagraph ? "\n\n" : spaceAfterPrevious ? " " : string.Empty);
            }

            var sentenceStart = text.Length;
            for (var t = 0; t < sentence.Tokens.Count; t++)
            {
                var token = sentence.Tokens[t];
                var start = text.Length;
                text.Append(token.Form);
                tokens.Add((start, text.Length));
                AddWords(sentence, token, start, words);
                spaceAfterPrevious = token.SpaceAfter;
                if (t + 1 < sentence.Tokens.Count && token.SpaceAfter)
                {
                    text.Append(' ');
                }
            }

            spans.Add((sentenceStart, text.Length));
        }

        return new GoldText(text.ToString(), tokens, words, spans);
    }

    private static void AddWords(ConlluSentence sentence, ConlluToken token, int start, List<(int, int)> words)
    {
        if (!token.IsMultiword)
        {
            words.Add((start, start + token.Form.Length));
            return;
        }

        // Words of a multiword token get character spans when they spell the token out ("do" + "n't" = "don't").
        var concatenated = string.Concat(Enumerable.Range(token.FirstWord, token.LastWord - token.FirstWord + 1).Select(w => sentence.Words[w].Form));
        if (string.Equals(concatenated, token.Form, StringComparison.OrdinalIgnoreCase))
        {
            var position = start;
            for (var w = token.FirstWord; w <= token.LastWord; w++)
            {
                var length = sentence.Words[w].Form.Length;
                words.Add((position, position + length));
                position += length;
            }
        }
        else
        {
            words.Add((start, start + token.Form.Length));
        }
    }
}
