using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Extraction.Events;

namespace Readout.Evaluation.Events;

/// <summary>Picks the event a one-label sentence is about, for evaluations that score one event per sentence.</summary>
public static class MainEvents
{
    /// <summary>
    /// The sentence's main event, the one the label is about: the event whose trigger is highest in the parse (the
    /// main clause's over those of clauses under it), a fact before a negated or hypothetical one, then the first.
    /// </summary>
    public static PoliticalEvent? Of(Document document)
    {
        var events = document.Get(AnnotationLayers.Events) ?? [];
        var traces = document.Get(EventCoder.Traces) ?? [];
        PoliticalEvent? main = null;
        var best = (Depth: int.MaxValue, Marked: true);
        for (var i = 0; i < events.Count; i++)
        {
            var depth = i < traces.Count ? Depth(document, traces[i].TriggerRange.Start) : int.MaxValue - 1;
            var rank = (Depth: depth, Marked: events[i].Negated);
            if (main is null || rank.Depth < best.Depth || (rank.Depth == best.Depth && best.Marked && !rank.Marked))
            {
                (main, best) = (events[i], rank);
            }
        }

        return main;
    }

    /// <summary>How many heads lie above the token at <paramref name="offset"/> (0 for a sentence root).</summary>
    private static int Depth(Document document, int offset)
    {
        var tokens = document.Tokens;
        if (!tokens.HasDependencies)
        {
            return 0;
        }

        var token = tokens.IndexAtOrAfter(offset);
        var depth = 0;
        for (var k = token; k >= 0 && k < tokens.Count && tokens.Heads[k] >= 0 && depth < tokens.Count; k = tokens.Heads[k])
        {
            depth++;
        }

        return depth;
    }
}
