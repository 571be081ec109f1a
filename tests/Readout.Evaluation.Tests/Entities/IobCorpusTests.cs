using Readout.Evaluation.Entities;

namespace Readout.Evaluation.Tests.Entities;

public sealed class IobCorpusTests
{
    [Fact]
    public void Reads_uner_columns_maps_types_and_decodes_spans()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path,
                "# sent_id = 1\n1\tAnna\tB-PER\t-\t-\n2\tBerg\tI-PER\t-\t-\n3\tvisited\tO\t-\t-\n4\tValletta\tB-LOC\t-\t-\n5\ttoday\tB-OTH\t-\t-\n\n" +
                "# sent_id = 2\n1\tThe\tO\t-\t-\n2\tUN\tB-ORG\t-\t-\n\n");
            var corpus = IobCorpus.Read(path, type => type == "OTH" ? null : type);
            Assert.Equal("Anna Berg visited Valletta today\nThe UN\n", corpus.Text);
            Assert.Equal([new LabelledSpan(0, 9, "PER"), new LabelledSpan(18, 26, "LOC"), new LabelledSpan(37, 39, "ORG")], corpus.Spans);
            Assert.Equal(2, corpus.Sentences.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
