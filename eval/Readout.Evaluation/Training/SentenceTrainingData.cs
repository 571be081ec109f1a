using Readout.Core.Documents;
using Readout.Evaluation.Tokenization;
using Readout.Nlp.Conllu;
using Readout.Nlp.Tokenization;

namespace Readout.Evaluation.Training;

/// <summary>Tokenized treebank text with gold sentence ends, for training and scoring the sentence-boundary model.</summary>
public static class SentenceTrainingData
{
    /// <summary>One example per CoNLL-U file: the rebuilt text tokenized by our tokenizer, and per token whether a gold sentence ends after it.</summary>
    public static List<(Document Document, bool[] GoldEndsAfter)> Load(IEnumerable<string> files)
    {
        var tokenizer = new RuleTokenizer();
        var examples = new List<(Document, bool[])>();
        foreach (var file in files)
        {
            var gold = GoldText.Build(ConlluReader.ReadFile(file));
            var document = new Document(gold.Text, file);
            tokenizer.Process(document);
            var ends = new HashSet<int>(gold.Sentences.Select(s => s.End));
            var marks = new bool[document.Tokens.Count];
            for (var i = 0; i < marks.Length; i++)
            {
                marks[i] = ends.Contains(document.Tokens.Ends[i]);
            }

            examples.Add((document, marks));
        }

        return examples;
    }
}
