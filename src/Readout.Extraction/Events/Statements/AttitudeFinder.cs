using Readout.Extraction.Events.Actors;
using Readout.Extraction.Events.Clauses;
using Readout.Extraction.Events.Dictionaries;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Events.Statements;

/// <summary>
/// Reads what a statement says about actors: an attitude word attached to an actor ("the US uses the most evil
/// methods", "the support of Iran", "Syria is at the forefront") makes an event from the speaker to that actor, and a
/// verb of creating or backing an armed group ("Daesh was made by the Americans") accuses whoever did it.
/// </summary>
internal static class AttitudeFinder
{
    private const int AttitudeStrength = 1;

    /// <summary>Adds the attitude events of tokens <c>[first, end)</c> of a sentence, all inside one quotation.</summary>
    public static void Find(SentenceContext sentence, ActorResolver resolver, int first, int end, IReadOnlyList<Actor> speakers, string quotationId, List<CodedEvent> events)
    {
        var graph = sentence.Graph;
        for (var word = first; word < end; word++)
        {
            var attitude = sentence.Dictionary.AttitudeOf(sentence.LemmaIds[word]) ?? sentence.Dictionary.AttitudeOf(sentence.FormIds[word]);
            if (attitude is null || IsNegated(graph, word))
            {
                continue;
            }

            var holders = attitude.Kind == AttitudeKind.Sponsorship ? Backers(sentence, resolver, word) : Holders(graph, word);
            foreach (var holder in holders)
            {
                if (holder < first || holder >= end)
                {
                    continue;
                }

                foreach (var actor in resolver.Resolve(sentence, holder))
                {
                    if (Transformations.Among(actor, speakers))
                    {
                        continue;
                    }

                    foreach (var speaker in speakers)
                    {
                        events.Add(new CodedEvent
                        {
                            Code = attitude.Code,
                            Source = speaker,
                            Target = actor,
                            Trigger = word,
                            Rule = "attitude:" + attitude.Lemma,
                            Detail = $"\"{attitude.Lemma}\" ({attitude.Kind}) said of {actor.Name ?? actor.Code} in a statement by {speaker.Name ?? speaker.Code}",
                            First = Math.Min(word, actor.First),
                            Last = Math.Max(word, actor.Last),
                            Strength = AttitudeStrength,
                            QuotationId = quotationId,
                        });
                    }
                }
            }
        }
    }

    /// <summary>The phrases an attitude word is said of: its possessor or "of" phrase, or the subject of its clause.</summary>
    private static List<int> Holders(SentenceGraph graph, int word)
    {
        var holders = new List<int>();
        foreach (var child in graph.Children(word))
        {
            var role = graph.Role(child);
            if (role is DependencyRole.Possessor or DependencyRole.Compound or DependencyRole.AdjectivalModifier
                || (role is DependencyRole.Oblique or DependencyRole.Agent && HasCase(graph, child, "of", "by")))
            {
                holders.Add(child);
            }
        }

        if (holders.Count > 0)
        {
            // "the support of Iran" is said of Iran, whoever remembers it.
            return holders;
        }

        // "X uses evil methods", "X is at the forefront": up from the word to its clause, then that clause's subject.
        var predicate = word;
        for (var hops = 0; hops < 4 && !HasSubject(graph, predicate); hops++)
        {
            var head = graph.Head(predicate);
            if (head < 0 || graph.Role(predicate) is not (DependencyRole.AdjectivalModifier or DependencyRole.Compound or DependencyRole.Object
                or DependencyRole.Oblique or DependencyRole.Conjunct or DependencyRole.OpenComplement or DependencyRole.Determiner))
            {
                break;
            }

            predicate = head;
        }

        var (subject, _) = ClauseReader.SubjectOf(graph, predicate);
        if (subject >= 0 && !graph.Dominates(word, subject))
        {
            holders.Add(subject);
        }

        return holders;
    }

    /// <summary>Who created or backs an armed group: the subject, or a passive's "by" phrase, when the object is one.</summary>
    private static List<int> Backers(SentenceContext sentence, ActorResolver resolver, int verb)
    {
        var graph = sentence.Graph;
        var clause = ClauseReader.Read(graph, verb, new bool[graph.Count]);
        var created = clause.Passive ? clause.Subject : graph.Child(verb, DependencyRole.Object);
        var backer = clause.Passive ? clause.Agent : clause.Subject;
        if (created < 0 || backer < 0)
        {
            return [];
        }

        foreach (var actor in resolver.Resolve(sentence, created))
        {
            if (actor.Code is { } code && IsArmedGroup(code))
            {
                return [backer];
            }
        }

        return [];
    }

    /// <summary>CAMEO codes of armed groups: insurgents, rebels, unaligned armed forces, international militarized groups.</summary>
    private static bool IsArmedGroup(string code)
    {
        for (var at = 0; at + 3 <= code.Length; at += 3)
        {
            if (code.AsSpan(at, 3) is "IMG" or "REB" or "INS" or "UAF")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSubject(SentenceGraph graph, int token) =>
        graph.Child(token, DependencyRole.Subject) >= 0 || graph.Child(token, DependencyRole.PassiveSubject) >= 0;

    private static bool HasCase(SentenceGraph graph, int phrase, string first, string second)
    {
        foreach (var child in graph.Children(phrase))
        {
            if (graph.Role(child) == DependencyRole.Case && (graph.Is(child, first) || graph.Is(child, second)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word or the predicate right above it is negated ("is not illegal"), unless that predicate itself
    /// reverses what it negates ("will never forget the support of X" is praise).
    /// </summary>
    private static bool IsNegated(SentenceGraph graph, int word)
    {
        if (graph.Child(word, DependencyRole.Negation) >= 0)
        {
            return true;
        }

        var head = graph.Head(word);
        if (head < 0 || graph.Child(head, DependencyRole.Negation) < 0)
        {
            return false;
        }

        var lemma = graph.Lemma(head) ?? graph.Text(head).ToString();
        return lemma.ToLowerInvariant() is not ("forget" or "ignore" or "overlook" or "underestimate" or "doubt");
    }
}
