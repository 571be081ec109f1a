using Readout.Core.Documents;
using Readout.Extraction.Events.Dictionaries;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Events.Patterns;

/// <summary>
/// Finds the dictionary verbs at a token by its surface form, longest multiword form first ("broken down", "wire
/// tapped", "cordoned off"), and by its lemma only for irregular forms the dictionary does not list.
/// </summary>
internal static class VerbLookup
{
    /// <summary>Adds the entries of the longest forms found at <paramref name="verb"/> to <paramref name="hits"/>.</summary>
    public static void Find(SentenceContext sentence, int verb, List<VerbHit> hits)
    {
        var lexicon = sentence.Dictionary.Verbs;
        var graph = sentence.Graph;
        var bestLength = 0;
        foreach (var formIndex in lexicon.FormsWithVerb(sentence.FormIds[verb]))
        {
            var form = lexicon.Forms[formIndex];
            if (form.Words.Length < bestLength || !Fits(sentence, form, verb, out var first, out var end, out var particle))
            {
                continue;
            }

            if (form.Words.Length > bestLength)
            {
                hits.Clear();
                bestLength = form.Words.Length;
            }

            Add(hits, new VerbHit(form.Entry, first, end, particle));
        }

        if (hits.Count > 0)
        {
            return;
        }

        // An irregular form the dictionary does not list ("fought" for FIGHT): trust the lemma, but not for a regular
        // spelling the dictionary would have generated ("departes" is not DEPART).
        var lemma = graph.Lemma(verb);
        if (lemma is null || lemma.Length < 2 || graph.Text(verb).StartsWith(lemma.AsSpan(0, lemma.Length - 1), StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var formIndex in lexicon.FormsWithVerb(sentence.LemmaIds[verb]))
        {
            var form = lexicon.Forms[formIndex];
            if (form.Words.Length == 1)
            {
                Add(hits, new VerbHit(form.Entry, verb, verb + 1));
            }
        }
    }

    /// <summary>True when a token can be a verb the coder reads: tagged a verb, or heading a clause with a subject or object.</summary>
    public static bool IsCandidate(SentenceGraph graph, int i)
    {
        var pos = graph.Pos(i);
        if (pos is UniversalPos.VERB or UniversalPos.None)
        {
            return graph.Role(i) is not (DependencyRole.Auxiliary or DependencyRole.PassiveAuxiliary or DependencyRole.Copula);
        }

        if (pos is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON or UniversalPos.PUNCT or UniversalPos.DET or UniversalPos.ADP or UniversalPos.AUX)
        {
            return false;
        }

        foreach (var child in graph.Children(i))
        {
            if (graph.Role(child) is DependencyRole.Subject or DependencyRole.PassiveSubject or DependencyRole.Object)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<VerbHit> hits, VerbHit hit)
    {
        foreach (var existing in hits)
        {
            if (existing.Entry == hit.Entry)
            {
                return;
            }
        }

        hits.Add(hit);
    }

    private static bool Fits(SentenceContext sentence, VerbForm form, int verb, out int first, out int end, out int particle)
    {
        particle = -1;
        first = verb - form.VerbPosition;
        end = verb + form.Words.Length - form.VerbPosition;
        if (first < 0)
        {
            return false;
        }

        for (var k = 0; k < form.VerbPosition; k++)
        {
            if (sentence.FormIds[first + k] != form.Words[k])
            {
                return false;
            }
        }

        var graph = sentence.Graph;
        for (var k = form.VerbPosition + 1; k < form.Words.Length; k++)
        {
            var at = verb + k - form.VerbPosition;
            if (at < graph.Count && sentence.FormIds[at] == form.Words[k])
            {
                continue;
            }

            // A particle separated from its verb ("cordoned the roads off") still completes the form.
            if (k == form.Words.Length - 1 && k == form.VerbPosition + 1 && ParticleOf(sentence, verb, form.Words[k]) is var separated and >= 0)
            {
                (first, end, particle) = (verb, verb + 1, separated);
                return true;
            }

            return false;
        }

        return end <= graph.Count;
    }

    private static int ParticleOf(SentenceContext sentence, int verb, int word)
    {
        foreach (var child in sentence.Graph.Children(verb))
        {
            if (sentence.Graph.Role(child) == DependencyRole.Particle && sentence.FormIds[child] == word)
            {
                return child;
            }
        }

        return -1;
    }
}
