using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Core.Processing;

namespace Readout.Extraction.Tests.Quotations;

/// <summary>Speakers of dialogue over the whole standard pipeline (tags, parse, entities), on exchanges we wrote.</summary>
public sealed class DialogueTests
{
    private static readonly Lazy<Pipeline> Standard = new(StandardPipeline.Create);

    private static (Document Document, IReadOnlyList<Quotation> Quotes) Run(string text)
    {
        var document = new Document(text);
        Standard.Value.Process(document);
        return (document, document.Get(AnnotationLayers.Quotations) ?? []);
    }

    private static Quotation QuoteOf(Document document, IReadOnlyList<Quotation> quotes, string content) =>
        Assert.Single(quotes, q => q.Content.Of(document.Text).StartsWith(content, StringComparison.Ordinal));

    private static void AssertSpeaker(Quotation quote, string rule, string speaker)
    {
        Assert.Equal(rule, quote.Rule);
        Assert.Equal(speaker, quote.SpeakerName);
    }

    [Theory]
    [InlineData("Marta Kolar said quietly, \u201CThe bridge will not hold another winter.\u201D", "Marta Kolar")]
    [InlineData("Then Piet Dorn asked again: \u201CWhen does the ferry leave?\u201D", "Piet Dorn")]
    [InlineData("Marta Kolar said to him, \u201CThe bridge will not hold another winter.\u201D", "Marta Kolar")]
    [InlineData("Marta Kolar said in a low voice, \u201CThe bridge will not hold another winter.\u201D", "Marta Kolar")]
    [InlineData("Marta Kolar had said at dinner: \u201CThe bridge will not hold another winter.\u201D", "Marta Kolar")]
    [InlineData("Marta Kolar said in a very anxious way: \u201CThe bridge will not hold another winter.\u201D", "Marta Kolar")]
    [InlineData("Marta Kolar said, with more restraint: \u201CThe bridge will not hold another winter.\u201D", "Marta Kolar")]
    [InlineData("Marta Kolar held the lamp aloft and intoned: \u201CThe bridge will not hold another winter.\u201D", "Marta Kolar")]
    [InlineData("Jonas Weller folded the map and Marta Kolar looked at the sky and said: \u201CThe bridge will not hold.\u201D", "Marta Kolar")]
    public void A_cue_and_its_manner_before_a_quotation_attribute_it(string text, string speaker)
    {
        var (_, quotes) = Run(text);
        var quote = Assert.Single(quotes);
        Assert.Equal(QuotationKind.Direct, quote.Kind);
        AssertSpeaker(quote, "direct:before-quote", speaker);
    }

    [Fact]
    public void Called_right_after_a_quotation_is_its_cue_but_a_name_called_in_quotation_marks_is_no_statement()
    {
        var (document, quotes) = Run("\u201CIs anyone there?\u201D called Marta Kolar.\n\u201COnly me,\u201D Piet Dorn called out.\n");
        var first = QuoteOf(document, quotes, "Is anyone there?");
        AssertSpeaker(first, "direct:after-quote-inverted", "Marta Kolar");
        Assert.Equal("called", first.Cue?.Of(document.Text));
        AssertSpeaker(QuoteOf(document, quotes, "Only me"), "direct:after-quote", "Piet Dorn");

        var (_, plan) = Run("The ministry drew up a plan called \u201CDawn\u201D for the northern border.");
        Assert.Empty(plan);
    }

