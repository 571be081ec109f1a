using System.Collections.Frozen;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Events.Clauses;

/// <summary>
/// Reads the clause around a verb from the dependency tree: subject (its own, a controller's for "agreed to meet" or
/// "urged Iran to stop", the first conjunct's for "met and agreed"), passive voice and its "by" agent, negation and
/// modality, and the token runs patterns are matched against.
/// </summary>
internal static class ClauseReader
{
    private static readonly FrozenSet<string> Modals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "may", "might", "could", "should", "would");

    private static readonly FrozenSet<string> FutureAuxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "will", "shall", "'ll", "wo");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalLookup = Modals.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = FutureAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> RelativePronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "who", "which", "that", "whom");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeLookup = RelativePronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads the clause of <paramref name="verb"/>; <paramref name="consumed"/> marks tokens of a multiword verb to leave out.</summary>
    public static Clause Read(SentenceGraph graph, int verb, ReadOnlySpan<bool> consumed)
    {
        var (subject, inherited) = SubjectOf(graph, verb);
        var passive = false;
        var activeSubject = false;
        var agent = -1;
        foreach (var child in graph.Children(verb))
        {
            switch (graph.Role(child))
            {
                case DependencyRole.PassiveSubject:
                case DependencyRole.PassiveAuxiliary:
                    passive = true;
                    break;
                case DependencyRole.Subject:
                    activeSubject = true;
                    break;
                case DependencyRole.Agent:
                    agent = child;
                    break;
            }
        }

        var (negated, hypothetical, future, obligation) = Modality(graph, verb);
        for (int k = verb, hops = 0; hops < 4 && graph.Head(k) >= 0; hops++)
        {
            // "should be made to develop", "will develop and deepen": the verb above's auxiliaries carry down to the
            // act under it and to a conjunct that shares its subject; its negation only to the conjunct ("did not
            // attack or shell"), as "did not try to attack" is the attempt's negation, which a composition carries.
            var role = graph.Role(k);
            if (!(role == DependencyRole.OpenComplement || (role == DependencyRole.Conjunct && !HasOwnSubject(graph, k))))
            {
                break;
            }

            k = graph.Head(k);
            var above = Modality(graph, k);
            negated |= above.Negated && role == DependencyRole.Conjunct;
            hypothetical |= above.Hypothetical;
            future |= above.Future;
            obligation |= above.Obligation;
        }

        // An active subject outweighs a stray passive auxiliary in a noisy parse.
        passive &= !activeSubject || graph.Child(verb, DependencyRole.PassiveSubject) >= 0;
        if (passive && agent < 0)
        {
            agent = ByPhrase(graph, verb);
        }

        var lower = new List<int>();
        if (subject >= 0)
        {
            graph.CollectSubtree(subject, lower, static (_, role) => role is DependencyRole.Punctuation);
        }

        var upper = new List<int>();
        foreach (var child in graph.Children(verb))
        {
            if (child < verb || IsOutsideClause(graph.Role(child)))
            {
                continue;
            }

            graph.CollectSubtree(child, upper, static (_, role) => role is DependencyRole.Punctuation);
        }

        if (graph.Role(verb) == DependencyRole.Conjunct && graph.Child(verb, DependencyRole.Object) < 0
            && graph.Child(graph.Head(verb), DependencyRole.Object) is var shared and >= 0 && shared > verb)
        {
            // "develop and deepen relations": the object after the last verb is every verb's.
            graph.CollectSubtree(shared, upper, static (_, role) => role is DependencyRole.Punctuation);
        }

        upper.Sort();
        var reach = new List<int>(upper.Count);
        var patterns = new List<int>(upper.Count);
        foreach (var token in upper)
        {
            if (token > verb && !consumed[token] && graph.Role(token) != DependencyRole.Punctuation)
            {
                reach.Add(token);
                if (!InsideReportedClause(graph, verb, token))
                {
                    patterns.Add(token);
                }
            }
        }

        return new Clause(verb, subject, inherited, passive, agent, negated, hypothetical, future, obligation, [.. lower], [.. patterns], [.. reach]);
    }

    /// <summary>The subject of <paramref name="verb"/>: its own, or one it inherits.</summary>
    public static (int Subject, bool Inherited) SubjectOf(SentenceGraph graph, int verb)
    {
        for (int current = verb, hops = 0; current >= 0 && hops < 8; hops++)
        {
            foreach (var child in graph.Children(current))
            {
                if (graph.Role(child) is DependencyRole.Subject or DependencyRole.PassiveSubject)
                {
                    // "the soldiers who fired": the relative pronoun stands for the noun the clause modifies.
                    if (RelativeLookup.Contains(graph.Text(child))
                        && graph.Role(current) == DependencyRole.RelativeClause && graph.Head(current) >= 0)
                    {
                        return (graph.Head(current), true);
                    }

                    return (child, current != verb);
                }
            }

            var head = graph.Head(current);
            if (head < 0)
            {
                break;
            }

            switch (graph.Role(current))
            {
                case DependencyRole.OpenComplement:
                    // Object control ("urged Iran to stop"), else subject control ("agreed to meet").
                    var controller = graph.Child(head, DependencyRole.Object);
                    if (controller >= 0)
                    {
                        return (controller, true);
                    }

                    current = head;
                    continue;
                case DependencyRole.Conjunct:
                    current = head;
                    continue;
                case DependencyRole.AdverbialClause when !IntroducedBy(graph, current, "for") && !graph.IsFinite(current):
                    // "Speaking in a meeting with X, Raisi said…", "to celebrate", "after meeting X": a subjectless
                    // adverbial clause shares the subject of the clause it modifies ("jailed X for helping…" does not;
                    // nor does a finite verb, whose subject the parse lost: "…, the agency said").
                    current = head;
                    continue;
                case DependencyRole.ClausalModifier when graph.Child(current, DependencyRole.Marker) is var to and >= 0 && graph.Is(to, "to"):
                    // "efforts to stop…" has no actor subject of its own.
                    return (-1, false);
                default:
                    return (-1, false);
            }
        }

        return (-1, false);
    }

    /// <summary>A verb's own negation ("not", "never", "cannot"), modal ("may", "should"), future ("will") and obligation ("must").</summary>
    private static (bool Negated, bool Hypothetical, bool Future, bool Obligation) Modality(SentenceGraph graph, int verb)
    {
        bool negated = false, hypothetical = false, future = false, obligation = false;
        foreach (var child in graph.Children(verb))
        {
            var role = graph.Role(child);
            if (role == DependencyRole.Negation)
            {
                negated = true;
            }
            else if (role == DependencyRole.Auxiliary)
            {
                hypothetical |= ModalLookup.Contains(graph.Text(child));
                future |= FutureLookup.Contains(graph.Text(child));
                obligation |= graph.Is(child, "must");
                negated |= graph.Is(child, "cannot");
            }
        }

        return (negated, hypothetical, future, obligation);
    }

    private static bool HasOwnSubject(SentenceGraph graph, int verb) =>
        graph.Child(verb, DependencyRole.Subject) >= 0 || graph.Child(verb, DependencyRole.PassiveSubject) >= 0;

    /// <summary>True when <paramref name="token"/> lies in a clause with a subject of its own under <paramref name="verb"/> ("said that…").</summary>
    private static bool InsideReportedClause(SentenceGraph graph, int verb, int token)
    {
        for (var k = token; k >= 0 && k != verb; k = graph.Head(k))
        {
            if (graph.Role(k) is DependencyRole.Complement or DependencyRole.ClausalSubject or DependencyRole.Parataxis)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IntroducedBy(SentenceGraph graph, int clause, string word)
    {
        foreach (var child in graph.Children(clause))
        {
            if (graph.Role(child) is DependencyRole.Marker or DependencyRole.Case && graph.Is(child, word))
            {
                return true;
            }
        }

        return false;
    }

    private static int ByPhrase(SentenceGraph graph, int verb)
    {
        foreach (var child in graph.Children(verb))
        {
            if (graph.Role(child) == DependencyRole.Oblique && child > verb)
            {
                foreach (var grandchild in graph.Children(child))
                {
                    if (graph.Role(grandchild) == DependencyRole.Case && graph.Is(grandchild, "by"))
                    {
                        return child;
                    }
                }
            }
        }

        return -1;
    }

    private static bool IsOutsideClause(DependencyRole role) => role is DependencyRole.Subject or DependencyRole.PassiveSubject
        or DependencyRole.ClausalSubject or DependencyRole.Expletive or DependencyRole.Conjunct or DependencyRole.Coordinator
        or DependencyRole.Parataxis or DependencyRole.Punctuation;
}
