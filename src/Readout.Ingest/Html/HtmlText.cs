using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Readout.Ingest.Html;

/// <summary>Turns HTML into plain text: block elements become paragraphs (separated by a blank line), whitespace collapses.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
    };

    private static readonly HashSet<string> NeverText = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio",
        "select", "button", "input", "textarea", "head", "title", "meta", "link",
    };

    /// <summary>The text of an HTML fragment (a feed item's description, say).</summary>
    public static string FromFragment(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return Render(document.Body!, static _ => false);
    }

    /// <summary>The text of <paramref name="root"/>, leaving out every element <paramref name="skip"/> is true for.</summary>
    public static string Render(INode root, Func<IElement, bool> skip)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(skip);
        var writer = new ParagraphWriter();
        Walk(root, skip, writer, preformatted: false);
        return writer.ToString();
    }

    /// <summary>True for elements that start a new paragraph of text.</summary>
    internal static bool IsBlock(string localName) => Blocks.Contains(localName);

    /// <summary>True for elements that never hold readable text (scripts, styles, form controls, media).</summary>
    internal static bool HoldsNoText(string localName) => NeverText.Contains(localName);

    private static void Walk(INode node, Func<IElement, bool> skip, ParagraphWriter writer, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                writer.Append(text.Data, preformatted);
                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (HoldsNoText(name) || skip(element))
            {
                continue;
            }

            switch (name)
            {
                case "br":
                    writer.LineBreak();
                    continue;
                case "td" or "th":
                    writer.Append(" ", preformatted: false);
                    Walk(element, skip, writer, preformatted);
                    writer.Append(" ", preformatted: false);
                    continue;
            }

            var block = IsBlock(name);
            if (block)
            {
                writer.ParagraphBreak();
            }

            Walk(element, skip, writer, preformatted || name == "pre");
            if (block)
            {
                writer.ParagraphBreak();
            }
        }
    }

    /// <summary>Collects text into trimmed lines and paragraphs, collapsing whitespace outside pre.</summary>
    private sealed class ParagraphWriter
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _line = new();
        private int _pendingBreaks;

        public void Append(string data, bool preformatted)
        {
            foreach (var c in data)
            {
                if (preformatted && c is '\n' or '\r')
                {
                    if (c == '\n')
                    {
                        LineBreak();
                    }
                }
                else if (char.IsWhiteSpace(c) && !preformatted)
                {
                    if (_line.Length > 0 && _line[^1] != ' ')
                    {
                        _line.Append(' ');
                    }
                }
                else if (c is not ('\u200B' or '\u00AD' or '\uFEFF'))
                {
                    _line.Append(c);
                }
            }
        }

        public void LineBreak() => Flush(1);

        public void ParagraphBreak() => Flush(2);

        public override string ToString()
        {
            Flush(0);
            return _text.ToString();
        }

        private void Flush(int breaks)
        {
            var line = _line.ToString().Trim();
            _line.Clear();
            if (line.Length > 0)
            {
                if (_text.Length > 0)
                {
                    _text.Append('\n', Math.Max(1, _pendingBreaks));
                }

                _text.Append(line);
                _pendingBreaks = 0;
            }

            _pendingBreaks = Math.Max(_pendingBreaks, breaks);
        }
    }
}
