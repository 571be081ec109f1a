using Readout.Core.Annotations;
using Readout.Core.Documents;
using Readout.Extraction.Syntax;

namespace Readout.Extraction.Locations;

/// <summary>
/// Finds where a sentence says things happen: place mentions of the entity layer (countries, cities, regions) inside
/// a locative phrase ("in Tehran", "at the border", "near Aleppo"), looked up in the gazetteer; and a news dateline's
/// place ("DAMASCUS (AFP) —") for a whole document.
/// </summary>
internal static class PlaceFinder
{
    private static readonly string[] Locatives = ["in", "at", "near", "inside", "outside", "across", "within"];

    /// <summary>The sentence's locative places, in text order.</summary>
    public static List<NamedPlace> Find(SentenceGraph graph, IReadOnlyList<Entity>? entities, IPlaceDirectory? directory)
    {
        var places = new List<NamedPlace>();
        if (entities is null)
        {
            return places;
        }

        var start = graph.Start(0);
        var end = graph.End(graph.Count - 1);
        foreach (var entity in entities)
        {
            if (entity.Type is not ("GPE" or "LOC" or "FAC"))
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (mention.Kind != MentionKind.Name || mention.Range.Start < start || mention.Range.End > end)
                {
                    continue;
                }

                var (first, last) = Tokens(graph, mention.Range);
                var head = HeadOf(graph, first, last);
                if (head < 0 || graph.Role(head) is not (DependencyRole.Oblique or DependencyRole.Agent) || !IsLocative(graph, head))
                {
                    continue;
                }

                var name = mention.Range.Of(graph.Document.Text);
                var place = directory?.Find(entity.KnowledgeBaseId, name) ?? new Place(name, entity.Actor?.Country, null, null);
                places.Add(new NamedPlace(first, last, graph.Head(head), place));
            }
        }

        places.Sort((a, b) => a.First - b.First);
        return places;
    }

    /// <summary>The place of a dateline opening the document ("TEHRAN, Nov. 15 (Reuters) -"), or null.</summary>
    public static Place? Dateline(Document document, IPlaceDirectory? directory)
    {
        if (document.Sentences.Count == 0)
        {
            return null;
        }

        var sentence = document.Sentences[0];
        var tokens = document.Tokens;
        var end = sentence.FirstToken;
        while (end < sentence.EndToken && IsCapitalWord(document, end))
        {
            end++;
        }

        if (end == sentence.FirstToken || end >= sentence.EndToken)
        {
            return null;
        }

        var next = document.Text[tokens.Starts[end]];
        var last = document.Text[tokens.Ends[sentence.EndToken - 1] - 1];
        if (next is not (',' or '(') || last is not ('-' or '\u2013' or '\u2014' or ':'))
        {
            return null;
        }

        var raw = document.Text[tokens.Starts[sentence.FirstToken]..tokens.Ends[end - 1]];
        var name = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(raw.ToLowerInvariant());
        return directory?.Find(null, name) ?? new Place(name, null, null, null);
    }

    private static bool IsCapitalWord(Document document, int token)
    {
        var text = document.Text.AsSpan(document.Tokens.Starts[token], document.Tokens.Ends[token] - document.Tokens.Starts[token]);
        if (text.Length < 2)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return char.IsLetter(text[0]);
    }

    private static bool IsLocative(SentenceGraph graph, int head)
    {
        foreach (var child in graph.Children(head))
        {
            if (graph.Role(child) == DependencyRole.Case)
            {
                foreach (var locative in Locatives)
                {
                    if (graph.Is(child, locative))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static (int First, int Last) Tokens(SentenceGraph graph, TextRange range)
    {
        var first = 0;
        while (first < graph.Count - 1 && graph.End(first) <= range.Start)
        {
            first++;
        }

        var last = first;
        while (last + 1 < graph.Count && graph.Start(last + 1) < range.End)
        {
            last++;
        }

        return (first, last);
    }

    private static int HeadOf(SentenceGraph graph, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            var up = graph.Head(t);
            if (up < first || up > last)
            {
                return t;
            }
        }

        return -1;
    }
}
