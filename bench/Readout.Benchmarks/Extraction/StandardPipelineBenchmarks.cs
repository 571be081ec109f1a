using BenchmarkDotNet.Attributes;
using Readout.Benchmarks.Corpus;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Extraction;

namespace Readout.Benchmarks.Extraction;

/// <summary>
/// The standard pipeline end to end, from text to every layer, by document size. Tokens per second = tokens / mean
/// time (the token count is printed in the setup line). Stages added to the standard pipeline are measured here as
/// they land (entities and events are being built; their own benchmarks follow them).
/// </summary>
[MemoryDiagnoser]
public class StandardPipelineBenchmarks
{
    private Pipeline _pipeline = null!;
    private string _text = null!;

    /// <summary>Document size in characters.</summary>
    [Params(2_000, 100_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = StandardPipeline.Create();
        _text = BenchmarkText.OfLength(Characters);
        Console.WriteLine($"// {Characters} characters = {Analyse()} tokens; stages {_pipeline.Version}");
    }

    [Benchmark]
    public int Analyse()
    {
        var document = new Document(_text);
        _pipeline.Process(document);
        return document.Tokens.Count;
    }
}
