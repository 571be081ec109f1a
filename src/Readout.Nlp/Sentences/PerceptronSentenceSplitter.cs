using System.Buffers;
using Readout.Core.Documents;
using Readout.Core.Processing;

namespace Readout.Nlp.Sentences;

/// <summary>
/// A sentence splitter that starts from <see cref="SentenceBoundaryRules"/> and lets a learned classifier confirm or
/// overrule each punctuation boundary and propose boundaries the rules miss (informal text without punctuation).
/// </summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>. Produces: <see cref="LayerNames.Sentences"/>.
/// Layout boundaries (paragraphs, structural line breaks, datelines) are always kept; a boundary is never placed
/// inside a surface token ("do|n't"). The model is trained by <c>readout train sentences</c>.
/// Thread-safe: the model is read-only.
/// </remarks>
public sealed class PerceptronSentenceSplitter : IComponent
{
    private static readonly string[] RequiredLayers = [LayerNames.Tokens];
    private static readonly string[] ProducedLayers = [LayerNames.Sentences];
    private readonly SentenceBoundaryModel _model;

    /// <summary>Creates the splitter over a trained model.</summary>
    public PerceptronSentenceSplitter(SentenceBoundaryModel model, string version)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        Version = version;
    }

    /// <summary>The trained model.</summary>
    public SentenceBoundaryModel Model => _model;

    /// <inheritdoc />
    public string Name => "perceptron-sentence-splitter";

    /// <inheritdoc />
    public string Version { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => RequiredLayers;

    /// <inheritdoc />
    public IReadOnlyList<string> Produces => ProducedLayers;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var count = document.Tokens.Count;
        var marks = ArrayPool<byte>.Shared.Rent(count);
        var endsAfter = ArrayPool<bool>.Shared.Rent(count);
        try
        {
            Decide(_model, document, marks.AsSpan(0, count), endsAfter.AsSpan(0, count));
            SentenceBoundaryRules.WriteSentences(document, endsAfter.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(marks);
            ArrayPool<bool>.Shared.Return(endsAfter);
        }
    }

    /// <summary>Decides, for each token, whether a sentence ends after it.</summary>
    internal static void Decide(SentenceBoundaryModel model, Document document, Span<byte> marks, Span<bool> endsAfter)
    {
        var count = document.Tokens.Count;
        SentenceBoundaryRules.Mark(document, marks);
        Span<int> features = stackalloc int[BoundaryFeatures.Count];
        var quotation = new QuotationDepth();
        for (var i = 0; i < count - 1; i++)
        {
            quotation.Advance(document, i);
            if (marks[i] == SentenceBoundaryRules.Layout)
            {
                endsAfter[i] = true;
                quotation = new QuotationDepth();
            }
            else if (marks[i] == SentenceBoundaryRules.KeepTogether || !IsCandidate(document, i))
            {
                endsAfter[i] = false;
            }
            else if (marks[i] == SentenceBoundaryRules.None && quotation.IsOpen)
            {
                // Inside an open quotation the model may not invent a boundary the punctuation does not show.
                endsAfter[i] = false;
            }
            else
            {
                // Confirming a punctuation boundary needs a positive score; adding one the rules did not see needs a margin.
                var n = BoundaryFeatures.Extract(document, i, marks[i], features);
                var threshold = marks[i] == SentenceBoundaryRules.Punctuation ? 0 : model.AddMargin;
                endsAfter[i] = model.Score(features[..n]) > threshold;
            }
        }

        if (count > 0)
        {
            endsAfter[count - 1] = true;
        }
    }

    /// <summary>A boundary may follow token <paramref name="i"/> unless the next token continues the same surface word.</summary>
    /// <remarks>Nor after a comma, semicolon, colon, dash or opening bracket: news sentences never end there.</remarks>
    internal static bool IsCandidate(Document document, int i)
    {
        var tokens = document.Tokens;
        if ((tokens.Flags[i + 1] & TokenFlags.JoinedToPrevious) != 0)
        {
            return false;
        }

        var last = document.Text[tokens.Ends[i] - 1];
        return last is not (',' or ';' or ':' or '-' or '\u2013' or '\u2014' or '(' or '[' or '{' or '\u201C' or '\u2018');
    }
}
