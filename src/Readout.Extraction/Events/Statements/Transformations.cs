using Readout.Extraction.Events.Actors;
using Readout.Extraction.Events.Dictionaries;

namespace Readout.Extraction.Events.Statements;

/// <summary>
/// Applies speech transformations and compositions: an event reported under a statement or an intention becomes an
/// event between the actor above and an actor of the reported event ("said Iraq attacked" → accuses Iraq; "agreed to
/// meet" → expresses intent to meet).
/// </summary>
internal static class Transformations
{
    /// <summary>True when <paramref name="actor"/> is one of <paramref name="group"/>.</summary>
    public static bool Among(Actor actor, IReadOnlyList<Actor> group)
    {
        foreach (var member in group)
        {
            if (member.SameAs(actor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="actor"/> is on the same side as a member of <paramref name="group"/>: the same actor,
    /// or the same state ("Pentagon sources" on US strikes report their own side's action, they do not accuse it).
    /// </summary>
    public static bool OnSideOf(Actor actor, IReadOnlyList<Actor> group)
    {
        if (Among(actor, group))
        {
            return true;
        }

        foreach (var member in group)
        {
            if (State(actor.Code) is { } state && state == State(member.Code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The state part of an actor code (IRN of IRNGOV), or null for international and non-state codes.</summary>
    private static string? State(string? code) =>
        code is { Length: >= 3 } && code[..3] is not ("IGO" or "NGO" or "IMG" or "MNC" or "UAF" or "REB" or "---") ? code[..3] : null;

    /// <summary>
    /// Applies the first speech transformation that fits a speaker (one of <paramref name="speakers"/>: "Obama and Putin
    /// said they…" has each speaking for both) and an event reported under it.
    /// </summary>
    public static CodedEvent? Apply(VerbLexicon lexicon, Actor speaker, IReadOnlyList<Actor> speakers, CodedEvent reported, string? block, string? code)
    {
        foreach (var rule in lexicon.Transformations)
        {
            // "06?" asks for a reported event that has not happened yet, "Q!" for one that must happen.
            var lowerClass = rule.LowerClass;
            if (lowerClass.EndsWith('?'))
            {
                if (!reported.Hypothetical && !reported.Future)
                {
                    continue;
                }

                lowerClass = lowerClass[..^1];
            }
            else if (lowerClass.EndsWith('!'))
            {
                if (!reported.Obligation)
                {
                    continue;
                }

                lowerClass = lowerClass[..^1];
            }

            if (!VerbClasses.Matches(rule.UpperClass, block, code) || !VerbClasses.Matches(lowerClass, reported.Block, reported.Code)
                || !Fits(rule.LowerSource, reported.Source, speakers) || !Fits(rule.LowerTarget, reported.Target, speakers))
            {
                continue;
            }

            var other = rule.LowerSource == "b" ? reported.Source : reported.Target;
            var from = rule.ResultSource == "a" ? speaker : other;
            var to = rule.ResultTarget == "a" ? speaker : other;
            if (from.SameAs(to) || ReferenceEquals(from, Actor.Nobody) || ReferenceEquals(to, Actor.Nobody))
            {
                continue;
            }

            return reported with
            {
                Code = rule.ResultCode == "Q" ? reported.Code : rule.ResultCode,
                Source = from,
                Target = to,
                Rule = "transformation " + rule.Text,
                Detail = rule.Text,
                First = Math.Min(reported.First, speaker.First),
                Last = Math.Max(reported.Last, speaker.Last),
                Strength = reported.Strength + 1,
                Absorbed = false,
            };
        }

        return null;

        static bool Fits(string role, Actor actor, IReadOnlyList<Actor> speakers) => role switch
        {
            "a" => OnSideOf(actor, speakers),
            "_" => ReferenceEquals(actor, Actor.Nobody) || OnSideOf(actor, speakers),
            "b" => !ReferenceEquals(actor, Actor.Nobody) && !OnSideOf(actor, speakers),
            _ => true,
        };
    }
}
