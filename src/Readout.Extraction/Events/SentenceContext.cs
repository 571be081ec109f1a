using Readout.Extraction.Events.Dictionaries;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Events;

/// <summary>One sentence as the coder sees it: the parse, each token's dictionary word ids, and the date actors are read on.</summary>
internal sealed class SentenceContext
{
    public SentenceContext(SentenceGraph graph, EventDictionary dictionary, DateOnly date)
    {
        Graph = graph;
        Dictionary = dictionary;
        Date = date;
        FormIds = new int[graph.Count];
        LemmaIds = new int[graph.Count];
        var words = dictionary.Words;
        for (var i = 0; i < graph.Count; i++)
        {
            FormIds[i] = words.Find(graph.Text(i));
            LemmaIds[i] = words.Find(graph.Lemma(i));
        }
    }

    /// <summary>The parse.</summary>
    public SentenceGraph Graph { get; }

    /// <summary>The dictionary.</summary>
    public EventDictionary Dictionary { get; }

    /// <summary>The date dated actor codes are read on (the publication date).</summary>
    public DateOnly Date { get; }

    /// <summary>The dictionary word id of each token's text, or -1.</summary>
    public int[] FormIds { get; }

    /// <summary>The dictionary word id of each token's lemma, or -1.</summary>
    public int[] LemmaIds { get; }

    /// <summary>True when token <paramref name="i"/> is the word <paramref name="word"/> by its form or its lemma.</summary>
    public bool IsWord(int i, int word) => FormIds[i] == word || LemmaIds[i] == word;
}
