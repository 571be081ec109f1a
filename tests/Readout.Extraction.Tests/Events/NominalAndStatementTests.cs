using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Extraction.Events;
using Readout.Testing;

namespace Readout.Extraction.Tests.Events;

public sealed class NominalAndStatementTests
{
    private static IReadOnlyList<PoliticalEvent> Code(Document document)
    {
        new EventCoder(new EventCoderOptions { Dictionary = TestDictionary.BuildWithCurated() }).Process(document);
        return document.Get(AnnotationLayers.Events)!;
    }

    /// <summary>Marks <paramref name="content"/> as a quotation by <paramref name="speaker"/>, as the quotation layer would.</summary>
    private static Document Quoted(Document document, string speaker, string content)
    {
        var text = document.Text;
        var speakerStart = text.IndexOf(speaker, StringComparison.Ordinal);
        var contentStart = text.IndexOf(content, StringComparison.Ordinal);
        document.Set(AnnotationLayers.Quotations, [new Quotation
        {
            Id = "q1",
            Kind = QuotationKind.Indirect,
            Speaker = new TextRange(speakerStart, speakerStart + speaker.Length),
            Content = new TextRange(contentStart, contentStart + content.Length),
            Rule = "test",
        }]);
        return document;
    }


    [Fact]
    public void Talks_with_an_actor_are_a_meeting_from_the_subject_of_the_clause()
    {
        var events = Code(new DocBuilder()
            .Sentence("Raisi held talks with Mekdad .").Tags("PROPN VERB NOUN ADP PROPN PUNCT").Lemmas("Raisi hold talk with Mekdad .")
            .Heads("2 0 2 5 3 2", "nsubj root obj case nmod punct").Build());
        Assert.Equal(2, events.Count);
        EventAssert.Is(events[0], "040", "IRNGOV", "SYRGOV");
        EventAssert.Is(events[1], "040", "SYRGOV", "IRNGOV");
        Assert.Equal("nominal:talk", events[0].Rule);
    }

    [Fact]
    public void Meeting_between_two_actors_is_reciprocal()
    {
        var events = Code(new DocBuilder()
            .Sentence("The meeting between Iran and Syria ended .").Tags("DET NOUN ADP PROPN CCONJ PROPN VERB PUNCT")
            .Lemmas("the meeting between Iran and Syria end .").Heads("2 7 4 2 6 4 0 7", "det nsubj case nmod cc conj root punct").Build());
        Assert.Equal(2, events.Count);
        EventAssert.Is(events[0], "040", "IRN", "SYR");
        EventAssert.Is(events[1], "040", "SYR", "IRN");
    }

    [Fact]
    public void Visit_to_a_country_is_a_visit_and_a_hosting()
    {
        var events = Code(new DocBuilder()
            .Sentence("Raisi began a visit to Syria .").Tags("PROPN VERB DET NOUN ADP PROPN PUNCT").Lemmas("Raisi begin a visit to Syria .")
            .Heads("2 0 4 2 6 4 2", "nsubj root det obj case nmod punct").Build());
        Assert.Equal(2, events.Count);
        EventAssert.Is(events[0], "042", "IRNGOV", "SYR");
        EventAssert.Is(events[1], "043", "SYR", "IRNGOV");
    }

    [Fact]
    public void Sanctions_on_an_actor_come_from_whoever_announced_them()
    {
        var events = Code(new DocBuilder()
            .Sentence("Iran announced new sanctions on Syria .").Tags("PROPN VERB ADJ NOUN ADP PROPN PUNCT").Lemmas("Iran announce new sanction on Syria .")
            .Heads("2 0 4 2 6 4 2", "nsubj root amod obj case nmod punct").Build());
        EventAssert.Is(Assert.Single(events), "163", "IRN", "SYR");
    }

    [Fact]
    public void Criticism_in_a_statement_is_an_event_from_the_speaker_linked_to_the_quotation()
    {
        var document = new DocBuilder()
            .Sentence("Iran said the United States uses evil methods .").Tags("PROPN VERB DET PROPN PROPN VERB ADJ NOUN PUNCT")
            .Lemmas("Iran say the United States use evil method .").Heads("2 0 5 5 6 2 8 6 2", "nsubj root det compound nsubj ccomp amod obj punct")
            .Build();
        var coded = Assert.Single(Code(Quoted(document, "Iran", "the United States uses evil methods")));
        EventAssert.Is(coded, "111", "IRN", "USA");
        Assert.Equal("q1", coded.QuotationId);
        Assert.Equal("attitude:evil", coded.Rule);
    }

