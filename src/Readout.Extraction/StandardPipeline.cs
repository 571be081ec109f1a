using Readout.Core.Processing;
using Readout.Extraction.Quotations;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tokenization;

namespace Readout.Extraction;

/// <summary>The pipeline Readout runs by default: every stage whose models are installed, in dependency order.</summary>
public static class StandardPipeline
{
    /// <summary>Builds the standard pipeline. Model-backed stages load their shared, read-only models once per process.</summary>
    public static Pipeline Create()
    {
        var builder = PipelineBuilder.Empty
            .Add(new RuleTokenizer())
            .Add(SentenceModelFiles.Default)
            .Add(new QuotationExtractor());
        return builder.Build();
    }
}
