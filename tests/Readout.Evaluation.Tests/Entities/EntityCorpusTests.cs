using Readout.Evaluation.Entities;
using Readout.Nlp.Entities;
using Readout.Testing;

namespace Readout.Evaluation.Tests.Entities;

public sealed class EntityCorpusTests
{
    [Fact]
    public void A_lower_case_copy_keeps_tokens_sentences_and_tags()
    {
        var document = new DocBuilder().Sentence("Mara Lindqvist visited Tovik .").Sentence("Rain fell on Velmar Bay .").Build();
        var tags = new[] { "B-PERSON", "I-PERSON", "O", "B-LOC", "O", "O", "O", "O", "B-LOC", "I-LOC", "O" };
        var copy = EntityCorpus.LowerCased(new EntityTrainingDocument(document, tags));

        Assert.Equal("mara lindqvist visited tovik . rain fell on velmar bay .", copy.Document.Text);
        Assert.Equal(document.Tokens.Starts.ToArray(), copy.Document.Tokens.Starts.ToArray());
        Assert.Equal(document.Tokens.Ends.ToArray(), copy.Document.Tokens.Ends.ToArray());
        Assert.Equal(document.Sentences.Count, copy.Document.Sentences.Count);
        Assert.Equal(tags, copy.Tags);
        Assert.Equal("Mara Lindqvist visited Tovik . Rain fell on Velmar Bay .", document.Text);
    }
}