    [Fact]
    public void Criticism_needs_the_quotation_layer()
    {
        var document = new DocBuilder()
            .Sentence("Iran said the United States uses evil methods .").Tags("PROPN VERB DET PROPN PROPN VERB ADJ NOUN PUNCT")
            .Lemmas("Iran say the United States use evil method .").Heads("2 0 5 5 6 2 8 6 2", "nsubj root det compound nsubj ccomp amod obj punct")
            .Build();
        Assert.Empty(Code(document));
    }

    [Fact]
    public void Remembering_an_actors_support_is_praise_of_that_actor_not_of_the_one_remembering()
    {
        var document = new DocBuilder()
            .Sentence("Raisi said Iran will never forget the support of Syria .").Tags("PROPN VERB PROPN AUX ADV VERB DET NOUN ADP PROPN PUNCT")
            .Lemmas("Raisi say Iran will never forget the support of Syria .").Heads("2 0 6 6 6 2 8 6 10 8 2", "nsubj root nsubj aux advmod ccomp det obj case nmod punct")
            .Build();
        EventAssert.Is(Assert.Single(Code(Quoted(document, "Raisi", "Iran will never forget the support of Syria"))), "051", "IRNGOV", "SYR");
    }

    [Fact]
    public void Saying_an_armed_group_was_created_by_an_actor_accuses_that_actor()
    {
        var document = new DocBuilder()
            .Sentence("Raisi said Daesh was created by the United States .").Tags("PROPN VERB PROPN AUX VERB ADP DET PROPN PROPN PUNCT")
            .Lemmas("Raisi say Daesh be create by the United States .").Heads("2 0 5 5 2 9 9 9 5 2", "nsubj root nsubj:pass aux:pass ccomp case det compound obl:agent punct")
            .Build();
        EventAssert.Is(Assert.Single(Code(Quoted(document, "Raisi", "Daesh was created by the United States"))), "112", "IRNGOV", "USA");
    }

    [Fact]
    public void Attack_reported_in_a_quotation_is_the_speakers_accusation()
    {
        var document = new DocBuilder()
            .Sentence("Iraq attacked Syria , Raisi said .").Tags("PROPN VERB PROPN PUNCT PROPN VERB PUNCT").Lemmas("Iraq attack Syria , Raisi say .")
            .Heads("2 0 2 6 6 2 2", "nsubj root obj punct nsubj parataxis punct").Build();
        var coded = Assert.Single(Code(Quoted(document, "Raisi", "Iraq attacked Syria")));
        EventAssert.Is(coded, "112", "IRNGOV", "IRQ");
        Assert.Equal("q1", coded.QuotationId);
    }

    [Fact]
    public void Agreeing_to_meet_is_an_intent_to_meet()
    {
        var events = Code(new DocBuilder()
            .Sentence("Iran agreed to meet Syria .").Tags("PROPN VERB PART VERB PROPN PUNCT").Lemmas("Iran agree to meet Syria .")
            .Heads("2 0 4 2 4 2", "nsubj root mark xcomp obj punct").Build());
        Assert.Contains(events, e => e.Cameo == "036" && e.Source?.Code == "IRN" && e.Target?.Code == "SYR" && !e.Negated);
        Assert.DoesNotContain(events, e => e.Cameo == "040");
    }

    [Fact]
    public void Inviting_an_actor_to_visit_is_an_intent_to_meet_and_nothing_else()
    {
        var events = Code(new DocBuilder()
            .Sentence("Mekdad invited Raisi to visit Damascus .").Tags("PROPN VERB PROPN PART VERB PROPN PUNCT").Lemmas("Mekdad invite Raisi to visit Damascus .")
            .Heads("2 0 2 5 2 5 2", "nsubj root obj mark xcomp obj punct").Build());
        EventAssert.Is(Assert.Single(events), "036", "SYRGOV", "IRNGOV");
    }

    [Fact]
    public void Inviting_as_the_second_of_two_verbs_is_still_only_an_intent_to_meet()
    {
        var events = Code(new DocBuilder()
            .Sentence("Mekdad conveyed a message and invited Raisi to visit the country , saying Syria is ready .")
            .Tags("PROPN VERB DET NOUN CCONJ VERB PROPN PART VERB DET NOUN PUNCT VERB PROPN AUX ADJ PUNCT")
            .Lemmas("Mekdad convey a message and invite Raisi to visit the country , say Syria be ready .")
            .Heads("2 0 4 2 6 2 6 9 6 11 9 13 9 16 16 13 2", "nsubj root det obj cc conj obj mark xcomp det obj punct advcl nsubj cop ccomp punct").Build());
        EventAssert.Is(Assert.Single(events), "036", "SYRGOV", "IRNGOV");
    }

