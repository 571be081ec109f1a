using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Evaluation.Corpora;
using Readout.Evaluation.Reporting;
using Readout.Nlp.Conllu;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tokenization;

namespace Readout.Evaluation.Tokenization;

/// <summary>Scores the tokenizer and sentence splitter against a treebank, as the CoNLL 2018 shared task did.</summary>
public static class TokenizationEvaluator
{
    /// <summary>The scores on the <paramref name="split"/> of the treebank in <paramref name="directory"/>.</summary>
    /// <param name="directory">The treebank folder.</param>
    /// <param name="split">test, dev or train.</param>
    /// <param name="errors">When given, receives a line for each missed gold token and sentence (for development).</param>
    /// <param name="splitter">The sentence splitter to score; the standard pipeline's when null.</param>
    public static EvaluationReport Evaluate(string directory, string split, TextWriter? errors = null, IComponent? splitter = null)
    {
        var tokenizer = new RuleTokenizer();
        splitter ??= SentenceModelFiles.Default;
        Counts tokens = default, words = default, sentences = default;
        var files = Treebank.Files(directory, split);
        foreach (var file in files)
        {
            var gold = GoldText.Build(ConlluReader.ReadFile(file));
            var document = new Document(gold.Text, file);
            tokenizer.Process(document);
            splitter.Process(document);
            var (systemTokens, systemWords) = Spans(document);
            var systemSentences = document.Sentences.Spans.Select(s => (s.Start, s.End)).ToList();
            tokens += Counts.Match(systemTokens, gold.Tokens);
            words += Counts.Match(systemWords, gold.Words);
            sentences += Counts.Match(systemSentences, gold.Sentences);
            if (errors is not null)
            {
                WriteErrors(errors, gold.Text, "token", systemTokens, gold.Tokens);
                WriteErrors(errors, gold.Text, "sentence", systemSentences, gold.Sentences);
            }
        }

        var report = new EvaluationReport("tokenize")
            .Fact("data", directory)
            .Fact("split", split)
            .Fact("files", files.Count)
            .Fact("splitter", $"{splitter.Name} {splitter.Version}");
        report.Metrics("tokens", tokens).Metrics("sentences", sentences).Metrics("words", words);
        report.Fact("gold_tokens", tokens.Gold).Fact("gold_sentences", sentences.Gold);
        return report;
    }

    private static void WriteErrors(TextWriter errors, string text, string kind, List<(int Start, int End)> system, IReadOnlyList<(int Start, int End)> gold)
    {
        var found = new HashSet<(int, int)>(system);
        foreach (var (start, end) in gold)
        {
            if (found.Contains((start, end)))
            {
                continue;
            }

            var overlapping = system.Where(s => s.Start < end && start < s.End).Select(s => text[s.Start..s.End]);
            var shown = kind == "token" ? text[start..end] : Clip(text[start..end]);
            var got = kind == "token" ? string.Join(" | ", overlapping) : string.Join(" || ", overlapping.Select(Clip));
            errors.WriteLine($"missed {kind}: «{shown}»  system: «{got}»");
        }
    }

    private static string Clip(string sentence) =>
        (sentence.Length <= 90 ? sentence : sentence[..40] + " … " + sentence[^40..]).Replace('\n', '⏎');

    /// <summary>Surface tokens (clitics merged back into their host) and words of a tokenized document.</summary>
    public static (List<(int Start, int End)> Tokens, List<(int Start, int End)> Words) Spans(Document document)
    {
        var table = document.Tokens;
        var tokens = new List<(int, int)>(table.Count);
        var words = new List<(int, int)>(table.Count);
        for (var i = 0; i < table.Count; i++)
        {
            words.Add((table.Starts[i], table.Ends[i]));
            if ((table.Flags[i] & TokenFlags.JoinedToPrevious) != 0 && tokens.Count > 0)
            {
                tokens[^1] = (tokens[^1].Item1, table.Ends[i]);
            }
            else
            {
                tokens.Add((table.Starts[i], table.Ends[i]));
            }
        }

        return (tokens, words);
    }
}
