using AngleSharp.Dom;

namespace Readout.Ingest.Html;

/// <summary>Text measures of every element of a page, computed in one pass from the leaves up.</summary>
internal sealed class NodeStats
{
    /// <summary>The shortest paragraph counted as prose.</summary>
    public const int ProseParagraph = 60;

    private readonly Dictionary<IElement, Measure> _measures = new(ReferenceEqualityComparer.Instance);

    /// <summary>Measures every element under <paramref name="root"/>.</summary>
    public NodeStats(IElement root)
    {
        Visit(root, insideLink: false);
    }

    /// <summary>Characters of text (whitespace runs count once).</summary>
    public int Text(IElement element) => _measures.TryGetValue(element, out var m) ? m.Text : 0;

    /// <summary>Characters of text inside links.</summary>
    public int LinkText(IElement element) => _measures.TryGetValue(element, out var m) ? m.LinkText : 0;

    /// <summary>Characters of prose: text of paragraphs (p, blockquote, pre) of at least <see cref="ProseParagraph"/> characters.</summary>
    public int Prose(IElement element) => _measures.TryGetValue(element, out var m) ? m.Prose : 0;

    /// <summary>Commas in the text (a sign of prose).</summary>
    public int Commas(IElement element) => _measures.TryGetValue(element, out var m) ? m.Commas : 0;

    /// <summary>The share of the text that sits inside links, 0 for an element with no text.</summary>
    public double LinkDensity(IElement element)
    {
        var text = Text(element);
        return text == 0 ? 0 : (double)LinkText(element) / text;
    }

    private Measure Visit(IElement element, bool insideLink)
    {
        var total = default(Measure);
        var isLink = insideLink || element.LocalName == "a";
        if (HtmlText.HoldsNoText(element.LocalName))
        {
            _measures[element] = total;
            return total;
        }

        foreach (var child in element.ChildNodes)
        {
            if (child is IElement childElement)
            {
                total += Visit(childElement, isLink);
            }
            else if (child is IText text)
            {
                var measure = MeasureText(text.Data);
                total += isLink ? measure with { LinkText = measure.Text } : measure;
            }
        }

        if (element.LocalName is "p" or "blockquote" or "pre" && total.Text - total.LinkText >= ProseParagraph)
        {
            total = total with { Prose = total.Text };
        }

        _measures[element] = total;
        return total;
    }

    private static Measure MeasureText(string data)
    {
        var text = 0;
        var commas = 0;
        var inSpace = true;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    text++;
                }

                inSpace = true;
                continue;
            }

            inSpace = false;
            text++;
            if (c is ',' or '\u060C' or '\uFF0C' or '\u3001')
            {
                commas++;
            }
        }

        return new Measure(text, 0, commas, 0);
    }

    private readonly record struct Measure(int Text, int LinkText, int Commas, int Prose)
    {
        public static Measure operator +(Measure a, Measure b) => new(a.Text + b.Text, a.LinkText + b.LinkText, a.Commas + b.Commas, a.Prose + b.Prose);
    }
}
