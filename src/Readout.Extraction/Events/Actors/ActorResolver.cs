using System.Runtime.InteropServices;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Events.Actors;

/// <summary>
/// Resolves the actors a noun phrase stands for: its own actor with the agents that describe it ("Arnor security
/// officials" → ARNGOV), an agent's actor in a prepositional modifier ("lawmakers in Arnor" → ARNLEG), every member of
/// a coordination ("Iran and Syria", "Iranian and Syrian officials"), agents carried across a coordination ("Danish
/// media and government" → DNKMED, DNKGOV), and, when the phrase's core names no one, the actors of the first phrase
/// inside it that does ("an attack by Osgiliath soldiers" → OSGMIL).
/// </summary>
internal sealed class ActorResolver
{
    private readonly IActorSource _source;
    private readonly Dictionary<int, IReadOnlyList<Actor>> _resolved = [];
    private SentenceContext? _sentence;

    public ActorResolver(IActorSource source)
    {
        _source = source;
    }

    /// <summary>The actors of the phrase headed by <paramref name="head"/>, one per coordinated member (read-only, cached per sentence).</summary>
    public IReadOnlyList<Actor> Resolve(SentenceContext sentence, int head)
    {
        if (!ReferenceEquals(sentence, _sentence))
        {
            // The same phrases are asked about by every verb of a sentence: resolve each once.
            _resolved.Clear();
            _sentence = sentence;
        }

        if (!_resolved.TryGetValue(head, out var actors))
        {
            actors = ResolveUncached(sentence, head);
            _resolved[head] = actors;
        }

        return actors;
    }

    private List<Actor> ResolveUncached(SentenceContext sentence, int head)
    {
        var conjuncts = new List<int>();
        Conjuncts(sentence.Graph, head, conjuncts);
        var actors = new List<Actor>();
        Core? first = null;
        for (var c = 0; c < conjuncts.Count; c++)
        {
            var core = ReadCore(sentence, conjuncts[c]);
            first ??= core;
            ResolveConjunct(sentence, conjuncts[c], core, c == 0 ? null : first, conjuncts, actors);
        }

        return actors;
    }

    /// <summary>
    /// The head and every token coordinated with it ("Mordor, Rohan, Arnor and Bree"), in text order. An apposition in a
    /// coordinated list is a member too: parsers often read "Mordor, the Shire, Arnor and Bree" as one.
    /// </summary>
    public static void Conjuncts(SentenceGraph graph, int head, List<int> into)
    {
        into.Add(head);
        var coordinated = graph.Child(head, DependencyRole.Conjunct) >= 0;
        foreach (var child in graph.Children(head))
        {
            var role = graph.Role(child);
            if (role == DependencyRole.Conjunct || (role == DependencyRole.Apposition && (coordinated || graph.Child(child, DependencyRole.Conjunct) >= 0)))
            {
                Conjuncts(graph, child, into);
            }
        }

        if (into.Count > 1)
        {
            into.Sort();
        }
    }

    /// <summary>The noun phrase a word belongs to: up through compounds, modifiers and possessors to its nominal head.</summary>
    public static int PhraseHead(SentenceGraph graph, int first, int end, Func<int, bool>? within = null)
    {
        var head = end - 1;
        for (var t = first; t < end; t++)
        {
            var up = graph.Head(t);
            if (up < first || up >= end)
            {
                head = t;
                break;
            }
        }

        for (var hops = 0; hops < 6; hops++)
        {
            var up = graph.Head(head);
            if (up < 0 || (within is not null && !within(up)) || !IsCoreRole(graph.Role(head)))
            {
                break;
            }

            head = up;
        }

        return head;
    }

    private void ResolveConjunct(SentenceContext sentence, int conjunct, Core core, Core? first, List<int> conjuncts, List<Actor> into)
    {
        if (core.Actors.Count > 0)
        {
            foreach (var actor in core.Actors)
            {
                if (actor.Code is not null || actor.EntityId is not null)
                {
                    into.Add(Build(core, actor, core.Agents));
                }
            }

            return;
        }

        if (core.Agents.Count > 0)
        {
            // "the ambassadors of Arnor and Gondor", "lawmakers and officials in Arnor": the agent's actor sits in a
            // prepositional modifier, its own or one shared by the coordination.
            var count = into.Count;
            AddModifierActors(sentence, conjunct, core, into);
            for (var c = 0; c < conjuncts.Count && into.Count == count; c++)
            {
                if (conjuncts[c] != conjunct)
                {
                    AddModifierActors(sentence, conjuncts[c], core, into);
                }
            }

            if (into.Count == count && first is { Actors: [var inherited, ..] } && (inherited.Code is not null || inherited.EntityId is not null))
            {
                // "Danish media and government": the first member's actor and its modifiers carry over.
                var agents = new List<ActorMatch>(first.ModifierAgents);
                agents.AddRange(core.Agents);
                into.Add(Build(core, inherited, agents));
            }

            return;
        }

        // "the information ministry of Gondor", "an attack by Osgiliath soldiers": no one in the core, so the actors of
        // the first phrase inside that names someone.
        var graph = sentence.Graph;
        var tokens = new List<int>();
        Collect(graph, conjunct, conjunct, tokens, core: false);
        tokens.Sort();
        var matches = new List<ActorMatch>();
        _source.Find(sentence, CollectionsMarshal.AsSpan(tokens), matches);
        foreach (var match in matches)
        {
            if (match.IsAgent)
            {
                continue;
            }

            if (match.Code is null && match.EntityId is null)
            {
                return;
            }

            var inner = PhraseHead(graph, match.First, match.End);
            if (inner == conjunct || !graph.Dominates(conjunct, inner))
            {
                return;
            }

            into.AddRange(Resolve(sentence, inner));
            return;
        }
    }

