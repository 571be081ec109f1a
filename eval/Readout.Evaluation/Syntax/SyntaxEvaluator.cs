using System.Text;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Evaluation.Reporting;
using Readout.Evaluation.Tokenization;
using Readout.Nlp.Conllu;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tokenization;

namespace Readout.Evaluation.Syntax;

/// <summary>
/// Scores tagging, lemmas and dependency parsing against a UD treebank with the CoNLL 2018 shared-task definitions:
/// on gold tokenization, and end to end from the raw text with Readout's tokenizer and (shipped) sentence splitter.
/// </summary>
/// <remarks>
/// Every word counts, punctuation included. UFeats compares only the universal features the 2018 script knows; LAS
/// compares the universal part of the relation (<c>nsubj</c> for <c>nsubj:pass</c>). End to end, system and gold
/// words are aligned by identical character spans and each metric is an F1.
/// </remarks>
public static class SyntaxEvaluator
{
    private static readonly HashSet<string> UniversalFeatures =
    [
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case", "Definite",
        "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person", "Polite",
    ];

    /// <summary>Scores <paramref name="components"/> (run after gold or rule tokenization) on the CoNLL-U <paramref name="files"/>.</summary>
    /// <param name="name">The report's name (tag or parse).</param>
    /// <param name="files">The gold files.</param>
    /// <param name="components">The stages to score, in pipeline order (tagger, lemmatizer, parser).</param>
    /// <param name="endToEnd">Also score from raw text, under a <c>raw</c> section.</param>
    /// <param name="errors">When given, receives one line per word with a wrong tag, lemma or head (gold tokenization).</param>
    public static EvaluationReport Evaluate(string name, IReadOnlyList<string> files, IReadOnlyList<IComponent> components, bool endToEnd, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(components);
        var parsing = components.Any(c => c.Produces.Contains(LayerNames.Dependencies));
        var tagging = components.Any(c => c.Produces.Contains(LayerNames.PartsOfSpeech));
        var lemmatizing = components.Any(c => c.Produces.Contains(LayerNames.Lemmas));
        var gold = new SyntaxScores();
        var raw = new SyntaxScores();
        var rawBuilder = PipelineBuilder.Empty.Add(new RuleTokenizer()).Add(SentenceModelFiles.Default);
        foreach (var component in components)
        {
            rawBuilder = rawBuilder.Add(component);
        }

        var fromRaw = rawBuilder.Build();
        foreach (var file in files)
        {
            var sentences = ConlluReader.ReadFile(file).ToList();
            ScoreGoldTokens(sentences, components, gold, errors);
            if (endToEnd)
            {
                ScoreRaw(sentences, fromRaw, raw);
            }
        }

        var report = new EvaluationReport(name).Fact("files", files.Count).Fact("words", gold.GoldWords);
        gold.AddTo(report, tagging, lemmatizing, parsing);
        if (endToEnd)
        {
            var section = report.Section("raw");
            section.Metric("words", new Counts(raw.AlignedWords, raw.SystemWords, raw.GoldWords).F1);
            raw.AddTo(section, tagging, lemmatizing, parsing);
        }

        return report;
    }

    /// <summary>A document whose tokens and sentences are the gold words and sentences (one sentence per line).</summary>
    public static Document GoldTokenDocument(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        foreach (var sentence in sentences)
        {
            for (var w = 0; w < sentence.Words.Count; w++)
            {
                text.Append(sentence.Words[w].Form).Append(w + 1 < sentence.Words.Count ? ' ' : '\n');
            }
        }

        var document = new Document(text.ToString(), "gold");
        var offset = 0;
        foreach (var sentence in sentences)
        {
            var first = document.Tokens.Count;
            foreach (var word in sentence.Words)
            {
                document.Tokens.Add(offset, offset + word.Form.Length, document.Tokens.Count == first ? TokenFlags.LineStart : TokenFlags.None);
                offset += word.Form.Length + 1;
            }

            document.Sentences.Add(document.SpanOfTokens(first, document.Tokens.Count));
        }

        return document;
    }

    private static void ScoreGoldTokens(List<ConlluSentence> sentences, IReadOnlyList<IComponent> components, SyntaxScores scores, TextWriter? errors)
    {
        // The gold words stand in for the tokenizer and splitter, so the stages run without a pipeline's order check.
        var document = GoldTokenDocument(sentences);
        foreach (var component in components)
        {
            component.Process(document);
        }

        var table = document.Tokens;
        var index = 0;
        foreach (var sentence in sentences)
        {
            var first = index;
            foreach (var word in sentence.Words)
            {
                var goldHead = word.Head <= 0 ? -1 : first + word.Head - 1;
                Score(word, table, index, goldHead, table.HasDependencies ? table.Heads[index] : -2, scores);
                if (errors is not null)
                {
                    WriteError(errors, document, word, index, goldHead);
                }

                index++;
            }
        }

        scores.GoldWords += index;
        scores.SystemWords += index;
        scores.AlignedWords += index;
    }

