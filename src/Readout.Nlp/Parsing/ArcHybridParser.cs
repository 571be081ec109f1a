using Readout.Core.Documents;
using Readout.Core.Models;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Parsing;

/// <summary>
/// A greedy arc-hybrid dependency parser with an averaged-perceptron transition classifier, trained with a dynamic
/// oracle: labelled UD dependencies (relations with subtypes), one root per sentence.
/// </summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>, <see cref="LayerNames.Sentences"/>, <see cref="LayerNames.PartsOfSpeech"/>.
/// Produces: <see cref="LayerNames.Dependencies"/> (heads are document token indexes, -1 for a sentence's root; relation
/// strings belong to the model). Projective trees only. The model (models/parser/model.bin) is loaded on first use and
/// shared by every thread.
/// </remarks>
public sealed class ArcHybridParser : ModelBackedComponent<ParserModel>
{
    /// <summary>The model's path inside the models folder.</summary>
    public const string ModelPath = "parser/model.bin";

    private static readonly string[] RequiredLayers = [LayerNames.Tokens, LayerNames.Sentences, LayerNames.PartsOfSpeech];
    private static readonly string[] ProducedLayers = [LayerNames.Dependencies];

    /// <summary>A parser over the shipped model.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when the model is not installed.</exception>
    public ArcHybridParser()
        : this(ModelDirectory.Resolve(ModelPath))
    {
    }

    /// <summary>A parser over the model file at <paramref name="path"/>, loaded on first use.</summary>
    public ArcHybridParser(string path)
        : base(path, ParserModel.Load)
    {
    }

    /// <summary>A parser over a model already in memory.</summary>
    public ArcHybridParser(ParserModel model)
        : base(model)
    {
    }

    /// <inheritdoc />
    public override string Name => "arc-hybrid-parser";

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
        var heads = table.Heads;
        var relations = table.Relations;
        var words = new ParserWord[Math.Max(1, SentenceRanges.Longest(document))];
        var state = new ArcHybridState();
        var upos = table.Upos;
        var xpos = table.Xpos;
        foreach (var (first, end) in SentenceRanges.Of(document))
        {
            var length = end - first;
            for (var i = 0; i < length; i++)
            {
                var token = first + i;
                var text = document.Text.AsSpan(table.Starts[token], table.Ends[token] - table.Starts[token]);
                words[i] = ParserWord.Of(text, xpos[token], (int)upos[token]);
            }

            model.Parse(words.AsSpan(0, length), state);
            var stateHeads = state.Heads;
            var stateLabels = state.Labels;
            for (var i = 0; i < length; i++)
            {
                var head = stateHeads[i];
                heads[first + i] = head == length || head < 0 ? -1 : first + head;
                relations[first + i] = model.Labels[stateLabels[i] < 0 ? model.RootLabel : stateLabels[i]];
            }
        }
    }
}
