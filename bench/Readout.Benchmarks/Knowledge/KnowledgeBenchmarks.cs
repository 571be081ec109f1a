using BenchmarkDotNet.Attributes;
using Readout.Benchmarks.Corpus;
using Readout.Core.Documents;
using Readout.Knowledge;
using Readout.Knowledge.Index;
using Readout.Nlp.Tokenization;

namespace Readout.Benchmarks.Knowledge;

/// <summary>
/// The knowledge base on the hot path: finding candidate names and titles in a tokenized document (the linker's and
/// the entity tagger's use), compared with tokenizing the same document; and single lookups by alias and date.
/// </summary>
[MemoryDiagnoser]
public class KnowledgeBenchmarks
{
    private static readonly DateOnly Date = new(2023, 11, 15);
    private readonly RuleTokenizer _tokenizer = new();
    private readonly List<PhraseMatch> _matches = [];
    private KnowledgeBase _knowledge = null!;
    private Document _document = null!;

    /// <summary>Document size in characters.</summary>
    [Params(2_000, 100_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeBase.Shared;
        _document = new Document(BenchmarkText.OfLength(Characters));
        _tokenizer.Process(_document);
        _matches.Clear();
        _knowledge.Names.FindMatches(_document, _matches);
        Console.WriteLine($"// {Characters} characters = {_document.Tokens.Count} tokens, {_matches.Count} name matches");
    }

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        _tokenizer.Process(_document);
        return _document.Tokens.Count;
    }

    [Benchmark]
    public int FindNames()
    {
        _matches.Clear();
        _knowledge.Names.FindMatches(_document, _matches);
        return _matches.Count;
    }

    [Benchmark]
    public int FindNamesAndTitles()
    {
        _matches.Clear();
        _knowledge.Names.FindMatches(_document, _matches);
        _knowledge.Titles.Phrases.FindMatches(_document, _matches);
        return _matches.Count;
    }

    [Benchmark]
    public int ExactAlias() => _knowledge.Names.TryFind("islamic republic of iran", out var id) ? _knowledge.PostingsOf(id).Length : 0;

    [Benchmark]
    public string? LookupTitleAndSurname() => _knowledge.Lookup("President Raisi", Date).Best?.ActorCode;

    [Benchmark]
    public string? LookupDemonymAndOffice() => _knowledge.Lookup("the Syrian Foreign Minister", Date).Best?.ActorCode;
}
