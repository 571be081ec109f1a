using Readout.Nlp.Entities;
using Readout.Testing;

namespace Readout.Nlp.Tests.Entities;

public sealed class EntityRecognizerTrainerTests
{
    private static readonly string[] Types = [EntityTypes.Person, EntityTypes.Organization, EntityTypes.Location];

    // Invented names in a few sentence frames, each with its IOB2 tags.
    private static readonly (string Sentence, string Tags)[] Examples =
    [
        ("Mara Lindqvist visited Tovik on Monday .", "B-PERSON I-PERSON O B-LOC O O O"),
        ("The Harbour Guild hired Osric Penn .", "O B-ORG I-ORG O B-PERSON I-PERSON O"),
        ("Osric Penn flew to Tovik .", "B-PERSON I-PERSON O O B-LOC O"),
        ("Mara Lindqvist left the Harbour Guild .", "B-PERSON I-PERSON O O B-ORG I-ORG O"),
        ("Rain fell on Velmar Bay all week .", "O O O B-LOC I-LOC O O O"),
        ("Nobody came .", "O O O"),
    ];

    private static List<EntityTrainingDocument> Documents()
    {
        var documents = new List<EntityTrainingDocument>();
        foreach (var (sentence, tags) in Examples)
        {
            documents.Add(new EntityTrainingDocument(new DocBuilder().Sentence(sentence).Build(), tags.Split(' ')));
        }

        return documents;
    }

    private static List<(int First, int End, int Type)> Recognize(EntityModel model, EntityTrainingDocument example)
    {
        var spans = new List<(int First, int End, int Type)>();
        model.Recognize(example.Document, null, spans);
        return spans;
    }

    private static List<(int First, int End, int Type)> GoldSpans(EntityTrainingDocument example)
    {
        var labels = new int[example.Tags.Count];
        EntityLabels.FromIob([.. example.Tags], type => Array.IndexOf(Types, type), labels);
        var spans = new List<(int First, int End, int Type)>();
        EntityLabels.Spans(labels, spans);
        return spans;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_structured_model_learns_the_names_of_its_training_sentences(bool secondPass)
    {
        var documents = Documents();
        var model = EntityRecognizerTrainer.Train(documents, Types, new EntityTrainingOptions(Epochs: 8, SecondPass: secondPass));
        Assert.True(model.Structured);
        foreach (var example in documents)
        {
            Assert.Equal(GoldSpans(example), Recognize(model, example));
        }
    }

    [Fact]
    public void A_saved_structured_model_loads_and_finds_the_same_names()
    {
        var documents = Documents();
        var model = EntityRecognizerTrainer.Train(documents, Types, new EntityTrainingOptions(Epochs: 5));
        var path = Path.Combine(Path.GetTempPath(), $"readout-entities-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = EntityModel.Load(path);
            Assert.True(loaded.Structured);
            foreach (var example in documents)
            {
                Assert.Equal(Recognize(model, example), Recognize(loaded, example));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_greedy_trainer_is_still_available()
    {
        var model = EntityRecognizerTrainer.Train(Documents(), Types, new EntityTrainingOptions(Epochs: 3, Structured: false));
        Assert.False(model.Structured);
    }
}
