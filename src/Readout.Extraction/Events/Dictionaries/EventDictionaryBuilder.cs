namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Compiles the production dictionary: PETRARCH-2's CAMEO verb dictionary and Phoenix agents (MIT, from
/// ../shared/data/event-coding/petrarch2), with the compositions, nominal triggers and attitude words Readout wrote.
/// </summary>
public static class EventDictionaryBuilder
{
    /// <summary>The verb dictionary's file name.</summary>
    public const string VerbFile = "CAMEO.2.0.txt";

    /// <summary>The agent dictionary's file name.</summary>
    public const string AgentFile = "Phoenix.agents.txt";

    /// <summary>The Phoenix actor dictionaries evaluations may read actors from when the entity layer is not installed.</summary>
    public static readonly IReadOnlyList<string> PhoenixActorFiles = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];

    /// <summary>
    /// Builds the production dictionary from <paramref name="eventCoding"/> (the event-coding data folder); with
    /// <paramref name="actorFiles"/> (paths), it also reads actors from PETRARCH actor dictionaries, for evaluations run
    /// without the entity layer. The shipped dictionary has none.
    /// </summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when a PETRARCH file is missing.</exception>
    public static EventDictionary Build(string eventCoding, IReadOnlyList<string>? actorFiles = null)
    {
        var folder = Path.Combine(eventCoding, "petrarch2", "dictionaries");
        var words = new WordTable();
        var verbs = new VerbLexicon(words);
        PetrarchVerbReader.Read(Path.Combine(folder, VerbFile), verbs);
        CuratedKnowledge.ReadVerbs(verbs);
        verbs.PrependTransformations(CuratedKnowledge.ReadCompositions());
        var agents = new AgentDictionary(words);
        PetrarchAgentReader.Read(Path.Combine(folder, AgentFile), agents);
        ActorDictionary? actors = null;
        if (actorFiles is { Count: > 0 })
        {
            actors = new ActorDictionary(words);
            foreach (var path in actorFiles)
            {
                PetrarchActorReader.Read(path, actors);
            }
        }

        return new EventDictionary(words, verbs, agents, actors, DiscardList.Empty, null, actors is null ? "CAMEO.2.0+readout" : "CAMEO.2.0+readout+phoenix-actors",
            CuratedKnowledge.ReadNominalTriggers(), CuratedKnowledge.ReadAttitudes());
    }
}
