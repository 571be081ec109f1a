using Readout.Core.Annotations;
using Readout.Core.Processing;
using Readout.Evaluation.Coreference;

namespace Readout.Evaluation.Tests.Coreference;

public sealed class CoreferenceEvaluatorTests
{
    // "President Anna Berg met Dorn. She smiled." with Berg (1, "President Anna Berg" / "She") and Dorn (2, a singleton).
    private const string Conllu =
        "# newdoc id = test\n# text = President Anna Berg met Dorn.\n" +
        "1\tPresident\tpresident\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-s-cf1-3-coref\n" +
        "2\tAnna\tAnna\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n" +
        "3\tBerg\tBerg\tPROPN\tNNP\t_\t2\tflat\t_\tEntity=1)\n" +
        "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "5\tDorn\tDorn\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=(2-person-new-s-cf2-1-sgl)|SpaceAfter=No\n" +
        "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n" +
        "# text = She smiled.\n" +
        "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-s-cf1-1-coref)\n" +
        "2\tsmiled\tsmile\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    private static Entity Person(string text, string id, params string[] mentions) => FixedEntities.Entity(text, id, "PERSON", null, mentions);

    private static Readout.Evaluation.Reporting.EvaluationReport Run(Func<string, List<Entity>> entities)
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "dep-open"));
            Directory.CreateDirectory(Path.Combine(directory.FullName, "splits"));
            File.WriteAllText(Path.Combine(directory.FullName, "dep-open", "GUM_news_test.conllu"), Conllu);
            File.WriteAllText(Path.Combine(directory.FullName, "splits", "test.txt"), "GUM_news_test\n");
            var pipeline = PipelineBuilder.Empty.Add(new FixedEntities(entities)).Build();
            return CoreferenceEvaluator.Evaluate(directory.FullName, "test", pipeline);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_name_inside_the_gold_mention_and_its_pronoun_in_one_entity_score_full_marks()
    {
        // "Anna Berg" stands for gold "President Anna Berg" (same end); the singleton Dorn is left out on both sides.
        var report = Run(text => [Person(text, "e1", "Anna Berg", "She"), Person(text, "e2", "Dorn")]);
        Assert.Equal(100, report.Get("muc_f1"));
        Assert.Equal(100, report.Get("conll_f1"));
        Assert.Equal(100, report.Get("pronoun_resolved"));
        Assert.Equal(100, report.Get("pronoun_precision"));
    }

    [Fact]
    public void A_pronoun_put_with_the_wrong_person_counts_against_precision_and_the_link()
    {
        var report = Run(text => [Person(text, "e1", "Anna Berg"), Person(text, "e2", "Dorn", "She")]);
        Assert.Equal(0, report.Get("muc_f1"));
        Assert.Equal(100, report.Get("pronoun_resolved"));
        Assert.Equal(0, report.Get("pronoun_precision"));
    }

    [Fact]
    public void A_folder_that_is_not_gum_is_a_coded_error()
    {
        var error = Assert.Throws<Readout.Core.Errors.ReadoutException>(() => CoreferenceEvaluator.Evaluate(Path.GetTempPath(), "test", PipelineBuilder.Empty.Build()));
        Assert.Equal(Readout.Core.Errors.ErrorCodes.EvaluationDataMissing, error.Code);
    }
}
