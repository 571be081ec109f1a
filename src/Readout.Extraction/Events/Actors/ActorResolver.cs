using Readout.Extraction.Events.Syntax;

namespace Readout.Extraction.Events.Actors;

/// <summary>
/// Resolves the actors a noun phrase stands for: its own actor with the agents that describe it ("Arnor security
/// officials" → ARNGOV), an agent's actor in a prepositional modifier ("lawmakers in Arnor" → ARNLEG), every member of
/// a coordination ("Iran and Syria"), agents carried across a coordination ("Danish media and government" → DNKMED,
/// DNKGOV), and, when the phrase's core names no one, the first actor anywhere inside it.
/// </summary>
internal sealed class ActorResolver
{
    private readonly IActorSource _source;
    private readonly List<int> _tokens = [];
    private readonly List<ActorMatch> _matches = [];

    public ActorResolver(IActorSource source)
    {
        _source = source;
    }

    /// <summary>The actors of the phrase headed by <paramref name="head"/>, one per coordinated member.</summary>
    public List<Actor> Resolve(SentenceContext sentence, int head)
    {
        var conjuncts = new List<int>();
        Conjuncts(sentence.Graph, head, conjuncts);
        var actors = new List<Actor>();
        Core? first = null;
        for (var c = 0; c < conjuncts.Count; c++)
        {
            var core = ReadCore(sentence, conjuncts[c]);
            if (c == 0)
            {
                first = core;
            }

            ResolveConjunct(sentence, conjuncts[c], core, c == 0 ? null : first, conjuncts, actors);
        }

        return actors;
    }

    /// <summary>The head and every token coordinated with it ("Mordor, Rohan, Arnor and Bree"), in text order.</summary>
    public static void Conjuncts(SentenceGraph graph, int head, List<int> into)
    {
        into.Add(head);
        foreach (var child in graph.Children(head))
        {
            if (graph.Role(child) == DependencyRole.Conjunct)
            {
                Conjuncts(graph, child, into);
            }
        }
    }

    private void ResolveConjunct(SentenceContext sentence, int conjunct, Core core, Core? first, List<int> conjuncts, List<Actor> into)
    {
        var graph = sentence.Graph;
        if (core.Actor is { } actor)
        {
            if (actor.Code is not null || actor.EntityId is not null)
            {
                into.Add(Build(graph, conjunct, actor, core.Agents));
            }

            return;
        }

        if (core.Agents.Count > 0)
        {
            // "the ambassadors of Arnor and Gondor", "lawmakers and officials in Arnor": the agent's actor sits in a
            // prepositional modifier, its own or one shared by the coordination.
            var count = into.Count;
            AddModifierActors(sentence, conjunct, core.Agents, into);
            for (var c = 0; c < conjuncts.Count && into.Count == count; c++)
            {
                if (conjuncts[c] != conjunct)
                {
                    AddModifierActors(sentence, conjuncts[c], core.Agents, into);
                }
            }

            if (into.Count == count && first is { Actor: { } inherited } && (inherited.Code is not null || inherited.EntityId is not null))
            {
                // "Danish media and government": the first member's actor and its modifiers carry over.
                var agents = new List<ActorMatch>(first.ModifierAgents);
                agents.AddRange(core.Agents);
                into.Add(Build(graph, conjunct, inherited, agents));
            }

            return;
        }

        // "the information ministry of Gondor", "an attack by Osgiliath soldiers": no one in the core, so the first actor
        // anywhere in the phrase, with the agents around it.
        _tokens.Clear();
        graph.CollectSubtree(conjunct, _tokens, static (_, role) => role is DependencyRole.Conjunct or DependencyRole.Coordinator
            or DependencyRole.Preconjunct or DependencyRole.Punctuation or DependencyRole.Parataxis);
        _matches.Clear();
        _source.Find(sentence, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), _matches);
        ActorMatch? found = null;
        var around = new List<ActorMatch>();
        foreach (var match in _matches)
        {
            if (!match.IsAgent && found is null)
            {
                found = match;
            }
            else if (match.IsAgent && found is not null && match.First < found.Value.End + 3)
            {
                around.Add(match);
            }
        }

