using Readout.Core.Documents;
using Readout.Core.Models;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Lemmatization;

/// <summary>
/// A lemmatizer learned from the treebank: the lemma of every (word, Penn tag) pair seen in training, and suffix rules
/// per tag for the rest ("ministries"/NNS → "ministry").
/// </summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>, <see cref="LayerNames.PartsOfSpeech"/>. Produces: <see cref="LayerNames.Lemmas"/>.
/// Known words get the model's own string; only unseen words allocate. The model (models/lemmatizer/model.bin) is
/// loaded on first use and shared by every thread.
/// </remarks>
public sealed class SuffixRuleLemmatizer : ModelBackedComponent<LemmaModel>
{
    /// <summary>The model's path inside the models folder.</summary>
    public const string ModelPath = "lemmatizer/model.bin";

    private static readonly string[] RequiredLayers = [LayerNames.Tokens, LayerNames.PartsOfSpeech];
    private static readonly string[] ProducedLayers = [LayerNames.Lemmas];

    /// <summary>A lemmatizer over the shipped model.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when the model is not installed.</exception>
    public SuffixRuleLemmatizer()
        : this(ModelDirectory.Resolve(ModelPath))
    {
    }

    /// <summary>A lemmatizer over the model file at <paramref name="path"/>, loaded on first use.</summary>
    public SuffixRuleLemmatizer(string path)
        : base(path, LemmaModel.Load)
    {
    }

    /// <summary>A lemmatizer over a model already in memory.</summary>
    public SuffixRuleLemmatizer(LemmaModel model)
        : base(model)
    {
    }

    /// <inheritdoc />
    public override string Name => "suffix-rule-lemmatizer";

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
        var lemmas = table.Lemmas;
        var xpos = table.Xpos;
        for (var i = 0; i < table.Count; i++)
        {
            var form = document.Text.AsSpan(table.Starts[i], table.Ends[i] - table.Starts[i]);
            lemmas[i] = model.Lemmatize(form, xpos[i] ?? string.Empty);
        }
    }
}
