using Readout.Core.Documents;
using Readout.Extraction;

namespace Readout.Extraction.Tests;

public sealed class StandardPipelineTests
{
    [Fact]
    public void Standard_pipeline_tokenizes_and_splits_without_altering_the_text()
    {
        const string text = "VALLETTA (Readout Wire) - The ministers met. \u201CWe agreed,\u201D Berg said.";
        var document = new Document(text);
        StandardPipeline.Create().Process(document);
        Assert.Equal(text, document.Text);
        Assert.True(document.Tokens.Count > 10);
        Assert.Equal(3, document.Sentences.Count);
    }

    [Fact]
    public void Standard_pipeline_is_shareable_across_threads()
    {
        var pipeline = StandardPipeline.Create();
        var counts = new int[16];
        Parallel.For(0, counts.Length, i =>
        {
            var document = new Document($"Sentence number {i} is here. And another one.");
            pipeline.Process(document);
            counts[i] = document.Sentences.Count;
        });
        Assert.All(counts, c => Assert.Equal(2, c));
    }

    [Fact]
    public void With_the_parse_a_noun_spelled_like_a_cue_introduces_no_statement_and_speech_is_still_found()
    {
        const string text = "The mediator in the river dispute, a retired judge, says the talks could collapse at any moment.";
        var document = new Document(text);
        StandardPipeline.Create().Process(document);
        var quote = Assert.Single(document.Get(Readout.Core.Annotations.AnnotationLayers.Quotations)!);
        Assert.Equal("says", quote.Cue?.Of(text));
        Assert.Equal("the talks could collapse at any moment", quote.Content.Of(text));
    }
}
