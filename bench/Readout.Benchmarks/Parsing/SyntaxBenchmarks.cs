using BenchmarkDotNet.Attributes;
using Readout.Benchmarks.Corpus;
using Readout.Core.Documents;
using Readout.Nlp.Lemmatization;
using Readout.Nlp.Parsing;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tagging;
using Readout.Nlp.Tokenization;

namespace Readout.Benchmarks.Parsing;

/// <summary>
/// Tagger, lemmatizer and parser throughput over the shipped models, by document size, on a tokenized and split
/// document. Tokens per second = tokens / mean time (the token count is printed in the setup line).
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    private readonly PerceptronTagger _tagger = new();
    private readonly SuffixRuleLemmatizer _lemmatizer = new();
    private readonly ArcHybridParser _parser = new();
    private Document _document = null!;

    /// <summary>Document size in characters.</summary>
    [Params(2_000, 100_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = new Document(BenchmarkText.OfLength(Characters));
        new RuleTokenizer().Process(_document);
        new RuleSentenceSplitter().Process(_document);

        // Load the models and warm the tables outside the measurement.
        _tagger.Process(_document);
        _lemmatizer.Process(_document);
        _parser.Process(_document);
        Console.WriteLine($"// {Characters} characters = {_document.Tokens.Count} tokens, {_document.Sentences.Count} sentences");
    }

    [Benchmark]
    public int Tag()
    {
        _tagger.Process(_document);
        return _document.Tokens.Count;
    }

    [Benchmark]
    public int Parse()
    {
        _parser.Process(_document);
        return _document.Tokens.Count;
    }

    [Benchmark]
    public int TagAndParse()
    {
        _tagger.Process(_document);
        _parser.Process(_document);
        return _document.Tokens.Count;
    }

    [Benchmark]
    public int TagLemmatizeAndParse()
    {
        _tagger.Process(_document);
        _lemmatizer.Process(_document);
        _parser.Process(_document);
        return _document.Tokens.Count;
    }
}
