using System.Buffers;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Nlp.Tokenization;

namespace Readout.Nlp.Sentences;

/// <summary>A rule sentence splitter for English news, working on the tokens of <see cref="RuleTokenizer"/>.</summary>
/// <remarks>
/// Requires: <see cref="LayerNames.Tokens"/>. Produces: <see cref="LayerNames.Sentences"/>.
/// The rules are those of <see cref="SentenceBoundaryRules"/>. Thread-safe: it holds no state.
/// </remarks>
public sealed class RuleSentenceSplitter : IComponent
{
    private static readonly string[] RequiredLayers = [LayerNames.Tokens];
    private static readonly string[] ProducedLayers = [LayerNames.Sentences];

    /// <inheritdoc />
    public string Name => "rule-sentence-splitter";

    /// <inheritdoc />
    public string Version => "1.0";

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
            SentenceBoundaryRules.Mark(document, marks.AsSpan(0, count));
            for (var i = 0; i < count; i++)
            {
                endsAfter[i] = marks[i] is SentenceBoundaryRules.Punctuation or SentenceBoundaryRules.Layout;
            }

            SentenceBoundaryRules.WriteSentences(document, endsAfter.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(marks);
            ArrayPool<bool>.Shared.Return(endsAfter);
        }
    }
}
