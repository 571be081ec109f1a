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

    [Fact]
    public void A_pronoun_speaker_resolves_to_the_named_entity_only_with_the_entity_stages()
    {
        const string text = "The Norland foreign minister Anna Berg arrived in Valletta on Monday. \u201CWe will not give up the fishing grounds,\u201D she told reporters.";
        var withEntities = new Document(text);
        StandardPipeline.Create().Process(withEntities);
        var quote = Assert.Single(withEntities.Get(Readout.Core.Annotations.AnnotationLayers.Quotations)!);
        Assert.Equal("she", quote.Speaker?.Of(text));
        Assert.Equal("Anna Berg", quote.SpeakerName);
        Assert.NotNull(quote.SpeakerEntityId);

        var without = new Document(text);
        StandardPipeline.Create(withEntities: false).Process(without);
        Assert.Null(without.Get(Readout.Core.Annotations.AnnotationLayers.Entities));
        var bare = Assert.Single(without.Get(Readout.Core.Annotations.AnnotationLayers.Quotations)!);
        Assert.Equal("she", bare.SpeakerName);
        Assert.Null(bare.SpeakerEntityId);
    }

    [Fact]
    public void A_quotation_over_two_sentences_with_its_speaker_in_the_second_codes_without_crashing()
    {
        // Regression: the speaker's sentence-local positions were used in the first sentence's events (bbc-politics article).
        const string text = "\"We will not reopen the border crossings before the harvest or before the fishing dispute is settled by the courts of both countries,\" "
            + "the Norland foreign minister Anna Berg told reporters in Valletta on Monday. \"Sudmark attacked our boats.\"";
        var document = new Document(text) { Published = new DateOnly(2023, 3, 14) };
        StandardPipeline.Create().Process(document);
        Assert.True(document.Sentences.Count >= 2);
        Assert.NotEmpty(document.Get(Readout.Core.Annotations.AnnotationLayers.Quotations)!);
        foreach (var coded in document.Get(Readout.Core.Annotations.AnnotationLayers.Events) ?? [])
        {
            Assert.InRange(coded.Evidence.End, coded.Evidence.Start, text.Length);
        }
    }

    [Fact]
    public void A_verb_pattern_whose_infinitive_marker_ends_its_phrase_codes_without_crashing()
    {
        // Regression: hard-wrapped wire copy parsed "to" at a line end as an infinitive marker with nothing after it in
        // its phrase, and the pattern matcher read past the phrase (reuters-21578 records).
        const string text = "Norland Bank said it will reduce the\nfee it charges on unpaid loans to\n12.5 pct from 15 pct, starting in May.\n";
        var document = new Document(text) { Published = new DateOnly(1987, 3, 2) };
        StandardPipeline.Create().Process(document);
        Assert.NotNull(document.Get(Readout.Core.Annotations.AnnotationLayers.Events));
        Assert.Equal(text, document.Text);
    }
}
