using Readout.Core.Documents;
using Readout.Extraction.Events.Actors;
using Readout.Extraction.Events.Clauses;
using Readout.Extraction.Events.Dictionaries;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Events.Nominal;

/// <summary>
/// Codes events named by nouns: "a meeting between A and B", "talks with X", "the visit of X to Y", "sanctions on X",
/// "Iran's attack on X". The source is the noun's possessor, its "by"/"of" phrase or an actor modifying it, else the
/// subject of the clause the noun sits in ("Raisi held talks with X"); "between A and B" makes the event reciprocal.
/// </summary>
internal static class NominalEventFinder
{
    /// <summary>Strength of a nominal event: below any verb's, so a verb coding the same event wins deduplication.</summary>
    private const int NominalStrength = 0;

    /// <summary>Adds the nominal events of a sentence; <paramref name="taken"/> marks nouns a verb pattern already read.</summary>
    public static void Find(SentenceContext sentence, ActorResolver resolver, ReadOnlySpan<bool> taken, List<CodedEvent> events)
    {
        var graph = sentence.Graph;
        for (var noun = 0; noun < graph.Count; noun++)
        {
            if (taken[noun] || graph.Pos(noun) is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.None or UniversalPos.X))
            {
                continue;
            }

            var triggers = sentence.Dictionary.NominalTriggersOf(sentence.LemmaIds[noun]);
            if (triggers.Count == 0)
            {
                triggers = sentence.Dictionary.NominalTriggersOf(sentence.FormIds[noun]);
            }

            foreach (var trigger in triggers)
            {
                if (HasModifier(sentence, noun, trigger.Lemma))
                {
                    Code(sentence, resolver, noun, trigger, events);
                    break;
                }
            }
        }
    }

    private static void Code(SentenceContext sentence, ActorResolver resolver, int noun, NominalTrigger trigger, List<CodedEvent> events)
    {
        var graph = sentence.Graph;
        var sources = new List<Actor>();
        var targets = new List<Actor>();
        var members = new List<Actor>();
        foreach (var child in graph.Children(noun))
        {
            switch (graph.Role(child))
            {
                case DependencyRole.Possessor:
                case DependencyRole.Compound:
                case DependencyRole.AdjectivalModifier:
                case DependencyRole.Flat:
                    // "Iran's attack", "US sanctions", "Iranian strikes", "Iran-Syria talks".
                    var modifiers = resolver.Resolve(sentence, child);
                    (modifiers.Count > 1 ? members : sources).AddRange(modifiers);
                    break;
                case DependencyRole.Oblique:
                case DependencyRole.Agent:
                    var preposition = Preposition(graph, child);
                    if (preposition is "between" or "among")
                    {
                        members.AddRange(resolver.Resolve(sentence, child));
                    }
                    else if (preposition is not null && Contains(trigger.TargetPrepositions, preposition))
                    {
                        targets.AddRange(resolver.Resolve(sentence, child));
                    }
                    else if (preposition is not null && Contains(trigger.SourcePrepositions, preposition))
                    {
                        sources.AddRange(resolver.Resolve(sentence, child));
                    }

                    break;
            }
        }

        var governing = GoverningVerb(graph, noun);
        if (sources.Count == 0 && members.Count < 2 && governing >= 0)
        {
            // "Raisi held talks with X", "Speaking in a meeting with X, Raisi said…".
            var (subject, _) = ClauseReader.SubjectOf(graph, governing);
            if (subject >= 0 && !graph.Dominates(noun, subject))
            {
                sources.AddRange(resolver.Resolve(sentence, subject));
            }
        }

        if (members.Count == 1)
        {
            // "a meeting between Raisi and the minister" where only one member is an actor: the other is the source.
            targets.AddRange(members);
            members.Clear();
        }

        var (negated, hypothetical) = governing >= 0 ? Polarity(graph, governing) : (false, false);
        var rule = "nominal:" + trigger.Lemma;
        var detail = $"{trigger.Lemma} [{trigger.Code}{(trigger.ReverseCode is null ? string.Empty : ":" + trigger.ReverseCode)}] with the target after {string.Join("/", trigger.TargetPrepositions)}";
        if (members.Count >= 2)
        {
            foreach (var from in members)
            {
                foreach (var to in members)
                {
                    Add(from, to, trigger.Code);
                }
            }

            return;
        }

        foreach (var from in sources)
        {
            foreach (var to in targets)
            {
                Add(from, to, trigger.Code);
                if (trigger.ReverseCode is { } reverse)
                {
                    Add(to, from, reverse);
                }
            }
        }

        void Add(Actor from, Actor to, string code)
        {
            if (from.SameAs(to))
            {
                return;
            }

            var (first, last) = graph.Extent(noun);
            events.Add(new CodedEvent
            {
                Code = code,
                Source = from,
                Target = to,
                Trigger = noun,
                Rule = rule,
                Detail = detail,
                First = Math.Min(first, Math.Min(from.First, to.First)),
                Last = Math.Max(Math.Max(noun, from.Last), to.Last),
                Negated = negated,
                Hypothetical = hypothetical,
                Strength = NominalStrength,
            });
        }
    }

    /// <summary>True when the trigger is the noun alone, or its modifier ("hunger" in "hunger strike") modifies the noun.</summary>
    private static bool HasModifier(SentenceContext sentence, int noun, string lemma)
    {
        var space = lemma.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return true;
        }

        var modifier = sentence.Dictionary.Words.Find(lemma.AsSpan(0, space));
        foreach (var child in sentence.Graph.Children(noun))
        {
            if (child < noun && sentence.IsWord(child, modifier))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verb whose clause the noun sits in: up through objects, obliques and nominal modifiers.</summary>
    private static int GoverningVerb(SentenceGraph graph, int noun)
    {
        for (int k = noun, hops = 0; k >= 0 && hops < 6; hops++)
        {
            var head = graph.Head(k);
            if (head < 0)
            {
                return -1;
            }

            if (graph.Pos(head) is UniversalPos.VERB || graph.Child(head, DependencyRole.Subject) >= 0 || graph.Child(head, DependencyRole.PassiveSubject) >= 0)
            {
                return head;
            }

            if (graph.Role(k) is not (DependencyRole.Object or DependencyRole.Oblique or DependencyRole.Conjunct or DependencyRole.Apposition or DependencyRole.Compound))
            {
                return -1;
            }

            k = head;
        }

        return -1;
    }

    private static (bool Negated, bool Hypothetical) Polarity(SentenceGraph graph, int verb)
    {
        var negated = graph.Child(verb, DependencyRole.Negation) >= 0;
        var lemma = graph.Lemma(verb) is { } l ? l.AsSpan() : graph.Text(verb);
        return (negated || Modality.IsNegating(lemma), Modality.IsHypothetical(lemma));
    }

    private static string? Preposition(SentenceGraph graph, int phrase)
    {
        foreach (var child in graph.Children(phrase))
        {
            if (graph.Role(child) == DependencyRole.Case)
            {
                return graph.Text(child).ToString().ToLowerInvariant();
            }
        }

        return null;
    }

    private static bool Contains(IReadOnlyList<string> words, string word)
    {
        foreach (var candidate in words)
        {
            if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
