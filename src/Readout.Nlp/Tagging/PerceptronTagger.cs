using Readout.Core.Documents;
using Readout.Core.Models;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>
/// A greedy averaged-perceptron part-of-speech tagger: UPOS, Penn XPOS and UD morphological features.
/// </summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>, <see cref="LayerNames.Sentences"/>. Produces: <see cref="LayerNames.PartsOfSpeech"/>
/// (the Upos, Xpos and Features columns; the strings belong to the model). The model (models/tagger/model.bin) is
/// loaded on first use and shared by every thread; the component holds no per-document state.
/// </remarks>
public sealed class PerceptronTagger : ModelBackedComponent<TaggerModel>
{
    /// <summary>The model's path inside the models folder.</summary>
    public const string ModelPath = "tagger/model.bin";

    private static readonly string[] RequiredLayers = [LayerNames.Tokens, LayerNames.Sentences];
    private static readonly string[] ProducedLayers = [LayerNames.PartsOfSpeech];

    /// <summary>A tagger over the shipped model.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when the model is not installed.</exception>
    public PerceptronTagger()
        : this(ModelDirectory.Resolve(ModelPath))
    {
    }

    /// <summary>A tagger over the model file at <paramref name="path"/>, loaded on first use.</summary>
    public PerceptronTagger(string path)
        : base(path, TaggerModel.Load)
    {
    }

    /// <summary>A tagger over a model already in memory.</summary>
    public PerceptronTagger(TaggerModel model)
        : base(model)
    {
    }

    /// <inheritdoc />
    public override string Name => "perceptron-tagger";

    /// <inheritdoc />
    public override IReadOnlyList<string> Requires => RequiredLayers;

    /// <inheritdoc />
    public override IReadOnlyList<string> Produces => ProducedLayers;

    // One scratch word per sentence position and thread, for words the model's cache has no room for (no allocation
    // per word); kept for the model they were made for.
    [ThreadStatic]
    private static CachedTaggerWord[]? t_scratch;

    [ThreadStatic]
    private static TaggerModel? t_scratchModel;

    private static CachedTaggerWord ScratchAt(TaggerModel model, int position)
    {
        if (!ReferenceEquals(t_scratchModel, model) || t_scratch is null)
        {
            t_scratch = [];
            t_scratchModel = model;
        }

        if (position >= t_scratch.Length)
        {
            var grown = new CachedTaggerWord[Math.Max(position + 1, t_scratch.Length * 2)];
            t_scratch.CopyTo(grown, 0);
            t_scratch = grown;
        }

        return t_scratch[position] ??= model.NewScratch();
    }

    /// <inheritdoc />
    public override void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var model = Model;
        var table = document.Tokens;
        var upos = table.Upos;
        var xpos = table.Xpos;
        var features = table.Features;
        var longest = SentenceRanges.Longest(document);
        var cached = new CachedTaggerWord[longest];
        var words = new TaggerWord[longest];
        var tags = new int[longest * 2];
        foreach (var (first, end) in SentenceRanges.Of(document))
        {
            var length = end - first;
            for (var i = 0; i < length; i++)
            {
                var token = first + i;
                cached[i] = model.Lookup(document.Text.AsSpan(table.Starts[token], table.Ends[token] - table.Starts[token]), i == 0, ScratchAt(model, i));
                words[i] = cached[i].Word;
            }

            var sentenceTags = tags.AsSpan(0, length);
            model.Tag(cached.AsSpan(0, length), words.AsSpan(0, length), sentenceTags, tags.AsSpan(longest, length));

            for (var i = 0; i < length; i++)
            {
                var tag = sentenceTags[i];
                upos[first + i] = model.UposOf(tag);
                xpos[first + i] = model.XposOf(tag);
                features[first + i] = model.Morphology.FeaturesOf(words[i].Lower, tag);
            }
        }
    }
}
