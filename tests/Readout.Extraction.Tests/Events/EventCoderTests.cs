using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Extraction.Events;
using Readout.Extraction.Events.Dictionaries;
using Readout.Knowledge.Ontologies;
using Readout.Testing;

namespace Readout.Extraction.Tests.Events;

public sealed class EventCoderTests
{
    private static (Document Document, IReadOnlyList<PoliticalEvent> Events) Code(DocBuilder builder, bool statements = false)
    {
        var document = builder.Build();
        new EventCoder(new EventCoderOptions { Dictionary = TestDictionary.Build(), PetrarchStatements = statements }).Process(document);
        return (document, document.Get(AnnotationLayers.Events)!);
    }


    [Fact]
    public void Verb_codes_its_subject_acting_on_its_object_with_evidence_and_rule()
    {
        var (document, events) = Code(new DocBuilder()
            .Sentence("Iran attacked Syria .").Tags("PROPN VERB PROPN PUNCT").Lemmas("Iran attack Syria .")
            .Heads("2 0 2 2", "nsubj root obj punct"));
        var coded = Assert.Single(events);
        EventAssert.Is(coded, "190", "IRN", "SYR");
        Assert.Equal("Iran attacked Syria", coded.Evidence.Of(document.Text));
        Assert.Equal("ATTACK", coded.Rule);
        Assert.Equal(4, coded.QuadClass);
        Assert.False(coded.Negated);
    }