    private static void ScoreRaw(List<ConlluSentence> sentences, Pipeline pipeline, SyntaxScores scores)
    {
        var text = GoldText.Build(sentences);
        var document = new Document(text.Text, "raw");
        pipeline.Process(document);
        var table = document.Tokens;
        var systemBySpan = new Dictionary<(int, int), int>(table.Count);
        for (var i = 0; i < table.Count; i++)
        {
            systemBySpan[(table.Starts[i], table.Ends[i])] = i;
        }

        // Gold words in GoldText order: a multiword token whose words do not spell it out has one span for all its words.
        var goldToSystem = new List<int>();
        var goldWords = new List<(ConlluWord Word, int Head)>();
        var spanIndex = 0;
        var wordIndex = 0;
        foreach (var sentence in sentences)
        {
            var first = wordIndex;
            foreach (var token in sentence.Tokens)
            {
                var spelled = !token.IsMultiword || string.Equals(
                    string.Concat(Enumerable.Range(token.FirstWord, token.LastWord - token.FirstWord + 1).Select(w => sentence.Words[w].Form)),
                    token.Form,
                    StringComparison.OrdinalIgnoreCase);
                for (var w = token.FirstWord; w <= token.LastWord; w++)
                {
                    var system = -1;
                    if (spelled)
                    {
                        var span = text.Words[spanIndex++];
                        system = systemBySpan.GetValueOrDefault((span.Start, span.End), -1);
                    }

                    goldToSystem.Add(system);
                    var word = sentence.Words[w];
                    goldWords.Add((word, word.Head <= 0 ? -1 : first + word.Head - 1));
                    wordIndex++;
                }

                if (!spelled)
                {
                    spanIndex++;
                }
            }
        }

        var systemToGold = new int[table.Count];
        Array.Fill(systemToGold, -1);
        for (var g = 0; g < goldToSystem.Count; g++)
        {
            if (goldToSystem[g] >= 0)
            {
                systemToGold[goldToSystem[g]] = g;
            }
        }

        for (var g = 0; g < goldWords.Count; g++)
        {
            var system = goldToSystem[g];
            if (system < 0)
            {
                continue;
            }

            scores.AlignedWords++;
            var systemHead = table.HasDependencies ? table.Heads[system] : -2;
            var mappedHead = systemHead < 0 ? systemHead : systemToGold[systemHead] < 0 ? -3 : systemToGold[systemHead];
            Score(goldWords[g].Word, table, system, goldWords[g].Head, mappedHead, scores);
        }

        scores.GoldWords += goldWords.Count;
        scores.SystemWords += table.Count;
    }

    private static void Score(ConlluWord gold, TokenTable table, int system, int goldHead, int systemHead, SyntaxScores scores)
    {
        if (table.HasTags)
        {
            scores.Upos += table.Upos[system].ToString() == gold.Upos ? 1 : 0;
            scores.Xpos += table.Xpos[system] == gold.Xpos ? 1 : 0;
            scores.Ufeats += UniversalFeaturesOf(table.Features[system]) == UniversalFeaturesOf(gold.Feats) ? 1 : 0;
        }

        if (table.HasLemmas)
        {
            scores.Lemma += gold.Lemma == "_" || table.Lemmas[system] == gold.Lemma ? 1 : 0;
        }

        if (table.HasDependencies && systemHead == goldHead)
        {
            scores.Uas++;
            scores.Las += UniversalRelation(table.Relations[system]) == UniversalRelation(gold.Deprel) ? 1 : 0;
        }
    }

    private static void WriteError(TextWriter errors, Document document, ConlluWord gold, int index, int goldHead)
    {
        var table = document.Tokens;
        var token = document.TokenAt(index);
        var tagWrong = table.HasTags && (table.Upos[index].ToString() != gold.Upos || table.Xpos[index] != gold.Xpos);
        var featuresWrong = table.HasTags && UniversalFeaturesOf(table.Features[index]) != UniversalFeaturesOf(gold.Feats);
        var lemmaWrong = table.HasLemmas && table.Lemmas[index] != gold.Lemma;
        var headWrong = table.HasDependencies && (table.Heads[index] != goldHead || UniversalRelation(table.Relations[index]) != UniversalRelation(gold.Deprel));
        if (!tagWrong && !featuresWrong && !lemmaWrong && !headWrong)
        {
            return;
        }

        var context = Context(document, index);
        if (tagWrong)
        {
            errors.WriteLine($"tag\t{token.Text}\t{gold.Upos}/{gold.Xpos}\t{table.Upos[index]}/{table.Xpos[index]}\t{context}");
        }

        if (featuresWrong && !tagWrong)
        {
            errors.WriteLine($"feats\t{token.Text}\t{gold.Feats}\t{table.Features[index]}\t{gold.Xpos}");
        }

        if (lemmaWrong)
        {
            errors.WriteLine($"lemma\t{token.Text}\t{gold.Lemma}\t{table.Lemmas[index]}\t{gold.Xpos}/{table.Xpos[index]}");
        }

        if (headWrong)
        {
            var goldHeadText = goldHead < 0 ? "ROOT" : document.TokenAt(goldHead).Text;
            var systemHead = table.Heads[index];
            var systemHeadText = systemHead < 0 ? "ROOT" : document.TokenAt(systemHead).Text;
            errors.WriteLine($"arc\t{token.Text}\t{gold.Deprel}<-{goldHeadText}\t{table.Relations[index]}<-{systemHeadText}\t{context}");
        }
    }

    private static string Context(Document document, int index)
    {
        var first = Math.Max(0, index - 3);
        var last = Math.Min(document.Tokens.Count - 1, index + 3);
        return document.Text[document.Tokens.Starts[first]..document.Tokens.Ends[last]].Replace('\n', ' ');
    }

    private static string UniversalRelation(string? relation)
    {
        if (relation is null)
        {
            return string.Empty;
        }

        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation[..colon];
    }

    private static string UniversalFeaturesOf(string? features)
    {
        if (string.IsNullOrEmpty(features) || features == "_")
        {
            return string.Empty;
        }

        var kept = features.Split('|').Where(f => UniversalFeatures.Contains(f.Split('=')[0])).Order(StringComparer.Ordinal);
        return string.Join('|', kept);
    }
}
