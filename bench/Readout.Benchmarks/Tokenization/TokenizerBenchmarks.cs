using BenchmarkDotNet.Attributes;
using Readout.Benchmarks.Corpus;
using Readout.Core.Documents;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tokenization;

namespace Readout.Benchmarks.Tokenization;

/// <summary>Tokenizer and sentence splitter throughput, alone and together, by document size. Tokens per second = tokens / mean time.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly RuleTokenizer _tokenizer = new();
    private readonly PerceptronSentenceSplitter _splitter = SentenceModelFiles.Default;
    private Document _document = null!;

    /// <summary>Document size in characters.</summary>
    [Params(2_000, 100_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = new Document(BenchmarkText.OfLength(Characters));
        _tokenizer.Process(_document);
        Console.WriteLine($"// {Characters} characters = {_document.Tokens.Count} tokens");
    }

    [Benchmark]
    public int Tokenize()
    {
        _tokenizer.Process(_document);
        return _document.Tokens.Count;
    }

    [Benchmark]
    public int Split()
    {
        _splitter.Process(_document);
        return _document.Sentences.Count;
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        _tokenizer.Process(_document);
        _splitter.Process(_document);
        return _document.Sentences.Count;
    }
}
