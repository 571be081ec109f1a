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
    public void Documents_fall_into_two_fixed_halves_of_similar_size()
    {
        var names = Enumerable.Range(1, 200).Select(i => $"{i}_some_novel_brat").ToList();
        var halves = names.Select(QuotationEvaluator.HalfOf).ToList();
        Assert.Equal(halves, names.Select(QuotationEvaluator.HalfOf));
        Assert.All(halves, h => Assert.Contains(h, new[] { "dev", "test" }));
        Assert.InRange(halves.Count(h => h == "dev"), 70, 130);
    }
}
