using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Extraction.Quotations;
using Readout.Nlp.Sentences;
using Readout.Nlp.Tokenization;

namespace Readout.Extraction.Tests.Quotations;

public sealed class QuotationExtractorTests
{
    private static (Document Document, IReadOnlyList<Quotation> Quotes) Extract(string text)
    {
        var document = new Document(text);
        new RuleTokenizer().Process(document);
        new RuleSentenceSplitter().Process(document);
        new QuotationExtractor().Process(document);
        return (document, document.Get(AnnotationLayers.Quotations)!);
    }

    private static void AssertQuote(Document document, Quotation quote, QuotationKind kind, string? cue, string content, string? speaker)
    {
        Assert.Equal(kind, quote.Kind);
        Assert.Equal(cue, quote.Cue?.Of(document.Text));
        Assert.Equal(content, quote.Content.Of(document.Text));
        Assert.Equal(speaker, quote.Speaker?.Of(document.Text));
    }

    [Fact]
    public void Quote_then_pronoun_and_cue()
    {
        var (document, quotes) = Extract("\u201CWe will reopen the crossings,\u201D he said.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Direct, "said", "We will reopen the crossings", "he");
    }

    [Theory]
    [InlineData("\u201CBut it is,\u201D returned she.", "returned", "But it is", "she")]
    [InlineData("\u201CPlease do not go,\u201D I pleaded.", "pleaded", "Please do not go", "I")]
    [InlineData("\u201CNot again,\u201D the minister laughed.", "laughed", "Not again", "the minister")]
    [InlineData("\u201CBecause \u2014\u201D he hesitated, and his cheeks grew hot.", "hesitated", "Because \u2014", "he")]
    [InlineData("\u201CWhy?\u201D she challenged.", "challenged", "Why?", "she")]
    [InlineData("\u201CI forgot his name,\u201D confessed Anna.", "confessed", "I forgot his name", "Anna")]
    [InlineData("\u201CNever!\u201D he ejaculated.", "ejaculated", "Never!", "he")]
    public void Dialogue_verbs_attribute_the_quotation_beside_them(string text, string cue, string content, string speaker)
    {
        var (document, quotes) = Extract(text);
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Direct, cue, content, speaker);
    }

    [Fact]
    public void An_apostrophe_before_a_lone_s_in_pre_tokenized_text_opens_no_quotation()
    {
        var (document, quotes) = Extract("Anna Berg 's people , as is often the case , came from the coast , where the Dorns ' house is . 'Yes , ' she said .");
        var quote = Assert.Single(quotes);
        Assert.Equal("she", quote.Speaker?.Of(document.Text));
    }