    private void AddModifierActors(SentenceContext sentence, int head, Core core, List<Actor> into)
    {
        var graph = sentence.Graph;
        foreach (var child in graph.Children(head))
        {
            if (graph.Role(child) is not DependencyRole.Oblique || child < head)
            {
                continue;
            }

            foreach (var actor in Resolve(sentence, child))
            {
                if (actor.Code is null && actor.EntityId is null)
                {
                    continue;
                }

                var match = new ActorMatch(actor.First, actor.Last + 1, false, actor.Code, false, actor.EntityId, actor.Name, actor.How);
                into.Add(Build(core, match, core.Agents) with { First = Math.Min(core.First, actor.First), Last = Math.Max(core.Last, actor.Last) });
            }
        }
    }

    private Core ReadCore(SentenceContext sentence, int head)
    {
        var graph = sentence.Graph;
        var core = new List<int>();
        Collect(graph, head, head, core, core: true);
        core.Sort();

        // Words are found over the whole phrase, so a name may run on past the core ("Ministry of Silly Walks", "Prince
        // of Dol Amroth"), but only names that start in the core count.
        var phrase = new List<int>();
        Collect(graph, head, head, phrase, core: false);
        phrase.Sort();
        var matches = new List<ActorMatch>();
        _source.Find(sentence, CollectionsMarshal.AsSpan(phrase), matches);
        var actors = new List<ActorMatch>();
        var agents = new List<ActorMatch>();
        var modifierAgents = new List<ActorMatch>();
        int first = core[0], last = core[^1];
        foreach (var match in matches)
        {
            if (core.BinarySearch(match.First) < 0)
            {
                continue;
            }

            last = Math.Max(last, match.End - 1);
            if (match.IsAgent)
            {
                agents.Add(match);
                if (head < match.First || head >= match.End)
                {
                    modifierAgents.Add(match);
                }
            }
            else if (actors.Count == 0 || IsCoordinatedWith(graph, actors[0], match))
            {
                // The first actor of the core wins ("Ithilen's minister Calimehtar" is Ithilen's), with any coordinated
                // with it ("Iranian and Syrian officials").
                actors.Add(match);
            }
        }

        return new Core(actors, agents, modifierAgents, first, last);
    }

    private static bool IsCoordinatedWith(SentenceGraph graph, ActorMatch first, ActorMatch other)
    {
        var a = PhraseHead(graph, first.First, first.End, static _ => false);
        var b = PhraseHead(graph, other.First, other.End, static _ => false);
        return graph.Role(b) == DependencyRole.Conjunct && graph.Head(b) == a;
    }

    /// <summary>
    /// The tokens of a phrase. The core leaves out what follows the head (prepositional modifiers, clauses,
    /// appositions) and the head's coordination; the whole phrase keeps modifiers and clauses but not the coordination.
    /// </summary>
    private static void Collect(SentenceGraph graph, int root, int token, List<int> into, bool core)
    {
        into.Add(token);
        foreach (var child in graph.Children(token))
        {
            var role = graph.Role(child);
            var topLevel = token == root;
            var leaveOut = role is DependencyRole.Punctuation or DependencyRole.Parataxis
                || (topLevel && role is DependencyRole.Conjunct or DependencyRole.Coordinator or DependencyRole.Preconjunct or DependencyRole.Apposition)
                || (core && role is DependencyRole.Oblique or DependencyRole.Agent or DependencyRole.Temporal or DependencyRole.ClausalModifier
                    or DependencyRole.RelativeClause or DependencyRole.Apposition or DependencyRole.Complement or DependencyRole.AdverbialClause
                    or DependencyRole.OpenComplement);
            if (!leaveOut)
            {
                Collect(graph, root, child, into, core);
            }
        }
    }

    private static bool IsCoreRole(DependencyRole role) => role is DependencyRole.Compound or DependencyRole.Flat or DependencyRole.Fixed
        or DependencyRole.Determiner or DependencyRole.AdjectivalModifier or DependencyRole.NumericModifier or DependencyRole.Possessor;

    private static Actor Build(Core core, ActorMatch actor, List<ActorMatch> agents)
    {
        var how = actor.How;
        var code = actor.Code;
        if (code is not null)
        {
            var prefix = string.Empty;
            foreach (var agent in agents)
            {
                if (agent.Code is null || (agent.Code == "PPL" && agents.Count > 1) || (agent.First < actor.End && agent.End > actor.First))
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
                else if (!HoldsUnit(code, agent.Code))
                {
                    code += agent.Code;
                    how += $" + {agent.How}";
                }
            }

            code = prefix + code;
        }

        return new Actor(code, actor.EntityId, actor.Name, Math.Min(core.First, actor.First), Math.Max(core.Last, actor.End - 1), how);
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

    private sealed record Core(List<ActorMatch> Actors, List<ActorMatch> Agents, List<ActorMatch> ModifierAgents, int First, int Last);
}
