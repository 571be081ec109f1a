using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Processing;
using Readout.Evaluation.Quotations;

namespace Readout.Evaluation.Tests.Quotations;

public sealed class QuotationEvaluatorTests
{
    /// <summary>A stand-in quotation stage: one direct quotation of the given words, said by the given words.</summary>
    private sealed class FixedQuotation(string content, string speaker) : IComponent
    {
        public string Name => "fixed-quotation";

        public string Version => "1";

        public IReadOnlyList<string> Requires => [];

        public IReadOnlyList<string> Produces => [LayerNames.Quotations];

        public void Process(Document document)
        {
            var at = document.Text.IndexOf(content, StringComparison.Ordinal);
            var by = document.Text.IndexOf(speaker, StringComparison.Ordinal);
            document.Set(AnnotationLayers.Quotations, [new Quotation
            {
                Id = "q1",
                Kind = QuotationKind.Direct,
                Content = new TextRange(at, at + content.Length),
                Speaker = new TextRange(by, by + speaker.Length),
                SpeakerName = speaker,
                Rule = "test",
            }]);
        }
    }

    private static double? Score(string line, string quoteRow, string content, string speaker, string key)
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var tsv = Path.Combine(directory.FullName, "quotations", "tsv");
            Directory.CreateDirectory(tsv);
            File.WriteAllText(Path.Combine(tsv, "1_test_brat.txt"), line + "\n");
            File.WriteAllText(Path.Combine(tsv, "1_test_brat.ann"), quoteRow + "\nATTRIB\tQ1\tMarta_Kolar-0\n");
            var pipeline = PipelineBuilder.Empty.Add(new FixedQuotation(content, speaker)).Build();
            return QuotationEvaluator.Evaluate(directory.FullName, pipeline).Get(key);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_dash_that_opens_a_line_of_dash_dialogue_is_its_quotation_mark_and_not_content()
    {
        // LitBank's span keeps the dash ("-- Soon .", tokens 4 to 6); the content without it still matches.
        const string line = "Marta Kolar answered : -- Soon .";
        const string row = "QUOTE\tQ1\t0\t4\t0\t6\t-- Soon .";
        Assert.Equal(100, Score(line, row, "Soon .", "Marta Kolar", "f1"));
        Assert.Equal(100, Score(line, row, "Soon .", "Marta Kolar", "speaker_accuracy"));

        // A content that leaves out words is still no match.
        Assert.Equal(0, Score(line, row, ".", "Marta Kolar", "f1"));
    }

    [Fact]
    public void A_half_scores_only_its_own_documents_and_the_halves_are_of_similar_size()
    {
        var names = Enumerable.Range(1, 200).Select(i => $"{i}_some_novel_brat").ToList();
        Assert.InRange(names.Count(n => QuotationEvaluator.HalfOf(n) == "dev"), 70, 130);

        // One excerpt from each half, one quotation each: a half sees one document and one quotation.
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var tsv = Path.Combine(directory.FullName, "quotations", "tsv");
            Directory.CreateDirectory(tsv);
            foreach (var half in new[] { "dev", "test" })
            {
                var name = names.First(n => QuotationEvaluator.HalfOf(n) == half);
                File.WriteAllText(Path.Combine(tsv, name + ".txt"), "Marta Kolar answered : -- Soon .\n");
                File.WriteAllText(Path.Combine(tsv, name + ".ann"), "QUOTE\tQ1\t0\t4\t0\t6\t-- Soon .\nATTRIB\tQ1\tMarta_Kolar-0\n");
            }

            var pipeline = PipelineBuilder.Empty.Add(new FixedQuotation("Soon .", "Marta Kolar")).Build();
            int Documents(string half) => QuotationEvaluator.Evaluate(directory.FullName, pipeline, half: half).ToJson()["documents"]!.GetValue<int>();
            Assert.Equal(2, Documents("all"));
            Assert.Equal(1, Documents("dev"));
            Assert.Equal(1, Documents("test"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