    [Fact]
    public void A_stray_apostrophe_at_a_lines_end_does_not_put_the_next_quotations_out_of_step()
    {
        var (document, quotes) = Extract("CHAPTER I ' A LONG ROAD ' . '\n' Come in ! ' said Anna Berg .\nThe door was open .\n' Thank you , ' said Piet Dorn .\n");
        Assert.Equal(["Come in !", "Thank you"], quotes.Where(q => q.Speaker is not null).Select(q => q.Content.Of(document.Text).Trim()));
        Assert.Equal(["Anna Berg", "Piet Dorn"], quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Value.Of(document.Text)));
    }

    [Theory]
    [InlineData("The minister returned to Kabul after the talks.")]
    [InlineData("Both delegations laughed when the talks began.")]
    public void Dialogue_verbs_are_not_cues_of_reported_speech(string text)
    {
        var (_, quotes) = Extract(text);
        Assert.Empty(quotes);
    }

    [Fact]
    public void Speaker_and_cue_then_colon_and_quote()
    {
        var (document, quotes) = Extract("Anna Berg said: \"The talks were useful.\"");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Direct, "said", "The talks were useful.", "Anna Berg");
    }

    [Fact]
    public void Quote_split_by_its_attribution_gives_two_records_with_one_speaker()
    {
        var (document, quotes) = Extract("\u201CThe border will open,\u201D said Anna Berg, \u201Cbut only for trade.\u201D");
        Assert.Equal(2, quotes.Count);
        AssertQuote(document, quotes[0], QuotationKind.Direct, "said", "The border will open", "Anna Berg");
        AssertQuote(document, quotes[1], QuotationKind.Direct, "said", "but only for trade.", "Anna Berg");
    }

    [Fact]
    public void Quote_over_several_sentences_is_one_record()
    {
        var (document, quotes) = Extract("\u201CWe agreed. It is a start. More will follow,\u201D the minister said.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Direct, "said", "We agreed. It is a start. More will follow", "the minister");
    }

    [Fact]
    public void Quote_continued_in_the_next_paragraph_keeps_its_speaker()
    {
        const string text = "\u201CWe agreed to reopen the two crossings before winter,\u201D Berg said.\n\n\u201CPrisoners will be exchanged in the spring and the railway link restored.";
        var (document, quotes) = Extract(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Berg", quotes[1].Speaker?.Of(document.Text));
        Assert.Equal("direct:continuation", quotes[1].Rule);
    }

    [Fact]
    public void Paragraph_left_open_continues_in_the_next_one()
    {
        const string text = "Berg told reporters: \u201CWe agreed to reopen the two crossings before winter.\n\n\u201CPrisoners will be exchanged in the spring.\u201D";
        var (document, quotes) = Extract(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Berg", q.Speaker?.Of(document.Text)));
        Assert.Equal("We agreed to reopen the two crossings before winter.", quotes[0].Content.Of(document.Text));
    }

    [Fact]
    public void Nested_quotation_stays_inside_its_statement()
    {
        var (document, quotes) = Extract("\u201CHe told me \u2018never again\u2019 and I believed him,\u201D Berg said.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Direct, "said", "He told me \u2018never again\u2019 and I believed him", "Berg");
    }

    [Fact]
    public void Guillemets_and_single_marks_are_quotations_too()
    {
        var (document, quotes) = Extract("\u00ABWe are ready to talk,\u00BB the envoy said. \u2018Nothing is agreed yet,\u2019 his deputy added.");
        Assert.Equal(2, quotes.Count);
        AssertQuote(document, quotes[0], QuotationKind.Direct, "said", "We are ready to talk", "the envoy");
        AssertQuote(document, quotes[1], QuotationKind.Direct, "added", "Nothing is agreed yet", "his deputy");
    }

    [Fact]
    public void Short_answer_with_attribution_is_a_quotation()
    {
        var (document, quotes) = Extract("\u201CNo,\u201D she said.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Direct, "said", "No", "she");
    }

    [Fact]
    public void Readout_name_and_colon_without_marks_is_a_direct_statement()
    {
        var (document, quotes) = Extract("Raisi: The United States is responsible for the crisis in the region.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Direct, null, "The United States is responsible for the crisis in the region.", "Raisi");
    }

    [Theory]
    [InlineData("The so-called \u201Cpeace plan\u201D was rejected by both parliaments on Tuesday.")]
    [InlineData("The film \u201CThe Long Road Home\u201D opened in Valletta on Friday.")]
    [InlineData("Critics called it a \"deal with the devil\" and walked out.")]
    public void Scare_quotes_and_titles_are_not_statements(string text)
    {
        Assert.Empty(Extract(text).Quotes);
    }

    [Fact]
    public void Reported_speech_with_that()
    {
        var (document, quotes) = Extract("The minister stated that trade would double by 2030.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "stated", "trade would double by 2030", "The minister");
    }

    [Fact]
    public void Reported_speech_with_a_particle_cue_and_a_comma()
    {
        var (document, quotes) = Extract("Mekdad pointed out, the region needs stability above all.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "pointed out", "the region needs stability above all", "Mekdad");
    }

    [Fact]
    public void Reported_speech_with_the_attribution_after_the_clause()
    {
        var (document, quotes) = Extract("Trade between the two countries will double by 2030, the minister said.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "said", "Trade between the two countries will double by 2030", "the minister");
    }

    [Fact]
    public void Reported_speech_with_an_inverted_cue_after_the_clause()
    {
        var (document, quotes) = Extract("Trade between the two countries will double by 2030, said the minister.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "said", "Trade between the two countries will double by 2030", "the minister");
    }

    [Fact]
    public void According_to_at_the_start_of_the_sentence()
    {
        var (document, quotes) = Extract("According to the ministry, the convoy reached the border on Monday.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "According to", "the convoy reached the border on Monday", "the ministry");
    }

    [Fact]
    public void According_to_at_the_end_of_the_sentence()
    {
        var (document, quotes) = Extract("The convoy reached the border on Monday, according to the ministry.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "according to", "The convoy reached the border on Monday", "the ministry");
    }

    [Fact]
    public void Passive_attribution_names_the_agent()
    {
        var (document, quotes) = Extract("It was stressed by the foreign minister that the ceasefire must hold.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "stressed", "the ceasefire must hold", "the foreign minister");
    }

    [Fact]
    public void Told_skips_the_listener()
    {
        var (document, quotes) = Extract("The minister told reporters that the border would reopen soon.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "told", "the border would reopen soon", "The minister");
    }

    [Fact]
    public void Participle_takes_the_subject_of_the_clause()
    {
        var (document, quotes) = Extract("Berg welcomed the deal, saying that both sides had shown courage.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "saying", "both sides had shown courage", "Berg");
    }

    [Fact]
    public void A_participle_takes_no_subject_from_a_cue_verb_inside_an_infinitive()
    {
        var (document, quotes) = Extract("He was afraid to go into the shop and ask for help, so he sat by the gate, whimpering, \u201CMy kitten is gone!\u201D");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Direct, "whimpering", "My kitten is gone!", "He");
    }

    [Fact]
    public void Clause_then_pronoun_cue_then_participle_and_quote()
    {
        const string text = "The people of Sudmark will never forget the help of Norland, he said, adding, \u201CWe will rebuild together.\u201D";
        var (document, quotes) = Extract(text);
        Assert.Equal(2, quotes.Count);
        AssertQuote(document, quotes[0], QuotationKind.Indirect, "said", "The people of Sudmark will never forget the help of Norland", "he");
        AssertQuote(document, quotes[1], QuotationKind.Direct, "adding", "We will rebuild together.", "he");
    }

    [Fact]
    public void Several_cues_in_one_sentence_give_several_statements()
    {
        var (document, quotes) = Extract("Berg said the talks had been useful, and Viljo insisted that more work was needed.");
        Assert.Equal(2, quotes.Count);
        AssertQuote(document, quotes[0], QuotationKind.Indirect, "said", "the talks had been useful", "Berg");
        AssertQuote(document, quotes[1], QuotationKind.Indirect, "insisted", "more work was needed", "Viljo");
    }

    [Fact]
    public void Reported_speech_with_a_quoted_fragment_is_mixed()
    {
        var (document, quotes) = Extract("The minister said the plan was \u201Ca betrayal of the people\u201D and would fail.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Mixed, "said", "the plan was \u201Ca betrayal of the people\u201D and would fail", "The minister");
    }

    [Fact]
    public void Anonymous_speaker_keeps_its_mention()
    {
        var (document, quotes) = Extract("\u201CThe convoy was stopped at the border,\u201D a senior official said.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Direct, "said", "The convoy was stopped at the border", "a senior official");
        Assert.Null(quotes[0].SpeakerEntityId);
    }

    [Fact]
    public void Participial_openings_are_not_statements()
    {
        var (_, quotes) = Extract("Speaking in Geneva on Monday, the envoy said, \u201CBoth sides want peace.\u201D");
        Assert.Single(quotes);
        Assert.Equal(QuotationKind.Direct, quotes[0].Kind);
    }

    [Fact]
    public void Speaker_resolves_to_an_entity_when_the_entity_layer_exists()
    {
        var document = new Document("\u201CWe agree,\u201D he said.");
        new RuleTokenizer().Process(document);
        new RuleSentenceSplitter().Process(document);
        var he = document.Text.IndexOf("he", StringComparison.Ordinal);
        document.Set(AnnotationLayers.Entities, new List<Entity>
        {
            new() { Id = "e1", Name = "Anna Berg", Type = "PERSON", Mentions = [new Mention(new TextRange(he, he + 2), MentionKind.Pronoun, "test")] },
        });
        new QuotationExtractor().Process(document);
        var quote = Assert.Single(document.Get(AnnotationLayers.Quotations)!);
        Assert.Equal("e1", quote.SpeakerEntityId);
        Assert.Equal("Anna Berg", quote.SpeakerName);
    }

    [Fact]
    public void Appositive_name_between_commas_is_the_speaker()
    {
        var (document, quotes) = Extract("The opposition leader, Mara Lind, insisted that the government had no mandate.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "insisted", "the government had no mandate", "Mara Lind");
    }

    [Fact]
    public void Relative_clause_before_the_cue_is_skipped()
    {
        var (document, quotes) = Extract("Marsh's deputy, who asked not to be named, said the two sides disagreed about the timing.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "said", "the two sides disagreed about the timing", "Marsh's deputy");
    }

    [Fact]
    public void Appeal_cue_conjoined_to_a_statement_shares_its_speaker()
    {
        var (document, quotes) = Extract("The envoy stressed that talks must continue, and called on both armies to pull back their artillery.");
        Assert.Equal(2, quotes.Count);
        AssertQuote(document, quotes[0], QuotationKind.Indirect, "stressed", "talks must continue", "The envoy");
        AssertQuote(document, quotes[1], QuotationKind.Indirect, "called on", "both armies to pull back their artillery", "The envoy");
    }

    [Fact]
    public void A_noun_that_looks_like_a_cue_introduces_nothing()
    {
        Assert.Empty(Extract("The mediator in the river dispute, a retired judge, arrived in Valletta on Friday.").Quotes);
    }

    [Fact]
    public void Cue_with_an_adverbial_before_that()
    {
        var (document, quotes) = Extract("The ministry said in a statement that the convoy had been attacked twice.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "said", "the convoy had been attacked twice", "The ministry");
    }

    [Fact]
    public void Long_source_after_according_to()
    {
        var (document, quotes) = Extract("According to a joint statement issued in Geneva, prisoners will be exchanged in June.");
        AssertQuote(document, Assert.Single(quotes), QuotationKind.Indirect, "According to", "prisoners will be exchanged in June", "a joint statement issued in Geneva");
    }
}