    [Fact]
    public void A_described_speaker_is_the_named_one_on_the_same_side_and_a_question_after_it_is_answered()
    {
        var (document, quotes) = Run(
            "\u201CI am afraid I must be going, Piet,\u201D Tomas Brandt murmured.\n" +
            "\u201CWhat is that?\u201D\n" +
            "said the painter, keeping his eyes on the ground.\n" +
            "\u201CYou know quite well.\u201D\n" +
            "\u201CI do not.\u201D\n" +
            "\u201CThen I will tell you.\u201D\n" +
            "\u201CI told you the real reason,\u201D said Piet Dorn.\n");
        Assert.Contains("Piet", QuoteOf(document, quotes, "What is that?").SpeakerName, StringComparison.Ordinal);
        Assert.Equal("Tomas Brandt", QuoteOf(document, quotes, "You know quite well.").SpeakerName);
        Assert.Contains("Piet", QuoteOf(document, quotes, "I do not.").SpeakerName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_in_a_list_is_no_one_spoken_to()
    {
        var (document, quotes) = Run(
            "Piet Dorn met Anna Berg by the harbour.\n" +
            "\u201CWhere did you go this morning?\u201D asked Piet Dorn.\n" +
            "\u201CTo the market. I saw Marta Kolar, Tomas Brandt, and Eva Lind there.\u201D\n" +
            "\u201CWere they buying fish?\u201D\n");
        var question = QuoteOf(document, quotes, "Were they buying fish?");
        Assert.NotEqual("direct:addressed", question.Rule);
        Assert.NotEqual("Tomas Brandt", question.SpeakerName);
    }

    [Fact]
    public void A_participle_describing_a_noun_before_a_quotation_is_not_its_cue()
    {
        var (_, quotes) = Run("Marta Kolar told reporters of the anger prompted by the ruling: \u201CThe bridge will not hold another winter.\u201D");
        Assert.DoesNotContain("anger", Assert.Single(quotes).SpeakerName ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_progressive_cue_with_manner_attributes_the_words_before_it_and_after()
    {
        var (document, quotes) = Run(
            "Marta Kolar came in with the post.\n" +
            "\u201CThe old bridge is closed to all traffic,\u201D Piet Dorn was saying slowly, \u201Cand the ferry has stopped.\u201D\n");
        Assert.Equal("Piet Dorn", QuoteOf(document, quotes, "The old bridge is closed").SpeakerName);
        Assert.Equal("Piet Dorn", QuoteOf(document, quotes, "and the ferry").SpeakerName);
    }

    [Fact]
    public void Unattributed_lines_of_a_two_person_exchange_alternate_speakers()
    {
        var (document, quotes) = Run(
            "\u201CThe ferry is late again,\u201D said Tomas Brandt.\n" +
            "\u201CIt always is in winter,\u201D said Ilse Moreau.\n" +
            "\u201CThen we should walk.\u201D\n" +
            "\u201CIn this snow?\u201D\n" +
            "\u201CWhy not?\u201D\n");
        Assert.Equal("Tomas Brandt", QuoteOf(document, quotes, "Then we should").SpeakerName);
        Assert.Equal("direct:turn-taking", QuoteOf(document, quotes, "Then we should").Rule);
        Assert.Equal("Ilse Moreau", QuoteOf(document, quotes, "In this snow").SpeakerName);
        Assert.Equal("Tomas Brandt", QuoteOf(document, quotes, "Why not").SpeakerName);
    }

    [Fact]
    public void The_person_addressed_by_name_answers_the_next_line()
    {
        var (document, quotes) = Run(
            "\u201CThe river is rising,\u201D said Tomas Brandt.\n" +
            "\u201CThen we leave tonight,\u201D said Ilse Moreau.\n" +
            "\u201CWhat do you think, Marek Novak?\u201D\n" +
            "\u201CI think we should wait.\u201D\n");
        AssertSpeaker(QuoteOf(document, quotes, "I think we should wait"), "direct:addressed", "Marek Novak");
    }

    [Fact]
    public void The_first_person_inside_a_quotation_is_its_speaker_but_not_inside_a_quotation_nested_in_it()
    {
        var (document, _) = Run("\u201CI will not resign, and my party knows it. They told me \u2018I am leaving\u2019 last week,\u201D said Anna Berg.");
        var berg = Assert.Single(document.Get(AnnotationLayers.Entities)!, e => e.Name == "Anna Berg");
        var firstPerson = berg.Mentions.Where(m => m.Rule == "pronoun:quote-speaker").Select(m => m.Range.Of(document.Text)).ToList();
        Assert.Equal(["I", "my", "me"], firstPerson);
    }

    [Fact]
    public void A_speakers_she_far_from_any_name_is_the_woman_the_story_is_about()
    {
        var (document, quotes) = Run(
            "Elena Marsh left the village at dawn. Elena Marsh carried a lamp and a loaf. She did not look back.\n" +
            "The road climbed through the pines.\nThe wind rose over the ridge.\nRain came before noon.\n" +
            "The river below was brown and loud.\nThe bridge had gone in the spring floods.\nA ferry waited at the bend.\n" +
            "\u201CThis will have to do,\u201D she said.\n");
        var quote = Assert.Single(quotes);
        Assert.Equal("Elena Marsh", quote.SpeakerName);
    }

    [Fact]
    public void A_first_person_narrator_is_named_by_how_the_others_address_them()
    {
        var (document, quotes) = Run(
            "\u201CWhere have you been?\u201D asked Tomas Brandt.\n" +
            "\u201CAt the mill,\u201D I said.\n" +
            "\u201CYou are late again, Anna Berg.\u201D\n" +
            "\u201CI know.\u201D\n");
        var mine = QuoteOf(document, quotes, "At the mill");
        Assert.Equal("I", mine.Speaker?.Of(document.Text));
        Assert.Equal("Anna Berg", mine.SpeakerName);
        Assert.EndsWith("+named-narrator", mine.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void In_news_a_quote_paragraph_after_an_attributed_one_keeps_the_same_source()
    {
        var (document, quotes) = Run(
            "\u201CThe ceasefire is holding,\u201D said Mara Lind, the mediator.\n\n" +
            "\u201CBoth sides have pulled back their artillery.\u201D\n\n" +
            "The talks resume on Monday in Geneva, where officials expect a long week.\n");
        AssertSpeaker(QuoteOf(document, quotes, "Both sides"), "direct:continuation", "Mara Lind");
    }

    [Fact]
    public void A_described_speaker_after_the_cue_is_the_whole_noun_phrase()
    {
        var (document, quotes) = Run("\u201CYou are late,\u201D said his elder sister to him.");
        Assert.Equal("his elder sister", Assert.Single(quotes).Speaker?.Of(document.Text));
    }

    [Fact]
    public void An_attribution_the_sentence_splitter_cut_off_after_a_question_still_counts()
    {
        var (document, quotes) = Run("\u201CDo you not know who has bought the mill?\u201D\ncried the baker.");
        var quote = Assert.Single(quotes);
        Assert.Equal("the baker", quote.Speaker?.Of(document.Text));
        Assert.Equal("cried", quote.Cue?.Of(document.Text));
    }

    [Fact]
    public void A_quote_split_by_an_attribution_and_a_semicolon_keeps_its_speaker()
    {
        var (document, quotes) = Run("\u201CIt is true,\u201D answered Ilse Moreau; \u201Cthe mill was sold in March.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ilse Moreau", q.Speaker?.Of(document.Text)));
    }

    [Fact]
    public void The_narrations_pronoun_does_not_refer_to_a_name_inside_the_quotation()
    {
        var (document, quotes) = Run(
            "Anton Weber stopped at the gate.\n" +
            "\u201CGood evening, Marta Klein,\u201D he said.\n");
        Assert.Equal("Anton Weber", Assert.Single(quotes).SpeakerName);
    }

    [Fact]
    public void A_he_or_she_beat_gives_the_line_to_that_person_in_the_exchange_not_to_the_turn_before_the_last()
    {
        var (document, quotes) = Run(
            "\u201CThe ferry is late again,\u201D said Tomas Brandt.\n" +
            "\u201CIt always is in winter,\u201D said Ilse Moreau.\n" +
            "She looked up at the grey sky.\n" +
            "\u201CAnd the snow will not stop.\u201D\n" +
            "\u201CThen we walk.\u201D\n" +
            "\u201CIn this?\u201D\n");
        AssertSpeaker(QuoteOf(document, quotes, "And the snow"), "direct:beat", "Ilse Moreau");
    }

    [Fact]
    public void A_he_or_she_beat_gives_the_line_to_the_person_coreference_finds_though_they_have_not_spoken_yet()
    {
        var (document, quotes) = Run(
            "\u201CThe ferry is late again,\u201D said Tomas Brandt.\n\n" +
            "\u201CIt always is in winter,\u201D I said.\n\n" +
            "\u201CNot this late,\u201D said Tomas Brandt.\n\n" +
            "Ilse Moreau came in from the snow and sat down by the stove.\n\n" +
            "\u201CYou look frozen,\u201D I said.\n\n" +
            "She pulled off her gloves and held her hands to the fire.\n\n" +
            "\u201CI walked all the way from the ferry.\u201D\n\n" +
            "\u201CIn this weather?\u201D\n\n" +
            "\u201CIn worse than this.\u201D\n\n");
        AssertSpeaker(QuoteOf(document, quotes, "I walked"), "direct:beat", "Ilse Moreau");
    }

    [Fact]
    public void A_line_with_its_own_speaker_after_narration_starts_a_turn_though_it_opens_inside_its_paragraph()
    {
        var (document, quotes) = Run(
            "\u201CThe ferry is late again,\u201D said Tomas Brandt.\n\n" +
            "\u201CImpossible, Tomas, it left on time,\u201D said Ilse Moreau.\n\n" +
            "\u201CI saw it from the quay.\u201D The gulls rose over the water. Ilse Moreau said only, \u201CThen it has turned back.\u201D\n\n" +
            "\u201CIt has not.\u201D\n\n");
        Assert.Equal("Tomas Brandt", QuoteOf(document, quotes, "I saw it").SpeakerName);
        AssertSpeaker(QuoteOf(document, quotes, "Then it has"), "direct:before-quote", "Ilse Moreau");
    }

    [Fact]
    public void A_speaker_who_continues_is_the_one_who_spoke_the_turn_before()
    {
        var (document, quotes) = Run(
            "\u201CYou look tired, Ilse,\u201D said Tomas Brandt.\n\n" +
            "\u201CI walked all the way from the ferry,\u201D said Ilse Moreau.\n\n" +
            "\u201CAnd the snow will not stop,\u201D continued the traveller.\n\n" +
            "\u201CThen we wait.\u201D\n\n" +
            "\u201CFor how long?\u201D\n\n");
        var continued = QuoteOf(document, quotes, "And the snow");
        Assert.EndsWith("+continued", continued.Rule, StringComparison.Ordinal);
        Assert.Equal("Ilse Moreau", continued.SpeakerName);
    }

    [Fact]
    public void A_line_that_calls_someone_papa_is_spoken_by_the_one_the_narration_gives_that_father()
    {
        var (document, quotes) = Run(
            "Anna Berg sat by the window. Her father was reading by the fire, and Tomas Brandt was mending a net.\n\n" +
            "\u201CThe ferry will not run tomorrow,\u201D said Mr. Berg.\n\n" +
            "\u201CThen we stay at home,\u201D said Tomas Brandt.\n\n" +
            "\u201CI cannot agree with you, papa; the ferry always runs.\u201D\n\n" +
            "\u201CNot in this wind.\u201D\n\n" +
            "\u201CWe shall see.\u201D\n\n");
        AssertSpeaker(QuoteOf(document, quotes, "I cannot agree"), "direct:addressed-parent", "Anna Berg");
    }

    [Fact]
    public void A_quotation_after_a_semicolon_takes_no_cue_from_the_quotation_before_it()
    {
        var (document, quotes) = Run("\u201CThe letter will tell you nothing,\u201D said Tomas Brandt; \u201Cnot a single word of it.\u201D");
        Assert.All(quotes, q => Assert.Equal("Tomas Brandt", q.SpeakerName));
        Assert.DoesNotContain(quotes, q => q.Cue?.Of(document.Text) == "tell");
    }

    [Fact]
    public void The_person_a_narration_beat_was_about_answers_when_the_last_speaker_is_known()
    {
        var (document, quotes) = Run(
            "\u201CThe letters came this morning,\u201D said Ilse Moreau.\n" +
            "Tomas Brandt said nothing.\n" +
            "\u201CWill you not read them?\u201D\n" +
            "cried Ilse Moreau.\n" +
            "\u201CYou want to read them to me.\u201D\n" +
            "\u201CAnd what if I do?\u201D\n");
        AssertSpeaker(QuoteOf(document, quotes, "You want to read"), "direct:turn-taking", "Tomas Brandt");
        Assert.Equal("Ilse Moreau", QuoteOf(document, quotes, "And what if").SpeakerName);
    }

    [Fact]
    public void A_narrators_cue_cut_off_after_an_exclamation_still_attributes_but_not_a_report_of_what_they_said()
    {
        var (document, quotes) = Run("\u201CSeven!\u201D\nI answered.\n\u201CAnd what do you say?\u201D\nI said that I would come.\n");
        var answered = QuoteOf(document, quotes, "Seven");
        Assert.Equal("I", answered.Speaker?.Of(document.Text));
        Assert.Equal("answered", answered.Cue?.Of(document.Text));
        Assert.Null(QuoteOf(document, quotes, "And what do you say").Cue);
    }

    [Theory]
    [InlineData("\u201CHere she comes!\u201D said the child in a moment.", "the child")]
    [InlineData("\u201CWe will reply,\u201D said the ambassador in Washington.", "the ambassador in Washington")]
    [InlineData("\u201CWe must judge men by what they do,\u201D said my father with some severity.", "my father")]
    public void A_described_speaker_keeps_a_place_but_not_the_manner_of_speaking(string text, string speaker)
    {
        var (document, quotes) = Run(text);
        Assert.Equal(speaker, Assert.Single(quotes).Speaker?.Of(document.Text));
    }

    [Fact]
    public void Dialogue_set_off_by_dashes_is_speech_with_its_speaker()
    {
        var (document, quotes) = Run(
            "\u2014 Come up, Anna!\nhe shouted from the stairs.\nYou will miss the boats!\nThe stairs were steep and dark.\n" +
            "\u2014 I am coming, Anna Berg said.\n\u2014 Bring the lamp.\nThomas Hale laughed at the noise.\n");
        var call = QuoteOf(document, quotes, "Come up, Anna!");
        Assert.Equal("he", call.Speaker?.Of(document.Text));
        Assert.Equal("he", QuoteOf(document, quotes, "You will miss the boats").Speaker?.Of(document.Text));
        var answer = QuoteOf(document, quotes, "I am coming");
        Assert.Equal("I am coming", answer.Content.Of(document.Text));
        Assert.Equal("Anna Berg", answer.SpeakerName);
        Assert.Equal("Bring the lamp.", QuoteOf(document, quotes, "Bring the lamp").Content.Of(document.Text));
        Assert.DoesNotContain(quotes, q => q.Content.Of(document.Text).Contains("laughed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_between_two_dashes_heads_a_part_and_its_sentence_is_narration_a_pronoun_may_refer_into()
    {
        var (document, quotes) = Run(
            "\u2014 II \u2014 Thomas Hale came down the stairs with a lamp.\nHe held it high and shouted: \u2014 Come up, Anna!\n" +
            "\u2014 I am coming, Anna Berg said.\n\u2014 Bring the lamp.\n\u2014 And the matches, she said.\nThomas Hale laughed at the noise.\n");
        Assert.DoesNotContain(quotes, q => q.Content.Of(document.Text).Contains("came down", StringComparison.Ordinal));
        Assert.Equal("Thomas Hale", QuoteOf(document, quotes, "Come up, Anna!").SpeakerName);
    }

    [Fact]
    public void Dashes_after_a_speech_verb_and_a_colon_are_dialogue_with_their_speakers()
    {
        var (document, quotes) = Run(
            "Marta Kolar said: \u2014 The ferry is late.\nPiet Dorn asked: \u2014 How late is it?\n" +
            "Marta Kolar answered: \u2014 An hour at least.\nThe pilot had waited since noon.\n");
        Assert.Equal(3, quotes.Count);
        AssertSpeaker(QuoteOf(document, quotes, "The ferry is late."), "direct:before-quote", "Marta Kolar");
        AssertSpeaker(QuoteOf(document, quotes, "How late is it?"), "direct:before-quote", "Piet Dorn");
        Assert.Equal("An hour at least.", QuoteOf(document, quotes, "An hour").Content.Of(document.Text));
    }

    [Fact]
    public void A_cue_after_its_subject_is_a_verb_and_a_sentence_that_introduces_a_quotation_attributes_no_other()
    {
        // "report" is a speech verb by its spelling; here it is the subject's noun, and "says" the cue.
        var (document, quotes) = Run("\u201CMost delays began in the planning phase,\u201D the report says.");
        var quote = Assert.Single(quotes);
        Assert.Equal("says", quote.Cue?.Of(document.Text));
        Assert.Equal("the report", quote.Speaker?.Of(document.Text));

        // "shouted from the bridge:" opens the next quotation; it is not the attribution of the one before.
        (document, quotes) = Run("\u201CAll aboard!\u201D\nThe captain shouted from the bridge: \u201CWait for us!\u201D\n");
        Assert.Null(QuoteOf(document, quotes, "All aboard!").Speaker);
        Assert.Equal("The captain", QuoteOf(document, quotes, "Wait for us!").Speaker?.Of(document.Text));

        // A connective is no part of the speaker.
        (document, quotes) = Run("\u201CAll aboard!\u201D\nThen other voices cried from the far deck: \u201CWait for us!\u201D\n");
        Assert.Equal("other voices", QuoteOf(document, quotes, "Wait for us!").Speaker?.Of(document.Text));
    }

    [Fact]
    public void A_list_set_off_by_dashes_is_not_speech()
    {
        var (_, quotes) = Run("The ministry listed its demands:\n\u2014 An end to the shelling.\n\u2014 The release of prisoners.\n\u2014 Talks in Geneva within a month.\n");
        Assert.Empty(quotes);
        var (_, listed) = Run("The ministry said the amendments include:\n\u2014 Equal tolerances for imports.\n\u2014 A new definition of grade, officials said.\n\u2014 Lower levels of infestation.\n");
        Assert.DoesNotContain(listed, q => q.Kind == QuotationKind.Direct);
    }

    // The same exchange twice: once a sentence to a line, as pre-tokenized corpora lay text out, once a paragraph to a
    // line. The line after "'…,' said Tomas Brandt." is his in the first and Ilse's answer in the second.
    private static readonly string[] Narration =
    [
        "The ferry left the north bank at dusk.", "The water was black and still.", "Two passengers stood at the rail.",
        "A gull followed the boat for a while.", "The lamps of the town grew small.", "Nobody else was on deck.",
        "The engine coughed twice and ran on.", "The pilot whistled an old tune.", "Fog lay along the far shore.",
        "The crossing would take an hour.", "The wind was cold.", "The rail was wet.", "Somewhere a bell rang.",
    ];

    private const string Exchange =
        "\u201CLook at the water,\u201D said Ilse Moreau.\n\u201CThe river is high tonight,\u201D said Tomas Brandt.\n" +
        "\u201CHigher than last spring.\u201D\n\u201CI have seen it worse.\u201D\n\u201CWhen was that?\u201D\n" +
        "\u201CThe year the bridge fell.\u201D\n\u201CYou were a child then,\u201D said Tomas Brandt.\n";

    [Fact]
    public void In_text_laid_out_a_sentence_to_a_line_a_line_after_an_attribution_goes_on_with_its_speaker()
    {
        var (document, quotes) = Run(string.Join("\n", Narration) + "\n" + Exchange);
        AssertSpeaker(QuoteOf(document, quotes, "Higher than last spring"), "direct:continuation", "Tomas Brandt");
        Assert.Equal("Ilse Moreau", QuoteOf(document, quotes, "I have seen it worse").SpeakerName);
        Assert.Equal("Tomas Brandt", QuoteOf(document, quotes, "When was that").SpeakerName);

        // A paragraph to a line: the next line is the other person.
        var (paragraphs, spoken) = Run(string.Join(" ", Narration) + "\n" + Exchange.Replace("\n\u201CHigher than last spring.\u201D", "", StringComparison.Ordinal));
        Assert.Equal("Ilse Moreau", QuoteOf(paragraphs, spoken, "I have seen it worse").SpeakerName);
        Assert.Equal("Tomas Brandt", QuoteOf(paragraphs, spoken, "When was that").SpeakerName);
    }

    [Fact]
    public void A_quotation_right_after_another_is_the_other_person_cutting_in()
    {
        var (document, quotes) = Run(
            "\u201CThe ferry is late again,\u201D said Tomas Brandt.\n" +
            "\u201CIt always is in winter,\u201D said Ilse Moreau.\n" +
            "\u201CThen we should walk.\u201D\n" +
            "\u201CAll I meant was \u2014\u201D \u201CNever mind!\u201D\n");
        Assert.Equal("Ilse Moreau", QuoteOf(document, quotes, "All I meant").SpeakerName);
        Assert.Equal("Tomas Brandt", QuoteOf(document, quotes, "Never mind").SpeakerName);
    }

    [Fact]
    public void A_narrators_cut_off_cue_may_say_how_but_not_what()
    {
        var (document, quotes) = Run("\u201CHas the ferry gone?\u201D\nI asked with some alarm.\n");
        Assert.Equal("I", Assert.Single(quotes).Speaker?.Of(document.Text));
        var (_, said) = Run("\u201CHas the ferry gone?\u201D\nI asked about the timetable at the desk.\n");
        Assert.Null(Assert.Single(said).Speaker);
    }

    [Theory]
    [InlineData("\u201CWhat is it?\u201D Anna Berg gasped.", "Anna Berg")]
    [InlineData("\u201CWhat is it?\u201D\nThe ferryman answered at last.", "The ferryman")]
    [InlineData("\u201CWhat is it?\u201D\nAnna Berg laughed.", null)]
    [InlineData("\u201CWhat is it?\u201D\nAnna Berg asked him to wait.", null)]
    [InlineData("\u201CWhat is it?\u201D Anna Berg", null)] // the text ends after the name: no cue to read, and no crash
    [InlineData("\u201CWhat is it?\u201D I", null)]
    public void A_cut_off_cue_with_a_speaker_attributes_when_it_says_nothing_more(string text, string? speaker)
    {
        var (document, quotes) = Run(text);
        Assert.Equal(speaker, Assert.Single(quotes).Speaker?.Of(document.Text));
    }

    [Fact]
    public void A_he_answering_in_an_exchange_is_the_other_participant_not_the_last_speaker()
    {
        var (document, quotes) = Run(
            "Tomas Brandt lit his pipe.\n\u201CIs the boat late?\u201D asked Marek Novak.\n\u201CIt leaves at six,\u201D said Tomas Brandt.\n" +
            "\u201CThen we have an hour.\u201D\n\u201CLess.\u201D\nMarek Novak looked at the sky.\n\u201CThen we should go now.\u201D\n" +
            "\u201CGo, then,\u201D he answered.\n");
        Assert.Equal("Marek Novak", QuoteOf(document, quotes, "Then we should go").SpeakerName);
        var answer = QuoteOf(document, quotes, "Go, then");
        AssertSpeaker(answer, "direct:after-quote+turn-taking", "Tomas Brandt");
        Assert.Equal("he", answer.Speaker?.Of(document.Text));
    }

    [Fact]
    public void A_description_on_the_same_side_of_an_exchange_as_a_name_is_that_person()
    {
        var (document, quotes) = Run(
            "\u201CThe river is high,\u201D said the old man.\n\u201CCan we cross?\u201D asked Ilse Moreau.\n" +
            "\u201CNot tonight,\u201D said the old man.\n\u201CThen tomorrow?\u201D asked Ilse Moreau.\n" +
            "\u201CTomorrow, perhaps,\u201D said Tomas Brandt.\n\u201CAt dawn?\u201D\n\u201CAt dawn.\u201D\n");
        var first = QuoteOf(document, quotes, "The river is high");
        AssertSpeaker(first, "direct:after-quote-inverted+same-side", "Tomas Brandt");
        Assert.Equal("the old man", first.Speaker?.Of(document.Text));
        Assert.Equal("Ilse Moreau", QuoteOf(document, quotes, "Can we cross").SpeakerName);
    }

    [Theory]
    [InlineData("answered the old man", "Tomas Brandt")]
    [InlineData("answered an old man", "an old man")]
    public void A_definite_description_answering_in_an_exchange_is_the_named_participant(string attribution, string speaker)
    {
        var (document, quotes) = Run(
            "\u201CThe fog is thick tonight,\u201D said Tomas Brandt. He lit his pipe.\n\u201CIs the boat late?\u201D asked Marek Novak.\n" +
            $"\u201CNot yet,\u201D {attribution}.\n\u201CThen we wait.\u201D\n\u201CWe wait.\u201D\n\u201CAnd the tickets?\u201D\n");
        Assert.Equal(speaker, QuoteOf(document, quotes, "Not yet").SpeakerName);
    }

    [Fact]
    public void A_line_that_addresses_the_speaker_before_it_by_name_is_not_theirs()
    {
        var (document, quotes) = Run(
            "\u201CUncle, you look tired.\u201D\n\u201CI am not tired, Margaret.\u201D\n\u201CYou work too late,\u201D said Margaret Marsh.\n" +
            "\u201CAnd you never rest.\u201D\n\u201CTrue, Margaret, but the work must be done.\u201D\n\u201CThen rest tonight.\u201D\n");
        Assert.NotEqual("Margaret Marsh", QuoteOf(document, quotes, "True, Margaret").SpeakerName);
    }

    [Fact]
    public void A_family_title_used_as_a_name_is_the_person_who_answers()
    {
        var (document, quotes) = Run(
            "\u201CThe ferry is late,\u201D said Anna Berg.\n\u201CUncle, will it come at all?\u201D\n\u201CIt will come.\u201D\n\u201CWhen?\u201D\n");
        AssertSpeaker(QuoteOf(document, quotes, "It will come"), "direct:addressed", "Uncle");
    }

    [Fact]
    public void A_cue_the_tagger_misreads_after_a_bare_noun_still_gives_the_line_to_the_described_person()
    {
        // "boy half cried" reads as a noun phrase to the tagger; "the boy" is Peter by the head of "a boy of ten".
        var (document, quotes) = Run(
            "Peter, a boy of ten, ran off to the fair straight after breakfast. \u201CCan I have my dinner now?\u201D he cried. " +
            "\u201CIt is not ready yet,\u201D replied his aunt. \u201CThey will be beginning,\u201D the boy half cried, half shouted.");
        var beginning = QuoteOf(document, quotes, "They will be beginning");
        AssertSpeaker(beginning, "direct:after-quote", "Peter");
        Assert.Equal("cried", beginning.Cue?.Of(document.Text));
        Assert.Equal("the boy", beginning.Speaker?.Of(document.Text));
    }

    [Theory]
    [InlineData("\u201CCome in,\u201D said his mother\u2019s voice.", "his mother", "direct:after-quote-inverted")]
    [InlineData("\u201CI will look for the key after tea,\u201D the good woman finally concluded.", "the good woman", "direct:after-quote")]
    [InlineData("\u201C Tomas ! \u201D exclaimed my brother \u2019s wife .", "my brother \u2019s wife", "direct:after-quote-inverted")]
    public void A_speaker_phrase_reads_past_an_adverb_and_a_spaced_possessive_and_gives_a_voice_to_its_owner(string line, string speaker, string rule)
    {
        var (document, quotes) = Run("Anna Berg came down the stairs.\n" + line);
        var quote = Assert.Single(quotes);
        Assert.Equal(rule, quote.Rule);
        Assert.Equal(speaker, quote.Speaker?.Of(document.Text));
    }

    [Fact]
    public void A_side_of_an_exchange_stated_only_by_description_takes_the_name_the_other_side_calls()
    {
        // "Thea" is said only once, as a vocative; the girl's side is stated only by "she".
        var (document, quotes) = Run(
            "Dr. Archie had driven over from Moonstone to the Kronborg house on a cold Sunday in January. He sat down by the bed. " +
            "In it lay a little girl of eleven, wide awake.\n\u201CFeel pretty sick, Thea?\u201D he asked.\n\u201CYes,\u201D she whispered.\n" +
            "\u201CWhere does it hurt?\u201D\n\u201CMy throat.\u201D\n\u201COpen your mouth, then.\u201D\n\u201CIs it bad?\u201D she asked.\n\u201CNot very bad.\u201D\n");
        Assert.Equal("Thea", QuoteOf(document, quotes, "Yes").SpeakerName);
        Assert.Equal("Thea", QuoteOf(document, quotes, "Is it bad?").SpeakerName);
        Assert.Equal("Archie", QuoteOf(document, quotes, "Not very bad.").SpeakerName);
    }

    [Fact]
    public void A_relative_described_by_a_possessive_is_not_the_person_it_belongs_to()
    {
        var (document, quotes) = Run(
            "\u201CThe ferry is late,\u201D said Tomas Brandt.\n\u201CIs it?\u201D asked Anna Berg.\n\u201CVery late,\u201D said his mother.\n" +
            "\u201CThen we wait.\u201D\n\u201CWe wait.\u201D\n");
        Assert.Equal("his mother", QuoteOf(document, quotes, "Very late").SpeakerName);
    }

    [Fact]
    public void A_speaker_phrase_no_entity_covers_is_the_one_person_named_with_its_name_words()
    {
        var (document, quotes) = Run("Mr. Cotter came in from the yard and sat down by the fire. \u201CIt is cold tonight,\u201D said the poet Cotter.");
        var cotter = Assert.Single(document.Get(AnnotationLayers.Entities)!, e => e.Name == "Cotter");
        var quote = Assert.Single(quotes);
        Assert.Equal("the poet Cotter", quote.Speaker?.Of(document.Text));
        Assert.Equal(cotter.Id, quote.SpeakerEntityId);
    }

    [Fact]
    public void A_she_after_a_long_exchange_is_the_participant_that_a_description_makes_a_woman()
    {
        // Eight lines of dialogue stand between "the girl" and "she": coreference counts only narration sentences.
        var (document, quotes) = Run(
            "\u201CWhat are you running for?\u201D asked the girl.\n\u201CBecause,\u201D said the boy.\n\u201CYou were afraid.\u201D\n" +
            "\u201CNot at all.\u201D\n\u201COf the dark.\u201D\n\u201CNot of the dark.\u201D\n\u201COf the owls, then.\u201D\n\u201CNot of the owls.\u201D\n" +
            "\u201COf the wind.\u201D\n\u201CThe wind is nothing.\u201D\n\u201CPooh!\u201D she scoffed.\n\u201CPooh yourself.\u201D\n");
        var pooh = QuoteOf(document, quotes, "Pooh!");
        AssertSpeaker(pooh, "direct:after-quote", "the girl");
        Assert.Equal("she", pooh.Speaker?.Of(document.Text));
    }

    [Fact]
    public void In_text_set_a_sentence_per_line_a_later_line_that_calls_the_questioner_by_name_makes_the_line_after_the_question_theirs()
    {
        // Pre-tokenized corpora put each sentence on a line, so the line after '"…?" asked Anna Berg.' may be hers going on.
        var opening = string.Concat(Enumerable.Range(1, 16).Select(i => $"The rain fell on the harbour for the {i}th hour .\n"));
        var (document, quotes) = Run(opening +
            "\u201C The ferry is late , \u201D said Tomas Brandt .\n\u201C Is it really late ? \u201D asked Anna Berg .\n" +
            "\u201C I had hoped to sail by noon . \u201D\n\u201C I am afraid , my dear Anna , that it will not come today . \u201D\n" +
            "\u201C Then we wait . \u201D\n\u201C We wait . \u201D\n");
        AssertSpeaker(QuoteOf(document, quotes, "I had hoped"), "direct:continuation", "Anna Berg");
        Assert.Equal("Tomas Brandt", QuoteOf(document, quotes, "I am afraid").SpeakerName);
    }

    [Fact]
    public void A_dialogue_verb_used_as_a_noun_is_no_cue_for_the_second_part_of_a_split_quotation()
    {
        var (document, quotes) = Run("\u201CNo word of the hunt,\u201D said Tomas Brandt with a mischievous smile, \u201Cbut a country doctor, as you said.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Tomas Brandt", q.SpeakerName));
        Assert.DoesNotContain(quotes, q => q.Cue?.Of(document.Text) == "smile");
    }

    [Fact]
    public void In_text_set_a_sentence_per_line_a_later_line_that_calls_the_partner_by_name_makes_the_line_after_the_answer_the_partners()
    {
        // "Your mother would never forgive me, Lucy" is Miss Bartlett's, so the line before it is Lucy's, not Miss Bartlett going on.
        var opening = string.Concat(Enumerable.Range(1, 16).Select(i => $"The rain fell on the harbour for the {i}th hour .\n"));
        var (document, quotes) = Run(opening +
            "Lucy felt that she had been selfish .\n\u201C Charlotte , you must not spoil me : of course , you must look over the river , too .\n" +
            "I meant that .\nThe first free room in the front -- \u201D \u201C You must have it , \u201D said Miss Bartlett , whose travels were paid by Lucy 's mother .\n" +
            "\u201C No , no .\nYou must have it . \u201D\n\u201C I insist on it .\nYour mother would never forgive me , Lucy . \u201D\n\u201C She would never forgive me . \u201D\n");
        Assert.Equal("Lucy", QuoteOf(document, quotes, "No , no").SpeakerName);
        Assert.Equal("Miss Bartlett", QuoteOf(document, quotes, "I insist").SpeakerName);
    }

    [Fact]
    public void In_text_set_a_sentence_per_line_a_later_she_keeps_a_man_from_going_on()
    {
        var opening = string.Concat(Enumerable.Range(1, 16).Select(i => $"The snow fell on the harbour for the {i}th hour .\n"));
        var (document, quotes) = Run(opening +
            "\u201C Good evening , \u201D said Anna Berg .\n\u201C The ferry is late , \u201D said Mr. Brandt .\n\u201C It always is in winter . \u201D\n" +
            "\u201C Then we should walk . \u201D\n\u201C In this snow ? \u201D she asked .\n\u201C Why not ? \u201D\n");
        var answer = QuoteOf(document, quotes, "It always is");
        Assert.NotEqual("direct:continuation", answer.Rule);
        Assert.Equal("Anna Berg", answer.SpeakerName);
        Assert.Equal("Brandt", QuoteOf(document, quotes, "Then we should walk").SpeakerName);
    }

    [Fact]
    public void A_name_after_an_inverted_cue_ends_before_how_it_was_said_and_a_bare_no_answer_is_nobody()
    {
        var (document, quotes) = Run("\u201CEdith! Edith!\u201D said Margaret Hale softly.");
        Assert.Equal("Margaret Hale", Assert.Single(quotes).Speaker?.Of(document.Text));

        var (silence, calls) = Run("\u201CTom!\u201D\nNo answer.\n\u201CTom! Where are you?\u201D\nNo answer.\n");
        Assert.All(calls, q => Assert.NotEqual("No", q.Speaker?.Of(silence.Text)));
    }

    [Theory]
    [InlineData("The envoy met Anna Berg, who said: \u201CThe talks have stalled.\u201D", "Anna Berg")]
    [InlineData("The minister cited a customs memo that said: \u201CThe border will reopen in May.\u201D", "a customs memo")]
    public void Beside_quotation_marks_a_relative_pronoun_speaks_for_the_phrase_it_follows(string text, string speaker)
    {
        var (document, quotes) = Run(text);
        Assert.Equal(speaker, Assert.Single(quotes).Speaker?.Of(document.Text));
    }

    [Fact]
    public void An_oath_is_nobody_addressed()
    {
        var (document, quotes) = Run(
            "\u201CThe ferry is late again,\u201D said Tomas Brandt.\n\u201CIt always is, but, Lord, what can we do?\u201D said Ilse Moreau.\n" +
            "\u201CThen we should walk.\u201D\n\u201CIn this snow?\u201D\n");
        Assert.Equal("Tomas Brandt", QuoteOf(document, quotes, "Then we should walk").SpeakerName);
    }

    [Theory]
    [InlineData("My name is Ilse Moreau. I live by the river.\n", "Ilse Moreau")]
    [InlineData("I called myself Ilse. I lived by the river.\n", "Ilse")]
    [InlineData("I live by the river.\n", "I")]
    public void A_narrator_who_names_themselves_speaks_under_that_name(string opening, string speaker)
    {
        var (document, quotes) = Run(opening +
            "\u201CWhere have you been?\u201D asked Tomas Brandt.\n\u201CAt the mill,\u201D I said.\n\u201CAll day?\u201D\n\u201CAll day.\u201D\n");
        var answer = QuoteOf(document, quotes, "At the mill");
        Assert.Equal("I", answer.Speaker?.Of(document.Text));
        Assert.Equal(speaker, answer.SpeakerName);
    }

    [Fact]
    public void A_connective_opening_the_sentence_is_not_the_speaker()
    {
        var (document, quotes) = Run("Anna Berg looked at the sea. So she turned to the window and said: \u201CA view?\u201D");
        Assert.Equal("she", Assert.Single(quotes).Speaker?.Of(document.Text));
    }
}
