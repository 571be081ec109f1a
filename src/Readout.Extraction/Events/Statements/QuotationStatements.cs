using Readout.Core.Annotations;
using Readout.Extraction.Events.Actors;

namespace Readout.Extraction.Events.Statements;

/// <summary>
/// Turns what a quotation says into events from its speaker: an event reported inside the quotation goes through the
/// speech transformations ("the US created the crisis" from Raisi is Iran accusing the US; "we will expand trade with
/// Syria" is Iran's intent), and attitude words said of an actor become praise, criticism or accusation. Every event
/// read from a quotation carries the quotation's id.
/// </summary>
internal static class QuotationStatements
{
    private const string StatementCode = "010";

    /// <summary>Applies the quotations of a document to its coded sentences.</summary>
    public static void Apply(IReadOnlyList<Quotation> quotations, IReadOnlyList<CodedSentence> sentences, ActorResolver resolver)
    {
        foreach (var quotation in quotations)
        {
            // "according to a report" names where a fact comes from, not a statement an actor makes.
            if (quotation.Rule.Contains("according", StringComparison.Ordinal))
            {
                continue;
            }

            var (speakers, speakerSentence) = Speakers(quotation, sentences, resolver);
            if (speakers.Count == 0)
            {
                continue;
            }

            foreach (var sentence in sentences)
            {
                // Actors hold sentence-local token positions: a speaker read in one sentence cannot be placed in
                // another's events (their offsets would point into the wrong sentence, or past its end).
                if (!ReferenceEquals(sentence, speakerSentence))
                {
                    continue;
                }

                var graph = sentence.Context.Graph;
                if (graph.End(graph.Count - 1) <= quotation.Content.Start || graph.Start(0) >= quotation.Content.End)
                {
                    continue;
                }

                var first = 0;
                while (first < graph.Count && graph.Start(first) < quotation.Content.Start)
                {
                    first++;
                }

                var end = first;
                while (end < graph.Count && graph.End(end) <= quotation.Content.End)
                {
                    end++;
                }

                Restate(sentence, quotation, speakers, first, end);
                AttitudeFinder.Find(sentence.Context, resolver, first, end, speakers, quotation.Id, sentence.Events);
            }
        }
    }

    private static void Restate(CodedSentence sentence, Quotation quotation, IReadOnlyList<Actor> speakers, int first, int end)
    {
        var events = sentence.Events;
        var lexicon = sentence.Context.Dictionary.Verbs;
        var count = events.Count;
        for (var i = 0; i < count; i++)
        {
            var reported = events[i];
            if (reported.Absorbed || reported.QuotationId is not null || reported.Trigger < first || reported.Trigger >= end)
            {
                continue;
            }

            foreach (var speaker in speakers)
            {
                if (Transformations.Apply(lexicon, speaker, speakers, reported, null, StatementCode) is { } restated)
                {
                    // A new code is the speaker's act, which the quotation shows happened ("relations should be
                    // deepened" is an intent expressed); a copied one keeps the reported act's modality.
                    var copied = restated.Code == reported.Code;
                    reported.Absorbed = true;
                    events.Add(restated with
                    {
                        QuotationId = quotation.Id,
                        Rule = restated.Rule + " (quotation)",
                        Negated = copied && reported.Negated,
                        Hypothetical = copied && reported.Hypothetical,
                        Future = copied && reported.Future,
                    });
                }
            }

            if (!reported.Absorbed)
            {
                // A fact the speaker reports ("they met on Monday") stays the fact it is, read from the quotation.
                events[i] = reported with { QuotationId = quotation.Id };
            }
        }
    }

    /// <summary>The speaker's actors: the phrase of the quotation's speaker mention, resolved in its sentence.</summary>
    private static (IReadOnlyList<Actor> Actors, CodedSentence? Sentence) Speakers(Quotation quotation, IReadOnlyList<CodedSentence> sentences, ActorResolver resolver)
    {
        if (quotation.Speaker is not { } range)
        {
            return ([], null);
        }

        foreach (var sentence in sentences)
        {
            var graph = sentence.Context.Graph;
            if (range.Start < graph.Start(0) || range.Start >= graph.End(graph.Count - 1))
            {
                continue;
            }

            var head = -1;
            for (var t = 0; t < graph.Count; t++)
            {
                if (graph.Start(t) >= range.Start && graph.End(t) <= range.End)
                {
                    var up = graph.Head(t);
                    if (up < 0 || graph.Start(up) < range.Start || graph.End(up) > range.End)
                    {
                        head = t;
                        break;
                    }
                }
            }

            return head >= 0 ? (resolver.Resolve(sentence.Context, head), sentence) : ([], null);
        }

        return ([], null);
    }
}
