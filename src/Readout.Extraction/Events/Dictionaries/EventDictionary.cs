namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Everything the event coder knows about words: verbs and their patterns, agents (role words), optionally actors and
/// discards (the PETRARCH validation suites bring their own), and optionally a negation ontology.
/// </summary>
/// <remarks>Immutable once built; one instance is shared by every document and thread.</remarks>
public sealed class EventDictionary
{
    internal EventDictionary(WordTable words, VerbLexicon verbs, AgentDictionary agents, ActorDictionary? actors, DiscardList discards, NegationOntology? negation, string description)
    {
        Words = words;
        Verbs = verbs;
        Agents = agents;
        Actors = actors;
        Discards = discards;
        Negation = negation;
        Description = description;
    }

    /// <summary>The verbs, patterns, synsets and transformations.</summary>
    public VerbLexicon Verbs { get; }

    /// <summary>The agents.</summary>
    public AgentDictionary Agents { get; }

    /// <summary>The actors, when the dictionary brings its own (the validation suites), else null: actors then come from the entity layer.</summary>
    public ActorDictionary? Actors { get; }

    /// <summary>Phrases that keep a sentence or a document from being coded.</summary>
    public DiscardList Discards { get; }

    /// <summary>The ontology that turns "not X" into a code of its own, or null: negated events are then marked instead.</summary>
    public NegationOntology? Negation { get; }

    /// <summary>Where the dictionary came from, for explanations and the version string.</summary>
    public string Description { get; }

    internal WordTable Words { get; }
}