    [Fact]
    public void Relations_to_deepen_in_a_quotation_are_the_speakers_intent_towards_the_other_party()
    {
        var document = new DocBuilder()
            .Sentence("Raisi said efforts should be made to deepen relations between Iran and Syria .")
            .Tags("PROPN VERB NOUN AUX AUX VERB PART VERB NOUN ADP PROPN CCONJ PROPN PUNCT")
            .Lemmas("Raisi say effort should be make to deepen relation between Iran and Syria .")
            .Heads("2 0 6 6 6 2 8 6 8 11 9 13 11 2", "nsubj root nsubj:pass aux aux:pass ccomp mark xcomp obj case nmod cc conj punct").Build();
        var coded = Assert.Single(Code(Quoted(document, "Raisi", "efforts should be made to deepen relations between Iran and Syria")));
        EventAssert.Is(coded, "031", "IRNGOV", "SYR");
        Assert.Equal("q1", coded.QuotationId);
        Assert.False(coded.Negated);
    }

    [Fact]
    public void Conjoined_verbs_share_the_object_after_them()
    {
        var events = Code(new DocBuilder()
            .Sentence("Iran will develop and deepen relations with Syria .")
            .Tags("PROPN AUX VERB CCONJ VERB NOUN ADP PROPN PUNCT").Lemmas("Iran will develop and deepen relation with Syria .")
            .Heads("3 3 0 5 3 3 8 6 3", "nsubj aux root cc conj obj case nmod punct").Build());
        Assert.Contains(events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.Source?.Code == "IRN" && e.Target?.Code == "SYR");
    }

    [Fact]
    public void Praise_of_a_nominal_predicate_goes_to_its_subject_not_to_an_actor_nested_in_it()
    {
        var document = new DocBuilder()
            .Sentence("Raisi said Syria is at the forefront of resistance against Daesh .")
            .Tags("PROPN VERB PROPN AUX ADP DET NOUN ADP NOUN ADP PROPN PUNCT").Lemmas("Raisi say Syria be at the forefront of resistance against Daesh .")
            .Heads("2 0 7 7 7 7 2 9 7 11 9 2", "nsubj root nsubj cop case det ccomp case nmod case nmod punct").Build();
        EventAssert.Is(Assert.Single(Code(Quoted(document, "Raisi", "Syria is at the forefront of resistance against Daesh"))), "051", "IRNGOV", "SYR");
    }

    [Fact]
    public void Criticism_inside_a_phrase_against_someone_else_is_not_said_of_the_clause_subject()
    {
        var document = new DocBuilder()
            .Sentence("Raisi said Syria fought against cowardly aggression .")
            .Tags("PROPN VERB PROPN VERB ADP ADJ NOUN PUNCT").Lemmas("Raisi say Syria fight against cowardly aggression .")
            .Heads("2 0 4 2 7 7 4 2", "nsubj root nsubj ccomp case amod obl punct").Build();
        Assert.Empty(Code(Quoted(document, "Raisi", "Syria fought against cowardly aggression")));
    }

    [Fact]
    public void Saying_another_actor_intends_to_attack_accuses_it()
    {
        var events = Code(new DocBuilder()
            .Sentence("Raisi said the United States intends to attack Syria .")
            .Tags("PROPN VERB DET PROPN PROPN VERB PART VERB PROPN PUNCT").Lemmas("Raisi say the United States intend to attack Syria .")
            .Heads("2 0 5 5 6 2 8 6 8 2", "nsubj root det compound nsubj ccomp mark xcomp obj punct").Build());
        EventAssert.Is(Assert.Single(events), "112", "IRNGOV", "USA");
    }

    [Fact]
    public void Refusing_to_meet_is_a_rejection_and_the_meeting_is_no_event()
    {
        var events = Code(new DocBuilder()
            .Sentence("Iran refused to meet Syria .").Tags("PROPN VERB PART VERB PROPN PUNCT").Lemmas("Iran refuse to meet Syria .")
            .Heads("2 0 4 2 4 2", "nsubj root mark xcomp obj punct").Build());
        var coded = Assert.Single(events);
        EventAssert.Is(coded, "125", "IRN", "SYR");
        Assert.False(coded.Negated);
    }
}
