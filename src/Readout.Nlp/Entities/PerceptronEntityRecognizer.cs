using Readout.Core.Documents;
using Readout.Core.Models;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Entities;

/// <summary>
/// Finds the names of people, organisations and places with a two-pass structured averaged perceptron over BILOU
/// classes, each sentence decoded by Viterbi over valid sequences, with word, shape, affix, tag and context features
/// and, when given a gazetteer, what lists of known names say.
/// </summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>, <see cref="LayerNames.Sentences"/>, <see cref="LayerNames.PartsOfSpeech"/>.
/// Produces: <see cref="LayerNames.EntityMentions"/> (labels <see cref="EntityTypes.Person"/>,
/// <see cref="EntityTypes.Organization"/>, <see cref="EntityTypes.Location"/>; titles are not part of a name, as in
/// UNER). The model (models/ner/model.bin) is loaded on first use and shared; the component holds no per-document state.
/// </remarks>
public sealed class PerceptronEntityRecognizer : ModelBackedComponent<EntityModel>
{
    /// <summary>The model's path inside the models folder.</summary>
    public const string ModelPath = "ner/model.bin";

    private static readonly string[] RequiredLayers = [LayerNames.Tokens, LayerNames.Sentences, LayerNames.PartsOfSpeech];
    private static readonly string[] ProducedLayers = [LayerNames.EntityMentions];
    private readonly IEntityGazetteer? _gazetteer;

    /// <summary>A recognizer over the shipped model.</summary>
    /// <param name="gazetteer">The gazetteer the model was trained with, or null.</param>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when the model is not installed.</exception>
    public PerceptronEntityRecognizer(IEntityGazetteer? gazetteer = null)
        : this(ModelDirectory.Resolve(ModelPath), gazetteer)
    {
    }

    /// <summary>A recognizer over the model file at <paramref name="path"/>, loaded on first use.</summary>
    public PerceptronEntityRecognizer(string path, IEntityGazetteer? gazetteer)
        : base(path, EntityModel.Load)
    {
        _gazetteer = gazetteer;
    }

    /// <summary>A recognizer over a model already in memory.</summary>
    public PerceptronEntityRecognizer(EntityModel model, IEntityGazetteer? gazetteer)
        : base(model)
    {
        _gazetteer = gazetteer;
    }

    /// <inheritdoc />
    public override string Name => "perceptron-entity-recognizer";

    /// <inheritdoc />
    public override IReadOnlyList<string> Requires => RequiredLayers;

    /// <inheritdoc />
    public override IReadOnlyList<string> Produces => ProducedLayers;

    /// <inheritdoc />
    public override void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var model = Model;
        var layer = document.GetOrAddSpans(LayerNames.EntityMentions);
        layer.Clear();
        GazetteerMarks? marks = null;
        if (_gazetteer is not null && model.UsesGazetteer)
        {
            marks = new GazetteerMarks();
            marks.Reset(document.Tokens.Count);
            _gazetteer.Mark(document, marks);
        }

        var spans = new List<(int First, int End, int Type)>();
        model.Recognize(document, marks, spans);
        foreach (var (first, end, type) in spans)
        {
            layer.Add(document.SpanOfTokens(first, end, model.Types[type]));
        }
    }
}
