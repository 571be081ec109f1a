using Readout.Extraction.Events.Actors;

namespace Readout.Extraction.Events.Patterns;

/// <summary>
/// The actor phrases of a clause's token run after its verb, in text order: found word by word, then each grown to the
/// noun phrase it belongs to ("Osgiliath" → "Osgiliath soldiers") and resolved with its agents and coordination.
/// </summary>
internal sealed class ClauseActors
{
    private readonly List<ActorPhrase> _phrases = [];

    /// <summary>The phrases of <paramref name="run"/>, from the actor words found once for the whole sentence.</summary>
    public ClauseActors(SentenceContext sentence, int[] run, IReadOnlyList<ActorMatch> sentenceMatches, ActorResolver resolver)
    {
        var graph = sentence.Graph;
        var covered = -1;
        Func<int, bool> inRun = t => Array.BinarySearch(run, t) >= 0;
        foreach (var match in sentenceMatches)
        {
            if (match.First <= covered || !inRun(match.First) || !inRun(match.End - 1))
            {
                continue;
            }

            var head = ActorResolver.PhraseHead(graph, match.First, match.End, inRun);
            var actors = resolver.Resolve(sentence, head);
            if (actors.Count == 0)
            {
                continue;
            }

            var last = match.End - 1;
            foreach (var actor in actors)
            {
                last = Math.Max(last, actor.Last);
            }

            _phrases.Add(new ActorPhrase(match.First, last, head, actors));
            covered = last;
        }
    }

    /// <summary>The phrases, in text order.</summary>
    public IReadOnlyList<ActorPhrase> Phrases => _phrases;

    /// <summary>The phrase whose first actor or agent word is <paramref name="token"/>, or null.</summary>
    public ActorPhrase? StartingAt(int token)
    {
        foreach (var phrase in _phrases)
        {
            if (phrase.FirstToken == token)
            {
                return phrase;
            }
        }

        return null;
    }
}
