namespace Readout.Extraction.Events.Dictionaries;

/// <summary>Builds an <see cref="EventDictionary"/> from PETRARCH-format files.</summary>
public static class PetrarchDictionary
{
    /// <summary>Reads every file of <paramref name="files"/>.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when a file does not exist.</exception>
    public static EventDictionary Read(PetrarchDictionaryFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var words = new WordTable();
        var verbs = new VerbLexicon(words);
        PetrarchVerbReader.Read(files.Verbs, verbs);
        var agents = new AgentDictionary(words);
        foreach (var path in files.Agents)
        {
            PetrarchAgentReader.Read(path, agents);
        }

        ActorDictionary? actors = null;
        if (files.Actors.Count > 0)
        {
            actors = new ActorDictionary(words);
            foreach (var path in files.Actors)
            {
                PetrarchActorReader.Read(path, actors);
            }
        }

        var discards = files.Discards is { } discardPath ? ReadDiscards(discardPath) : DiscardList.Empty;
        var negation = files.Ontology is { } ontologyPath ? NegationOntology.Read(ontologyPath) : null;
        return new EventDictionary(words, verbs, agents, actors, discards, negation, Path.GetFileName(files.Verbs));
    }

    /// <summary>
    /// Builds a dictionary from texts in the PETRARCH formats (tests and small tools write their own); with
    /// <paramref name="curated"/>, Readout's compositions, nominal triggers and attitude words are added as in production.
    /// </summary>
    public static EventDictionary FromText(string verbs, string actors, string agents, string description = "text", bool curated = false)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        var words = new WordTable();
        var lexicon = new VerbLexicon(words);
        PetrarchVerbReader.Read(PetrarchLines.Read(new StringReader(verbs)), description, lexicon);
        var agentDictionary = new AgentDictionary(words);
        PetrarchAgentReader.Read(PetrarchLines.Read(new StringReader(agents ?? string.Empty)), agentDictionary);
        ActorDictionary? actorDictionary = null;
        if (!string.IsNullOrWhiteSpace(actors))
        {
            actorDictionary = new ActorDictionary(words);
            PetrarchActorReader.Read(PetrarchLines.Read(new StringReader(actors)), actorDictionary);
        }

        if (curated)
        {
            CuratedKnowledge.ReadVerbs(lexicon);
            lexicon.PrependTransformations(CuratedKnowledge.ReadCompositions());
        }

        return new EventDictionary(words, lexicon, agentDictionary, actorDictionary, DiscardList.Empty, null, description,
            curated ? CuratedKnowledge.ReadNominalTriggers() : null, curated ? CuratedKnowledge.ReadAttitudes() : null);
    }

    private static DiscardList ReadDiscards(string path)
    {
        var sentence = new List<string>();
        var story = new List<string>();
        foreach (var (_, raw) in PetrarchLines.Read(path))
        {
            var line = raw;
            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                line = line[..semicolon];
            }

            line = line.Trim();
            if (line.StartsWith('+'))
            {
                story.Add(line[1..].Trim().Replace('_', ' '));
            }
            else if (line.Length > 0)
            {
                sentence.Add(line.Replace('_', ' '));
            }
        }

        return new DiscardList(sentence, story);
    }
}