        if (found is { } anywhere && (anywhere.Code is not null || anywhere.EntityId is not null))
        {
            // Agents right before the actor belong to it too ("Osgiliath soldiers").
            foreach (var match in _matches)
            {
                if (match.IsAgent && match.End <= anywhere.First && match.End >= anywhere.First - 1)
                {
                    around.Insert(0, match);
                }
            }

            into.Add(Build(graph, conjunct, anywhere, around));
        }
    }

    private void AddModifierActors(SentenceContext sentence, int head, List<ActorMatch> agents, List<Actor> into)
    {
        var graph = sentence.Graph;
        foreach (var child in graph.Children(head))
        {
            if (graph.Role(child) is DependencyRole.Oblique && child > head)
            {
                foreach (var actor in Resolve(sentence, child))
                {
                    if (actor.Code is null && actor.EntityId is null)
                    {
                        continue;
                    }

                    var match = new ActorMatch(actor.First, actor.Last + 1, false, actor.Code, false, actor.EntityId, actor.Name, actor.How);
                    var (first, last) = graph.Extent(head);
                    into.Add(Build(graph, head, match, agents) with { First = Math.Min(first, actor.First), Last = Math.Max(last, actor.Last) });
                }
            }
        }
    }

    private Core ReadCore(SentenceContext sentence, int head)
    {
        var graph = sentence.Graph;
        _tokens.Clear();
        graph.CollectSubtree(head, _tokens, static (_, role) => role is DependencyRole.Conjunct or DependencyRole.Coordinator
            or DependencyRole.Preconjunct or DependencyRole.Oblique or DependencyRole.Agent or DependencyRole.Temporal
            or DependencyRole.ClausalModifier or DependencyRole.RelativeClause or DependencyRole.Apposition or DependencyRole.Punctuation
            or DependencyRole.Parataxis or DependencyRole.Complement or DependencyRole.AdverbialClause or DependencyRole.OpenComplement);
        _matches.Clear();
        _source.Find(sentence, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), _matches);
        ActorMatch? actor = null;
        var agents = new List<ActorMatch>();
        var modifierAgents = new List<ActorMatch>();
        foreach (var match in _matches)
        {
            if (match.IsAgent)
            {
                agents.Add(match);
                if (head < match.First || head >= match.End)
                {
                    modifierAgents.Add(match);
                }
            }
            else
            {
                // The first actor of the core wins: "Ithilen's minister Calimehtar" is Ithilen's.
                actor ??= match;
            }
        }

        return new Core(actor, agents, modifierAgents);
    }

    private static Actor Build(SentenceGraph graph, int head, ActorMatch actor, List<ActorMatch> agents)
    {
        var (first, last) = graph.Extent(head);
        var how = actor.How;
        var code = actor.Code;
        if (code is not null && actor.EntityId is null || code is not null)
        {
            var prefix = string.Empty;
            foreach (var agent in agents)
            {
                if (agent.Code is null || (agent.Code == "PPL" && agents.Count > 1) || agent.First < actor.End && agent.End > actor.First)
                {
                    continue;
                }

                if (agent.PrefixAgent)
                {
                    if (!HoldsUnit(prefix + code, agent.Code))
                    {
                        prefix += agent.Code;
                        how += $" + {agent.How}";
                    }
                }
                else if (!HoldsUnit(code!, agent.Code))
                {
                    code += agent.Code;
                    how += $" + {agent.How}";
                }
            }

            code = prefix + code;
        }

        return new Actor(code, actor.EntityId, actor.Name, Math.Min(first, actor.First), Math.Max(last, actor.End - 1), how);
    }

    /// <summary>True when <paramref name="code"/> already holds <paramref name="unit"/> at a three-letter boundary (GMWGOV holds GOV, not WGO).</summary>
    private static bool HoldsUnit(string code, string unit)
    {
        for (var at = 0; at + unit.Length <= code.Length; at += 3)
        {
            if (code.AsSpan(at).StartsWith(unit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Core(ActorMatch? Actor, List<ActorMatch> Agents, List<ActorMatch> ModifierAgents);
}
