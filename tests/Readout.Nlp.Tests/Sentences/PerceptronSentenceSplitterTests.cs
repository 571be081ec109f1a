using Readout.Core.Documents;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tokenization;
using Readout.Testing;

namespace Readout.Nlp.Tests.Sentences;

public sealed class PerceptronSentenceSplitterTests
{
    // Informal lines with no final punctuation: sentences end where a lower-case "thanks" or "see" starts.
    private static readonly string[] Training =
    [
        "i will call you tomorrow|thanks for the help",
        "the shop was closed|see you at noon",
        "we missed the bus again|thanks anyway",
        "the food was cold|see you next week",
        "my flight is late|thanks for waiting",
        "it rained all day|see you soon",
    ];

    private static (Document, bool[]) Example(string sentences)
    {
        var parts = sentences.Split('|');
        var document = new Document(string.Join(' ', parts));
        new RuleTokenizer().Process(document);
        var ends = new HashSet<int>();
        var offset = 0;
        foreach (var part in parts)
        {
            offset += part.Length;
            ends.Add(offset);
            offset++;
        }

        var gold = new bool[document.Tokens.Count];
        for (var i = 0; i < gold.Length; i++)
        {
            gold[i] = ends.Contains(document.Tokens.Ends[i]);
        }

        return (document, gold);
    }

    private static SentenceBoundaryModel TrainSmall(int seed) =>
        SentenceBoundaryTrainer.Train(Training.Select(Example).ToList(), epochs: 10, seed);

    private static string[] Split(SentenceBoundaryModel model, string text)
    {
        var document = new Document(text);
        new RuleTokenizer().Process(document);
        new PerceptronSentenceSplitter(model, "test").Process(document);
        return document.Sentences.Spans.Select(s => s.Text).ToArray();
    }

    [Fact]
    public void A_trained_model_finds_boundaries_the_rules_cannot_see()
    {
        var model = TrainSmall(seed: 1);
        Assert.Equal(["the tea was fine", "thanks for everything"], Split(model, "the tea was fine thanks for everything"));
        Assert.Single(Split(model, "the tea was fine"));
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        TrainSmall(seed: 7).Save(first);
        TrainSmall(seed: 7).Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_decisions()
    {
        var model = TrainSmall(seed: 3).WithAddMargin(0.25f);
        var path = Path.GetTempFileName();
        try
        {
            using (var stream = File.Create(path))
            {
                model.Save(stream);
            }

            var loaded = SentenceBoundaryModel.Load(path);
            Assert.Equal(0.25f, loaded.AddMargin);
            Assert.Equal(Split(model, "the tea was fine thanks again"), Split(loaded, "the tea was fine thanks again"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_truncated_model_file_is_a_coded_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0x52, 0x44, 0x53]);
            var error = Assert.Throws<Core.Errors.ReadoutException>(() => SentenceBoundaryModel.Load(path));
            Assert.Equal(Core.Errors.ErrorCodes.ModelCorrupt, error.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_model_never_cuts_a_quotation_from_its_attribution_or_splits_after_a_title()
    {
        // A model that wants a boundary everywhere still respects the rules' definite "keep together" marks.
        var eager = TrainSmall(seed: 1).WithAddMargin(-1000f);
        var sentences = Split(eager, "\u201CWhy now?\u201D the minister asked Mr. Berg.");
        Assert.StartsWith("\u201CWhy now?\u201D the", sentences[0], StringComparison.Ordinal);
        Assert.DoesNotContain(sentences, s => s.EndsWith("Mr.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_model_splits_news_like_the_rules_and_honours_the_contract()
    {
        const string text = "TEHRAN, Nov. 15 (Reuters) - The ministers met in the U.S. capital. \u201CWe agree,\u201D he said. Talks end today.";
        Assert.Equal(
            ["TEHRAN, Nov. 15 (Reuters) -", "The ministers met in the U.S. capital.", "\u201CWe agree,\u201D he said.", "Talks end today."],
            Split(SentenceModelFiles.Default.Model, text));
        Assert.Empty(ComponentContract.Violations(SentenceModelFiles.Default, () =>
        {
            var document = new Document(text);
            new RuleTokenizer().Process(document);
            return document;
        }));
    }
}
