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

            var holders = attitude.Kind == AttitudeKind.Sponsorship ? Backers(sentence, resolver, word) : Holders(sentence, resolver, word);
            foreach (var actor in holders)
            {
                if (actor.First < first || actor.Last >= end || Transformations.Among(actor, speakers))
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

    /// <summary>
    /// The actors an attitude word is said of: those its possessor, modifier or "of"/"by" phrase names, else the subject
    /// of its clause, reached up through the phrases that hold the word but not out of one that names another
    /// participant ("resistance against cowardly aggression" says nothing of the resisters).
    /// </summary>
    private static List<Actor> Holders(SentenceContext sentence, ActorResolver resolver, int word)
    {
        var graph = sentence.Graph;
        var holders = new List<Actor>();
        foreach (var child in graph.Children(word))
        {
            var role = graph.Role(child);
            if (role is DependencyRole.Possessor or DependencyRole.Compound or DependencyRole.AdjectivalModifier
                || (role is DependencyRole.Oblique or DependencyRole.Agent && HasCase(graph, child, "of", "by")))
            {
                // "the support of Iran" is said of Iran, whoever remembers it; "the forefront of resistance against
                // the Zionists" is said of no one in it.
                AddOwn(sentence, resolver, child, holders);
            }
        }

        if (holders.Count > 0)
        {
            return holders;
        }

        // "X uses evil methods", "X is at the forefront": up from the word to its clause, then that clause's subject.
        var predicate = word;
        for (var hops = 0; hops < 4 && !HasSubject(graph, predicate); hops++)
        {
            var head = graph.Head(predicate);
            if (head < 0 || graph.Role(predicate) is not (DependencyRole.AdjectivalModifier or DependencyRole.Compound or DependencyRole.Object
                or DependencyRole.Oblique or DependencyRole.Conjunct or DependencyRole.OpenComplement or DependencyRole.Determiner)
                || HasCase(graph, predicate, OtherParticipant))
            {
                break;
            }

            predicate = head;
        }

        var (subject, _) = ClauseReader.SubjectOf(graph, predicate);
        if (subject >= 0 && (predicate == word || !graph.Dominates(word, subject)))
        {
            // The word's own subject when it is the predicate ("Syria is at the forefront").
            AddOwn(sentence, resolver, subject, holders);
        }

        return holders;
    }

    /// <summary>Prepositions that bring in a participant other than the one the phrase above is about.</summary>
    private static readonly string[] OtherParticipant = ["against", "on", "upon", "to", "toward", "towards", "with", "from"];

    /// <summary>The actors a phrase itself names (the coordination included), not those of phrases nested in it.</summary>
    private static void AddOwn(SentenceContext sentence, ActorResolver resolver, int phrase, List<Actor> into)
    {
        var members = new List<int>();
        ActorResolver.Conjuncts(sentence.Graph, phrase, members);
        foreach (var actor in resolver.Resolve(sentence, phrase))
        {
            foreach (var member in members)
            {
                if (actor.First <= member && member <= actor.Last)
                {
                    into.Add(actor);
                    break;
                }
            }
        }
    }

    /// <summary>Who created or backs an armed group: the subject, or a passive's "by" phrase, when the object is one.</summary>
    private static IReadOnlyList<Actor> Backers(SentenceContext sentence, ActorResolver resolver, int verb)
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
                return resolver.Resolve(sentence, backer);
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

    private static bool HasCase(SentenceGraph graph, int phrase, params ReadOnlySpan<string> prepositions)
    {
        foreach (var child in graph.Children(phrase))
        {
            if (graph.Role(child) != DependencyRole.Case)
            {
                continue;
            }

            foreach (var preposition in prepositions)
            {
                if (graph.Is(child, preposition))
                {
                    return true;
                }
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
