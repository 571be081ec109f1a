using BenchmarkDotNet.Attributes;
using Readout.Benchmarks.Corpus;
using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Extraction;
using Readout.Extraction.Events;

namespace Readout.Benchmarks.Events;

/// <summary>
/// Event coding against the extraction it runs after, by document size: <see cref="Extract"/> is the standard
/// pipeline without the coder (tokens to quotations, the parse included) on a fresh document, <see cref="CodeEvents"/>
/// the coder alone on a document already extracted. Acceptance: CodeEvents under 20% of Extract. Until the entity stage
/// is installed, the entity layer is marked from a list of the benchmark text's names, outside the measurement.
/// </summary>
[MemoryDiagnoser]
public class EventCoderBenchmarks
{
    // The benchmark text's actors, as the entity stage would link them.
    private static readonly (string Name, string Type, string Code)[] Actors =
    [
        ("Norland's Foreign Minister Anna Berg", "PERSON", "NRLGOV"), ("Gen. Tomas Viljo", "PERSON", "SDMMIL"), ("Norland's army", "ORG", "NRLMIL"),
        ("Norland's defence ministry", "ORG", "NRLGOV"), ("Norland", "GPE", "NRL"), ("Sudmark", "GPE", "SDM"), ("U.N. mission", "ORG", "IGOUNO"),
        ("Qatar", "GPE", "QAT"), ("European Union", "ORG", "IGOEEU"), ("Dr. Helena Marsh", "PERSON", "IGOEEU"), ("Mara Lind", "PERSON", "SDMOPP"),
        ("National Alliance", "ORG", "SDMOPP"), ("U.S. State Department", "ORG", "USAGOV"), ("He", "PERSON", "SDMMIL"), ("She", "PERSON", "IGOEEU"),
    ];

    private readonly EventCoder _coder = new();
    private Pipeline _extraction = null!;
    private string _text = string.Empty;
    private Document _extracted = null!;

    /// <summary>Document size in characters.</summary>
    [Params(2_000, 100_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _extraction = EventlessPipeline();
        _text = BenchmarkText.OfLength(Characters);
        _extracted = Extracted();

        // Load the dictionary and warm the tables outside the measurement.
        _coder.Process(_extracted);
        Console.WriteLine($"// {Characters} characters = {_extracted.Tokens.Count} tokens, {_extracted.Get(AnnotationLayers.Events)?.Count ?? 0} events");
    }

    [Benchmark(Baseline = true)]
    public int Extract()
    {
        var document = new Document(_text);
        _extraction.Process(document);
        return document.Tokens.Count;
    }

    [Benchmark]
    public int CodeEvents()
    {
        _coder.Process(_extracted);
        return _extracted.Get(AnnotationLayers.Events)?.Count ?? 0;
    }

    private static Pipeline EventlessPipeline()
    {
        var builder = PipelineBuilder.Empty;
        foreach (var component in StandardPipeline.Create().Components)
        {
            if (component is not EventCoder)
            {
                builder = builder.Add(component);
            }
        }

        return builder.Build();
    }

    private Document Extracted()
    {
        var document = new Document(_text) { Published = new DateOnly(2024, 10, 3) };
        _extraction.Process(document);
        var entities = new List<Entity>();
        var taken = new bool[_text.Length];
        for (var a = 0; a < Actors.Length; a++)
        {
            var (name, type, code) = Actors[a];
            var mentions = new List<Mention>();
            for (var at = _text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                if (!taken[at] && (at + name.Length == _text.Length || !char.IsLetter(_text[at + name.Length])))
                {
                    Array.Fill(taken, true, at, name.Length);
                    mentions.Add(new Mention(new TextRange(at, at + name.Length), name is "He" or "She" ? MentionKind.Pronoun : MentionKind.Name, "benchmark"));
                }
            }

            entities.Add(new Entity
            {
                Id = "e" + (a + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Name = name,
                Type = type,
                Actor = new ActorCode(code, code.StartsWith("IGO", StringComparison.Ordinal) ? null : code[..3], code.Length > 3 ? code[3..] : null),
                Mentions = mentions,
            });
        }

        document.Set(AnnotationLayers.Entities, entities);
        return document;
    }
}
