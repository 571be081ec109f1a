using Readout.Core.Documents;
using Readout.Core.Models;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>
/// Corrects the morphological features that depend on syntax once the parser has run: agreement of verbs with their
/// subject (Person, Number), Voice=Pass, pronoun Case, imperative versus infinitive, gerund versus participle.
/// </summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>, <see cref="LayerNames.Sentences"/>, <see cref="LayerNames.PartsOfSpeech"/>,
/// <see cref="LayerNames.Dependencies"/>. Produces: <see cref="LayerNames.PartsOfSpeech"/> (rewrites the Features column
/// where its model knows the word's context; the tagger's choice stays elsewhere). The model
/// (models/features/model.bin) is loaded on first use and shared by every thread. Idempotent: it reads only tags,
/// words and the tree, never the features it writes.
/// </remarks>
public sealed class SyntacticFeatureRefiner : ModelBackedComponent<SyntacticFeatureModel>
{
    /// <summary>The model's path inside the models folder.</summary>
    public const string ModelPath = "features/model.bin";

    private static readonly string[] RequiredLayers = [LayerNames.Tokens, LayerNames.Sentences, LayerNames.PartsOfSpeech, LayerNames.Dependencies];
    private static readonly string[] ProducedLayers = [LayerNames.PartsOfSpeech];

    /// <summary>A refiner over the shipped model.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when the model is not installed.</exception>
    public SyntacticFeatureRefiner()
        : this(ModelDirectory.Resolve(ModelPath))
    {
    }

    /// <summary>A refiner over the model file at <paramref name="path"/>, loaded on first use.</summary>
    public SyntacticFeatureRefiner(string path)
        : base(path, SyntacticFeatureModel.Load)
    {
    }

    /// <summary>A refiner over a model already in memory.</summary>
    public SyntacticFeatureRefiner(SyntacticFeatureModel model)
        : base(model)
    {
    }

    /// <inheritdoc />
    public override string Name => "syntactic-feature-refiner";

    /// <inheritdoc />
    public override IReadOnlyList<string> Requires => RequiredLayers;

    /// <inheritdoc />
    public override IReadOnlyList<string> Produces => ProducedLayers;

    /// <inheritdoc />
    public override void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var model = Model;
        var table = document.Tokens;
        var longest = SentenceRanges.Longest(document);
        var heads = new int[longest];
        var words = new ulong[longest];
        foreach (var (first, end) in SentenceRanges.Of(document))
        {
            var length = end - first;
            for (var i = 0; i < length; i++)
            {
                var head = table.Heads[first + i];
                heads[i] = head < 0 ? -1 : head - first;
                words[i] = TaggerWord.KeyOf(document.Text.AsSpan(table.Starts[first + i], table.Ends[first + i] - table.Starts[first + i]));
            }

            var relations = table.Relations.Slice(first, length);
            var xpos = table.Xpos.Slice(first, length);
            for (var i = 0; i < length; i++)
            {
                var signature = SyntacticSignature.Of(i, heads.AsSpan(0, length), relations, words.AsSpan(0, length), xpos);
                var features = model.FeaturesOf(words[i], xpos[i] ?? string.Empty, signature, out var found);
                if (found)
                {
                    table.Features[first + i] = features;
                }
            }
        }
    }
}
