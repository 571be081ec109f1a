using Readout.Extraction.Events.Actors;
using Readout.Extraction.Events.Syntax;

namespace Readout.Extraction.Events.Patterns;

/// <summary>
/// The actor phrases of a clause's token run after its verb, in text order: found word by word, then each grown to the
/// noun phrase it belongs to ("Osgiliath" → "Osgiliath soldiers") and resolved with its agents and coordination.
/// </summary>
internal sealed class ClauseActors
{
    private readonly List<ActorPhrase> _phrases = [];

    public ClauseActors(SentenceContext sentence, int[] run, IActorSource source, ActorResolver resolver)
    {
        var graph = sentence.Graph;
        var matches = new List<ActorMatch>();
        source.Find(sentence, run, matches);
        var covered = -1;
        foreach (var match in matches)
        {
            if (match.First <= covered)
            {
                continue;
            }

            var head = PhraseHead(graph, match, run);
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

            var position = Array.BinarySearch(run, match.First);
            var end = Array.BinarySearch(run, last);
            end = end >= 0 ? end + 1 : ~end;
            _phrases.Add(new ActorPhrase(position, Math.Max(end, position + 1), head, actors));
            covered = last;
        }
    }

    /// <summary>The phrases, in text order.</summary>
    public IReadOnlyList<ActorPhrase> Phrases => _phrases;

    /// <summary>The first phrase at or after <paramref name="position"/> and starting before <paramref name="limit"/>, or null.</summary>
    public ActorPhrase? NextAt(int position, int limit)
    {
        foreach (var phrase in _phrases)
        {
            if (phrase.Position >= position)
            {
                return phrase.Position < limit ? phrase : null;
            }
        }

        return null;
    }

    /// <summary>The noun phrase a matched word belongs to: up through compounds, modifiers and possessors to a nominal head.</summary>
    private static int PhraseHead(SentenceGraph graph, ActorMatch match, int[] run)
    {
        var head = match.End - 1;
        for (var t = match.First; t < match.End; t++)
        {
            var up = graph.Head(t);
            if (up < match.First || up >= match.End)
            {
                head = t;
                break;
            }
        }

        for (var hops = 0; hops < 6; hops++)
        {
            var up = graph.Head(head);
            if (up < 0 || Array.BinarySearch(run, up) < 0 || graph.Role(head) is not (DependencyRole.Compound or DependencyRole.Flat
                or DependencyRole.Fixed or DependencyRole.Determiner or DependencyRole.AdjectivalModifier or DependencyRole.NumericModifier
                or DependencyRole.Possessor))
            {
                break;
            }

            head = up;
        }

        return head;
    }
}
