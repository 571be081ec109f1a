using Readout.Extraction.Events.Dictionaries;
using Readout.Extraction.Locations;
using Readout.Knowledge.Ontologies;

namespace Readout.Extraction.Events;

/// <summary>How an <see cref="EventCoder"/> codes: which dictionary, and which PETRARCH conventions to follow.</summary>
public sealed record EventCoderOptions
{
    /// <summary>
    /// The production options: the shipped dictionary, ontology and knowledge base (actors then come from the entity
    /// layer, places from the gazetteer).
    /// </summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when a shipped model is not installed.</exception>
    public static EventCoderOptions Installed() => new()
    {
        Dictionary = EventDictionary.Shared,
        Ontology = EventOntology.Shared,
        Places = new KnowledgePlaceDirectory(Knowledge.KnowledgeBase.Shared),
    };

    /// <summary>The dictionary: the shipped one, or a validation suite's.</summary>
    public required EventDictionary Dictionary { get; init; }

    /// <summary>Code an event only when both a source and a target are known (PETRARCH's <c>require_dyad</c>). Default true.</summary>
    public bool RequireTarget { get; init; } = true;

    /// <summary>
    /// Code an event only when a source is known. Default true; an evaluation of event types alone may turn it off, and
    /// events then come out with no source ("an attack killed three US soldiers").
    /// </summary>
    public bool RequireSource { get; init; } = true;

    /// <summary>A coordinated subject with no target acts on each other ("Iran and Syria agreed"). Default true.</summary>
    public bool ReciprocalCoordination { get; init; } = true;

    /// <summary>
    /// Code statements the PETRARCH-2 way, as its validation suites expect: bare "make a statement" events (CAMEO 010)
    /// are kept, and a statement verb takes over the events it reports (its code wins, aimed at their actor). Default
    /// false: in news, "X said…" is not an event between X and whoever it mentions, and "Y visited Z, the embassy said"
    /// is Y's visit.
    /// </summary>
    public bool PetrarchStatements { get; init; }

    /// <summary>Statements inside quotations become events from the speaker (accusations, praise, appeals). Default true.</summary>
    public bool SpeechActs { get; init; } = true;

    /// <summary>The CAMEO ontology that gives each code its PLOVER type, Goldstein score and QuadClass, or null for QuadClass by root only.</summary>
    public EventOntology? Ontology { get; init; }

    /// <summary>The gazetteer events' places are looked up in, or null for places known by name only.</summary>
    public IPlaceDirectory? Places { get; init; }

    /// <summary>The date dated actor codes are read on when a document has no publication date. Default: the latest.</summary>
    public DateOnly UndatedReadingDate { get; init; } = DateOnly.MaxValue;
}
