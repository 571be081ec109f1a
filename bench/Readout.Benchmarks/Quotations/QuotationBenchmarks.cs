using BenchmarkDotNet.Attributes;
using Readout.Benchmarks.Corpus;
using Readout.Core.Documents;
using Readout.Extraction.Quotations;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tokenization;

namespace Readout.Benchmarks.Quotations;

/// <summary>Quotation extractor throughput, by document size, on a tokenized and split document (its place in the standard pipeline).</summary>
[MemoryDiagnoser]
public class QuotationBenchmarks
{
    private readonly QuotationExtractor _extractor = new();
    private Document _document = null!;

    /// <summary>Document size in characters.</summary>
    [Params(2_000, 100_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = new Document(BenchmarkText.OfLength(Characters));
        new RuleTokenizer().Process(_document);
        SentenceModelFiles.Default.Process(_document);
        _extractor.Process(_document);
        Console.WriteLine($"// {Characters} characters = {_document.Tokens.Count} tokens");
    }

    [Benchmark]
    public int ExtractQuotations()
    {
        _extractor.Process(_document);
        return _document.Tokens.Count;
    }
}
