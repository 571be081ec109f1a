using Readout.Extraction.Events.Dictionaries;

namespace Readout.Extraction.Events.Actors;

/// <summary>
/// Finds actors and agents with PETRARCH dictionaries, left to right, longest phrase first, an actor before an agent
/// at the same word (PETRARCH's order). Words match by their exact form: plurals come from the dictionary.
/// </summary>
internal sealed class DictionaryActorSource : IActorSource
{
    private readonly ActorDictionary? _actors;
    private readonly AgentDictionary _agents;

    public DictionaryActorSource(ActorDictionary? actors, AgentDictionary agents)
    {
        _actors = actors;
        _agents = agents;
    }

    public void Find(SentenceContext sentence, ReadOnlySpan<int> tokens, List<ActorMatch> into)
    {
        Span<int> ids = tokens.Length <= 64 ? stackalloc int[tokens.Length] : new int[tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
        {
            ids[k] = sentence.FormIds[tokens[k]];
        }

        var at = 0;
        while (at < tokens.Length)
        {
            if (_actors is not null && _actors.Phrases.MatchAt(ids, at, ids.Length, out var end) is var phrase and >= 0)
            {
                var entry = _actors[_actors.Phrases[phrase].Payload];
                var code = entry.CodeOn(sentence.Date);
                into.Add(new ActorMatch(tokens[at], tokens[end - 1] + 1, false, code == "---" ? null : code, false, null, entry.Name, $"actor {entry.Name}"));
                at = end;
                continue;
            }

            if (_agents.Phrases.MatchAt(ids, at, ids.Length, out end) is var agentPhrase and >= 0)
            {
                var agent = _agents[_agents.Phrases[agentPhrase].Payload];
                into.Add(new ActorMatch(tokens[at], tokens[end - 1] + 1, true, agent.Code, agent.Prefix, null, agent.Name, $"agent {agent.Name}"));
                at = end;
                continue;
            }

            at++;
        }
    }
}
