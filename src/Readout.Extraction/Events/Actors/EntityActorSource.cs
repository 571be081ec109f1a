using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Extraction.Events.Dictionaries;

namespace Readout.Extraction.Events.Actors;

/// <summary>
/// Finds actors through the entity layer (every mention of a person, organisation, country or group, with the
/// entity's actor code: "he" and "the President" are Raisi, IRNGOV) and agents through the dictionary's role words.
/// </summary>
/// <remarks>Built once per document from its entity layer.</remarks>
internal sealed class EntityActorSource : IActorSource
{
    private readonly Entity?[] _entityAt;
    private readonly int[] _mentionEnd;
    private readonly string?[] _ruleAt;
    private readonly AgentDictionary _agents;

    public EntityActorSource(Document document, IReadOnlyList<Entity> entities, AgentDictionary agents)
    {
        _agents = agents;
        var tokens = document.Tokens;
        _entityAt = new Entity?[tokens.Count];
        _mentionEnd = new int[tokens.Count];
        _ruleAt = new string?[tokens.Count];
        foreach (var entity in entities)
        {
            if (!IsActorType(entity.Type))
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                var first = tokens.IndexAtOrAfter(mention.Range.Start);
                var end = first;
                while (end < tokens.Count && tokens.Starts[end] < mention.Range.End)
                {
                    end++;
                }

                if (first >= end)
                {
                    continue;
                }

                // The longest mention starting at a token wins ("the Minister of Foreign Affairs of Syria Faisal Mekdad" over "Syria").
                if (_entityAt[first] is null || end > _mentionEnd[first])
                {
                    _entityAt[first] = entity;
                    _mentionEnd[first] = end;
                    _ruleAt[first] = mention.Rule;
                }
            }
        }
    }

    public void Find(SentenceContext sentence, ReadOnlySpan<int> tokens, List<ActorMatch> into)
    {
        var offset = sentence.Graph.First;
        Span<int> ids = tokens.Length <= 64 ? stackalloc int[tokens.Length] : new int[tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
        {
            ids[k] = sentence.FormIds[tokens[k]];
        }

        var at = 0;
        while (at < tokens.Length)
        {
            var document = offset + tokens[at];
            if (_entityAt[document] is { } entity)
            {
                // The mention may run past the phrase's tokens: it ends at the last phrase token it covers.
                var end = at + 1;
                while (end < tokens.Length && offset + tokens[end] < _mentionEnd[document])
                {
                    end++;
                }

                into.Add(new ActorMatch(tokens[at], tokens[end - 1] + 1, false, entity.Actor?.Code, false, entity.Id, entity.Name,
                    $"entity {entity.Id} {entity.Name} ({_ruleAt[document]})"));
                at = end;
                continue;
            }

            if (_agents.Phrases.MatchAt(ids, at, ids.Length, out var agentEnd) is var phrase and >= 0)
            {
                var agent = _agents[_agents.Phrases[phrase].Payload];
                into.Add(new ActorMatch(tokens[at], tokens[agentEnd - 1] + 1, true, agent.Code, agent.Prefix, null, agent.Name, $"agent {agent.Name}"));
                at = agentEnd;
                continue;
            }

            at++;
        }
    }

    /// <summary>People, organisations, states, groups and nationalities act; places, dates and works do not.</summary>
    private static bool IsActorType(string type) => type is "PERSON" or "ORG" or "GPE" or "NORP" or "PER" or "NATIONALITY";
}
