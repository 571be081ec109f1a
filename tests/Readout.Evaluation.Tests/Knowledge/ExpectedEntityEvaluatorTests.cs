using Readout.Core.Annotations;
using Readout.Core.Processing;
using Readout.Evaluation.Knowledge;

namespace Readout.Evaluation.Tests.Knowledge;

public sealed class ExpectedEntityEvaluatorTests
{
    private const string Article = "Norland's foreign minister Anna Berg met officials in Valletta. She said Norland would not give up the fishing grounds.";

    private const string Expected = """
        {
          "article": "meeting.txt",
          "published": "2023-03-14",
          "entities": [
            { "name": "Anna Berg", "type": "PERSON", "actor": "NRLGOV", "mentions": ["Anna Berg", "she"] },
            { "name": "Norland", "type": "GPE", "actor": "NRL", "mentions": ["Norland"] },
            { "name": "Valletta", "type": "GPE", "actor": null, "mentions": ["Valletta"] }
          ]
        }
        """;

    private static Readout.Evaluation.Reporting.EvaluationReport Run(Func<string, List<Entity>> entities)
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "meeting.txt"), Article);
            File.WriteAllText(Path.Combine(directory.FullName, "expected.json"), Expected);
            var pipeline = PipelineBuilder.Empty.Add(new FixedEntities(entities)).Build();
            return ExpectedEntityEvaluator.Evaluate(directory.FullName, pipeline, new DateOnly(2023, 1, 1));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Entities_with_their_codes_and_pronouns_score_full_marks()
    {
        var report = Run(text =>
        [
            FixedEntities.Entity(text, "e1", "PERSON", "NRLGOV", "Anna Berg", "She"),
            FixedEntities.Entity(text, "e2", "GPE", "NRL", "Norland"),
            FixedEntities.Entity(text, "e3", "GPE", "MLT", "Valletta"),
        ]);
        Assert.Equal(100, report.Get("found"));
        Assert.Equal(100, report.Get("actor_accuracy"));
        Assert.Equal(100, report.Get("one_entity"));
    }

    [Fact]
    public void A_wrong_role_a_missing_entity_and_a_pronoun_left_alone_are_counted()
    {
        // Berg as an opposition figure, her pronoun in an entity of its own, Valletta not found.
        var report = Run(text =>
        [
            FixedEntities.Entity(text, "e1", "PERSON", "NRLOPP", "Anna Berg"),
            FixedEntities.Entity(text, "e2", "PERSON", null, "She"),
            FixedEntities.Entity(text, "e3", "GPE", "NRL", "Norland"),
        ]);
        Assert.Equal(200.0 / 3, report.Get("found")!.Value, 2);
        Assert.Equal(50, report.Get("actor_accuracy"));
        Assert.Equal(100, report.Get("country_accuracy"));
        Assert.Equal(100.0 / 3, report.Get("one_entity")!.Value, 2);
    }
}
