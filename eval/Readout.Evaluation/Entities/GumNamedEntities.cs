using Readout.Evaluation.Coreference;
using Readout.Evaluation.Syntax;
using Readout.Evaluation.Tokenization;
using Readout.Nlp.Conllu;
using Readout.Nlp.Entities;

namespace Readout.Evaluation.Entities;

/// <summary>
/// GUM's entity layer as named-entity training data in UNER's style: the outermost person, organisation and place
/// mentions whose head is a proper noun, without a leading article or title ("the United States" → "United States",
/// "President Obama" → "Obama"); every other word is outside.
/// </summary>
public static class GumNamedEntities
{
    /// <summary>One document per GUM file, on its gold words and sentences, with IOB2 tags in Readout's types.</summary>
    /// <param name="files">GUM CoNLL-U files (dep-open only, for anything shipped).</param>
    /// <param name="isTitle">True for a lower-cased title word ("president", "general") that UNER keeps out of names.</param>
    public static List<EntityTrainingDocument> Read(IEnumerable<string> files, Func<string, bool> isTitle)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(isTitle);
        var documents = new List<EntityTrainingDocument>();
        foreach (var file in files)
        {
            var sentences = ConlluReader.ReadFile(file).ToList();
            var words = sentences.SelectMany(s => s.Words.Select(w => (Word: w, Sentence: s))).ToList();
            var gold = GoldText.Build(sentences);
            if (gold.Words.Count != words.Count)
            {
                continue; // a multiword token that does not spell out its words: offsets would not line up
            }

            var wordAt = new Dictionary<int, int>();
            for (var w = 0; w < gold.Words.Count; w++)
            {
                wordAt[gold.Words[w].Start] = w;
            }

            var sentenceStart = new int[words.Count];
            var index = 0;
            foreach (var sentence in sentences)
            {
                var first = index;
                foreach (var unused in sentence.Words)
                {
                    sentenceStart[index++] = first;
                }
            }

            var tags = Enumerable.Repeat("O", words.Count).ToArray();
            var (_, mentions) = GumEntityReader.Read(file);
            foreach (var mention in mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End))
            {
                var type = mention.Type switch
                {
                    "person" => EntityTypes.Person,
                    "organization" => EntityTypes.Organization,
                    "place" => EntityTypes.Location,
                    _ => null,
                };
                if (type is null || !wordAt.TryGetValue(mention.Start, out var first))
                {
                    continue;
                }

                var end = first;
                while (end < words.Count && gold.Words[end].End <= mention.End)
                {
                    end++;
                }

                if (NameWithin(words, sentenceStart, first, end, isTitle) is not var (nameFirst, nameEnd) || Overlaps(tags, nameFirst, nameEnd))
                {
                    continue;
                }

                for (var w = nameFirst; w < nameEnd; w++)
                {
                    tags[w] = (w == nameFirst ? "B-" : "I-") + type;
                }
            }

            var document = SyntaxEvaluator.GoldTokenDocument(sentences);
            document.Source = file;
            documents.Add(new EntityTrainingDocument(document, tags));
        }

        return documents;
    }

    /// <summary>The name inside a mention: from its first to its last proper noun, leading titles left out; null unless the head is a proper noun.</summary>
    private static (int First, int End)? NameWithin(List<(ConlluWord Word, ConlluSentence Sentence)> words, int[] sentenceStart, int first, int end, Func<string, bool> isTitle)
    {
        if (end <= first || sentenceStart[first] != sentenceStart[end - 1])
        {
            return null;
        }

        // The head: the first word whose head lies outside the mention.
        var head = -1;
        for (var w = first; w < end; w++)
        {
            var target = words[w].Word.Head <= 0 ? -1 : sentenceStart[w] + words[w].Word.Head - 1;
            if (target < first || target >= end)
            {
                head = w;
                break;
            }
        }

        if (head < 0 || words[head].Word.Upos != "PROPN")
        {
            return null;
        }

        var nameFirst = first;
        while (nameFirst < head && (words[nameFirst].Word.Upos != "PROPN" || isTitle(words[nameFirst].Word.Form.ToLowerInvariant())))
        {
            nameFirst++;
        }

        var nameEnd = end;
        while (nameEnd > head + 1 && words[nameEnd - 1].Word.Upos != "PROPN")
        {
            nameEnd--;
        }

        return (nameFirst, nameEnd);
    }

    private static bool Overlaps(string[] tags, int first, int end)
    {
        for (var w = first; w < end; w++)
        {
            if (tags[w] != "O")
            {
                return true;
            }
        }

        return false;
    }
}
