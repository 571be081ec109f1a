using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Extraction.Events;
using Readout.Extraction.Events.Dictionaries;
using Readout.Extraction.Locations;
using Readout.Testing;

namespace Readout.Extraction.Tests.Events;

public sealed class DateAndPlaceTests
{
    private static PoliticalEvent CodeOne(Document document, IPlaceDirectory? places = null)
    {
        var dictionary = PetrarchDictionary.FromText(TestDictionary.Verbs, string.Empty, TestDictionary.Agents);
        new EventCoder(new EventCoderOptions { Dictionary = dictionary, Places = places }).Process(document);
        return Assert.Single(document.Get(AnnotationLayers.Events)!);
    }

    /// <summary>Entities for Iran, Syria and Aleppo over a document's text, as the entity layer would give them.</summary>
    private static Document WithEntities(Document document)
    {
        Entity Named(string id, string name, string type, ActorCode? actor)
        {
            var start = document.Text.IndexOf(name, StringComparison.Ordinal);
            return new Entity { Id = id, Name = name, Type = type, Actor = actor, Mentions = start < 0 ? [] : [new Mention(new TextRange(start, start + name.Length), MentionKind.Name, "test")] };
        }

        document.Set(AnnotationLayers.Entities, [
            Named("e1", "Iran", "GPE", new ActorCode("IRN", "IRN", null)),
            Named("e2", "Syria", "GPE", new ActorCode("SYR", "SYR", null)),
            Named("e3", "Aleppo", "GPE", null),
        ]);
        return document;
    }

    private static DocBuilder Attack(string tail, string tags, string lemmas, string heads, string relations) => new DocBuilder()
        .Sentence("Iran attacked Syria " + tail).Tags("PROPN VERB PROPN " + tags).Lemmas("Iran attack Syria " + lemmas)
        .Heads("2 0 2 " + heads, "nsubj root obj " + relations).Published("2023-11-15");

    [Fact]
    public void Event_date_is_the_weekday_the_sentence_names()
    {
        var coded = CodeOne(WithEntities(Attack("on Tuesday .", "ADP PROPN PUNCT", "on Tuesday .", "5 2 2", "case obl punct").Build()));
        Assert.Equal(new DateOnly(2023, 11, 14), coded.Date);
    }

    [Fact]
    public void Event_date_is_last_week_counted_from_publication()
    {
        var coded = CodeOne(WithEntities(Attack("last week .", "ADJ NOUN PUNCT", "last week .", "5 2 2", "amod obl:tmod punct").Build()));
        Assert.Equal(new DateOnly(2023, 11, 8), coded.Date);
    }

    [Fact]
    public void Event_date_is_the_publication_date_when_the_sentence_names_none()
    {
        var coded = CodeOne(WithEntities(Attack(".", "PUNCT", ".", "2", "punct").Build()));
        Assert.Equal(new DateOnly(2023, 11, 15), coded.Date);
    }

    [Fact]
    public void Actors_come_from_the_entity_layer_when_the_dictionary_has_none()
    {
        var coded = CodeOne(WithEntities(Attack(".", "PUNCT", ".", "2", "punct").Build()));
        Assert.Equal("e1", coded.Source?.EntityId);
        Assert.Equal("SYR", coded.Target?.Code);
    }

    [Fact]
    public void Event_location_is_the_place_the_sentence_names_looked_up_in_the_gazetteer()
    {
        var document = WithEntities(Attack("in Aleppo .", "ADP PROPN PUNCT", "in Aleppo .", "5 2 2", "case obl punct").Build());
        var coded = CodeOne(document, new FakePlaces());
        Assert.Equal("Aleppo", coded.Location?.Name);
        Assert.Equal("SYR", coded.Location?.Country);
        Assert.Equal(36.2, coded.Location?.Latitude);
    }

    [Fact]
    public void Event_location_falls_back_to_the_dateline()
    {
        var document = WithEntities(new DocBuilder()
            .Sentence("DAMASCUS ( Reuters ) -").Tags("PROPN PUNCT PROPN PUNCT PUNCT").Heads("0 3 1 3 1", "root punct appos punct punct")
            .Sentence("Iran attacked Syria .").Tags("PROPN VERB PROPN PUNCT").Lemmas("Iran attack Syria .").Heads("2 0 2 2", "nsubj root obj punct")
            .Build());
        Assert.Equal("Damascus", CodeOne(document).Location?.Name);
    }

    private sealed class FakePlaces : IPlaceDirectory
    {
        public Place? Find(string? knowledgeBaseId, string name) => name == "Aleppo" ? new Place("Aleppo", "SYR", 36.2, 37.15, 170063) : null;
    }
}