    [Fact]
    public void Pattern_with_a_synset_in_the_object_gives_its_code_and_the_target_comes_from_the_prepositional_phrase()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Iran signed an accord with Syria .").Tags("PROPN VERB DET NOUN ADP PROPN PUNCT").Lemmas("Iran sign a accord with Syria .")
            .Heads("2 0 4 2 6 2 2", "nsubj root det obj case obl punct"));
        var coded = Assert.Single(events);
        EventAssert.Is(coded, "057", "IRN", "SYR");
        Assert.Equal("SIGN.1", coded.Rule);
    }

    [Fact]
    public void Passive_takes_its_source_from_the_by_phrase()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Syria was attacked by Iran .").Tags("PROPN AUX VERB ADP PROPN PUNCT").Lemmas("Syria be attack by Iran .")
            .Heads("3 3 0 5 3 3", "nsubj:pass aux:pass root case obl:agent punct"));
        EventAssert.Is(Assert.Single(events), "190", "IRN", "SYR");
    }

    [Fact]
    public void Passive_without_an_agent_codes_nothing()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Syria was attacked in Iraq .").Tags("PROPN AUX VERB ADP PROPN PUNCT").Lemmas("Syria be attack in Iraq .")
            .Heads("3 3 0 5 3 3", "nsubj:pass aux:pass root case obl punct"));
        Assert.Empty(events);
    }

    [Fact]
    public void Coordinated_subject_codes_each_member()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Iran and Syria signed an accord with Iraq .").Tags("PROPN CCONJ PROPN VERB DET NOUN ADP PROPN PUNCT")
            .Lemmas("Iran and Syria sign a accord with Iraq .").Heads("4 3 1 0 6 4 8 4 4", "nsubj cc conj root det obj case obl punct"));
        Assert.Equal(2, events.Count);
        EventAssert.Is(events[0], "057", "IRN", "IRQ");
        EventAssert.Is(events[1], "057", "SYR", "IRQ");
    }

    [Fact]
    public void Coordinated_subject_without_a_target_acts_on_each_other()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Iran and Syria agreed .").Tags("PROPN CCONJ PROPN VERB PUNCT").Lemmas("Iran and Syria agree .")
            .Heads("4 3 1 0 4", "nsubj cc conj root punct"));
        Assert.Equal(2, events.Count);
        EventAssert.Is(events[0], "050", "IRN", "SYR");
        EventAssert.Is(events[1], "050", "SYR", "IRN");
    }

    [Fact]
    public void Paired_code_gives_the_reverse_event_too()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Iran met Syria .").Tags("PROPN VERB PROPN PUNCT").Lemmas("Iran meet Syria .").Heads("2 0 2 2", "nsubj root obj punct"));
        Assert.Equal(2, events.Count);
        EventAssert.Is(events[0], "040", "IRN", "SYR");
        EventAssert.Is(events[1], "040", "SYR", "IRN");
    }

    [Fact]
    public void Negated_verb_is_marked_not_coded_as_fact()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Iran did not attack Syria .").Tags("PROPN AUX PART VERB PROPN PUNCT").Lemmas("Iran do not attack Syria .")
            .Heads("4 4 4 0 4 4", "nsubj aux advmod root obj punct"));
        var coded = Assert.Single(events);
        EventAssert.Is(coded, "190", "IRN", "SYR");
        Assert.True(coded.Negated);
    }

    [Fact]
    public void Modal_makes_the_event_hypothetical()
    {
        var (document, events) = Code(new DocBuilder()
            .Sentence("Iran may impose sanctions on Syria .").Tags("PROPN AUX VERB NOUN ADP PROPN PUNCT").Lemmas("Iran may impose sanction on Syria .")
            .Heads("3 3 0 3 6 3 3", "nsubj aux root obj case obl punct"));
        var coded = Assert.Single(events);
        EventAssert.Is(coded, "163", "IRN", "SYR");
        Assert.Equal("IMPOSE.1", coded.Rule);
        Assert.True(coded.Negated);
        var trace = Assert.Single(document.Get(EventCoder.Traces)!);
        Assert.True(trace.Hypothetical);
        Assert.False(trace.Negated);
    }

    [Fact]
    public void Refusing_to_meet_is_not_a_meeting()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Iran refused to meet Syria .").Tags("PROPN VERB PART VERB PROPN PUNCT").Lemmas("Iran refuse to meet Syria .")
            .Heads("2 0 4 2 4 2", "nsubj root mark xcomp obj punct"));
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.Negated));
        EventAssert.Is(events[0], "040", "IRN", "SYR");
    }

    [Fact]
    public void Saying_another_actor_attacked_is_an_accusation_of_that_actor()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Iran said Iraq attacked Syria .").Tags("PROPN VERB PROPN VERB PROPN PUNCT").Lemmas("Iran say Iraq attack Syria .")
            .Heads("2 0 4 2 4 2", "nsubj root nsubj ccomp obj punct"));
        var coded = Assert.Single(events);
        EventAssert.Is(coded, "112", "IRN", "IRQ");
        Assert.StartsWith("transformation", coded.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_statements_are_not_events_unless_asked_for()
    {
        var builder = new DocBuilder()
            .Sentence("Iran said Syria is calm .").Tags("PROPN VERB PROPN AUX ADJ PUNCT").Lemmas("Iran say Syria be calm .")
            .Heads("2 0 5 5 2 2", "nsubj root nsubj cop ccomp punct");
        Assert.Empty(Code(builder).Events);
        EventAssert.Is(Assert.Single(Code(builder, statements: true).Events), "010", "IRN", "SYR");
    }

    [Fact]
    public void Agent_word_is_added_to_the_actor_it_describes()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Iranian troops attacked Syria .").Tags("ADJ NOUN VERB PROPN PUNCT").Lemmas("Iranian troops attack Syria .")
            .Heads("2 3 0 3 3", "amod nsubj root obj punct"));
        EventAssert.Is(Assert.Single(events), "190", "IRNMIL", "SYR");
    }

    [Fact]
    public void Agent_takes_the_actor_of_its_prepositional_modifier()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("An official of Iran attacked Syria .").Tags("DET NOUN ADP PROPN VERB PROPN PUNCT").Lemmas("a official of Iran attack Syria .")
            .Heads("2 5 4 2 0 5 5", "det nsubj case nmod root obj punct"));
        EventAssert.Is(Assert.Single(events), "190", "IRNGOV", "SYR");
    }

    [Fact]
    public void Dated_actor_code_follows_the_publication_date()
    {
        DocBuilder Sentence(string published) => new DocBuilder()
            .Sentence("Norland attacked Syria .").Tags("PROPN VERB PROPN PUNCT").Lemmas("Norland attack Syria .")
            .Heads("2 0 2 2", "nsubj root obj punct").Published(published);
        EventAssert.Is(Assert.Single(Code(Sentence("2021-06-01")).Events), "190", "NORGOV", "SYR");
        EventAssert.Is(Assert.Single(Code(Sentence("2023-06-01")).Events), "190", "NOR", "SYR");
    }

    [Fact]
    public void Same_event_twice_in_a_sentence_is_kept_once()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Iran shelled Syria and attacked Syria .").Tags("PROPN VERB PROPN CCONJ VERB PROPN PUNCT")
            .Lemmas("Iran shell Syria and attack Syria .").Heads("2 0 2 5 2 5 2", "nsubj root obj cc conj obj punct"));
        EventAssert.Is(Assert.Single(events), "190", "IRN", "SYR");
    }

    [Fact]
    public void Ontology_gives_the_plover_type_goldstein_score_and_quad_class()
    {
        var ontology = new EventOntology([
            new CameoEventCode("19", "FIGHT", -10, QuadClass.MaterialConflict, "ASSAULT", null, null),
            new CameoEventCode("190", "Use conventional military force", -10, QuadClass.MaterialConflict, "FIGHT", null, "military"),
        ]);
        var document = new DocBuilder()
            .Sentence("Iran attacked Syria .").Tags("PROPN VERB PROPN PUNCT").Lemmas("Iran attack Syria .").Heads("2 0 2 2", "nsubj root obj punct").Build();
        new EventCoder(new EventCoderOptions { Dictionary = TestDictionary.Build(), Ontology = ontology }).Process(document);
        var coded = Assert.Single(document.Get(AnnotationLayers.Events)!);
        Assert.Equal("FIGHT", coded.Plover);
        Assert.Equal(-10, coded.Goldstein);
        Assert.Equal(4, coded.QuadClass);
    }

    [Fact]
    public void Production_coder_needs_the_entities_and_quotations_a_suite_coder_does_not()
    {
        var suite = new EventCoder(new EventCoderOptions { Dictionary = TestDictionary.Build() });
        var production = new EventCoder(new EventCoderOptions { Dictionary = PetrarchDictionary.FromText(TestDictionary.Verbs, string.Empty, TestDictionary.Agents) });
        Assert.DoesNotContain(LayerNames.Entities, suite.Requires);
        Assert.Contains(LayerNames.Entities, production.Requires);
        Assert.Contains(LayerNames.Quotations, production.Requires);
    }

    [Fact]
    public void Honours_the_component_contract()
    {
        var coder = new EventCoder(new EventCoderOptions { Dictionary = TestDictionary.Build() });
        var violations = ComponentContract.Violations(coder, () => new DocBuilder()
            .Sentence("Iran attacked Syria .").Tags("PROPN VERB PROPN PUNCT").Lemmas("Iran attack Syria .")
            .Heads("2 0 2 2", "nsubj root obj punct").Build());
        Assert.Empty(violations);
    }

    [Fact]
    public void Coordinated_agents_of_a_passive_do_not_act_on_each_other()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("The convoy was attacked by Iran and Syria .").Tags("DET NOUN AUX VERB ADP PROPN CCONJ PROPN PUNCT")
            .Lemmas("the convoy be attack by Iran and Syria .").Heads("2 4 4 0 6 4 8 6 4", "det nsubj:pass aux:pass root case obl:agent cc conj punct"));
        Assert.Empty(events);
    }

    [Fact]
    public void A_pattern_word_heading_the_only_actor_phrase_leaves_that_phrase_the_target()
    {
        var (_, events) = Code(new DocBuilder()
            .Sentence("Syria accused the Iranian army .").Tags("PROPN VERB DET ADJ NOUN PUNCT").Lemmas("Syria accuse the Iranian army .")
            .Heads("2 0 5 5 2 2", "nsubj root det amod obj punct"));
        var coded = Assert.Single(events);
        EventAssert.Is(coded, "111", "SYR", "IRNMIL");
    }

    [Fact]
    public void A_finite_verb_the_parse_left_without_a_subject_does_not_take_the_main_clauses()
    {
        // The parse made "said" an adverbial clause of "attacked": it must not become Iran and Syria speaking to each other.
        var document = new DocBuilder()
            .Sentence("Iran and Syria attacked Iraq , an agency said .").Tags("PROPN CCONJ PROPN VERB PROPN PUNCT DET NOUN VERB PUNCT")
            .Lemmas("Iran and Syria attack Iraq , a agency say .").Heads("4 3 1 0 4 8 8 4 4 4", "nsubj cc conj root obj punct det appos advcl punct")
            .Build();
        document.Tokens.Xpos[8] = "VBD";
        new EventCoder(new EventCoderOptions { Dictionary = TestDictionary.Build(), PetrarchStatements = true }).Process(document);
        var events = document.Get(AnnotationLayers.Events)!;
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("190", e.Cameo));
    }
}
