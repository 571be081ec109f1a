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

    /// <summary>Builds the production dictionary from <paramref name="eventCoding"/> (the event-coding data folder).</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when a PETRARCH file is missing.</exception>
    public static EventDictionary Build(string eventCoding)
    {
        var folder = Path.Combine(eventCoding, "petrarch2", "dictionaries");
        var words = new WordTable();
        var verbs = new VerbLexicon(words);
        PetrarchVerbReader.Read(Path.Combine(folder, VerbFile), verbs);
        verbs.PrependTransformations(CuratedKnowledge.ReadCompositions());
        var agents = new AgentDictionary(words);
        PetrarchAgentReader.Read(Path.Combine(folder, AgentFile), agents);
        return new EventDictionary(words, verbs, agents, null, DiscardList.Empty, null, "CAMEO.2.0+readout",
            CuratedKnowledge.ReadNominalTriggers(), CuratedKnowledge.ReadAttitudes());
    }
}
