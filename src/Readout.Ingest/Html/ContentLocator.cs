using AngleSharp.Dom;

namespace Readout.Ingest.Html;

/// <summary>
/// Finds the article body of a page: removes the furniture (navigation, sharing, comments, advertising), scores the
/// containers of prose paragraphs, takes the best one with its related siblings and drops link lists inside it.
/// </summary>
/// <remarks>
/// The scoring follows Mozilla Readability (paragraph length and commas credited to ancestors, discounted by link
/// density, weighted by class names); the cleaning follows trafilatura's preference for precision at the edges.
/// </remarks>
internal sealed class ContentLocator
{
    private static readonly string[] Paragraphs = ["p", "pre", "td", "blockquote"];

    private readonly bool _trustClassNames;

    private ContentLocator(bool trustClassNames)
    {
        _trustClassNames = trustClassNames;
    }

    /// <summary>The article body of <paramref name="page"/> as text; the page is modified (cleaned) on the way.</summary>
    /// <param name="page">The parsed page.</param>
    /// <param name="trustClassNames">False to ignore what class names say (a retry when they led to almost nothing).</param>
    public static string Extract(IDocument page, bool trustClassNames = true) => new ContentLocator(trustClassNames).Run(page);

    private string Run(IDocument page)
    {
        if (page.Body is not { } body)
        {
            return string.Empty;
        }

        RemoveFurniture(body);
        var stats = new NodeStats(body);
        var scores = Score(body, stats);
        var top = scores.Count == 0 ? body : scores.MaxBy(pair => pair.Value).Key;
        var parts = WithChunks(WithSiblings(top, scores, stats), top, stats);
        var texts = parts.Select(part => HtmlText.Render(part, element => Skip(element, stats))).Where(t => t.Length > 0);
        return BoilerplateText.Remove(string.Join("\n\n", texts));
    }

    private void RemoveFurniture(IElement body)
    {
        // Class names lie ("container penci_sidebar" around a whole post, "elementor-widget" around its text): an
        // element that holds much of the page's prose is never furniture, whatever it is called.
        var stats = new NodeStats(body);
        var prose = stats.Prose(body);
        bool HoldsTheProse(IElement element) => prose > 0 && stats.Prose(element) > prose * 0.3;

        var doomed = new List<IElement>();
        foreach (var element in body.Descendants<IElement>())
        {
            var name = element.LocalName;
            if (HtmlText.HoldsNoText(name) || IsHidden(element))
            {
                doomed.Add(element);
                continue;
            }

            if (name is "nav" or "aside" or "footer" or "header" or "h1")
            {
                if (!HoldsTheProse(element))
                {
                    doomed.Add(element);
                }

                continue;
            }

            if (name is "body" or "a" or "article" or "main")
            {
                continue;
            }

            // Comments, sharing and advertising go even when they hold most of the prose (a long comment thread),
            // unless they wrap the article itself ("advertisement-pusher" around the page); weaker signs (sidebar,
            // widget, meta) only when the element is not where the prose is.
            var names = ClassNames.Of(element);
            if (!_trustClassNames || ClassNames.IsPositive(names) || ClassNames.IsEmbeddedPost(names))
            {
                continue;
            }

            if (ClassNames.IsFurniture(names) ? !WrapsAnArticle(element) : ClassNames.IsNegative(names) && !HoldsTheProse(element))
            {
                doomed.Add(element);
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool WrapsAnArticle(IElement element) =>
        element.QuerySelectorAll("article, main, [itemprop='articleBody']").Any(inner => !ClassNames.IsFurniture(ClassNames.Of(inner)));

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null
            && (style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    private Dictionary<IElement, double> Score(IElement body, NodeStats stats)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in body.Descendants<IElement>())
        {
            if (!IsParagraph(paragraph))
            {
                continue;
            }

            var length = stats.Text(paragraph);
            if (length < 25)
            {
                continue;
            }

            var score = 1 + stats.Commas(paragraph) + Math.Min(length / 100, 3);
            var ancestor = paragraph.ParentElement;
            for (var level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                }

                scores[ancestor] += level switch
                {
                    0 => score,
                    1 => score / 2.0,
                    _ => score / (level * 3.0),
                };
            }
        }

        foreach (var element in scores.Keys.ToList())
        {
            scores[element] *= 1 - stats.LinkDensity(element);
        }

        return scores;
    }

    private static bool IsParagraph(IElement element)
    {
        if (Array.IndexOf(Paragraphs, element.LocalName) >= 0)
        {
            return true;
        }

        // A div or section with no block children is a paragraph written without <p>.
        return element.LocalName is "div" or "section" or "span" && !element.Children.Any(c => HtmlText.IsBlock(c.LocalName)) && element.LocalName != "span";
    }

    private double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight(element);
    }

    private int ClassWeight(IElement element)
    {
        if (!_trustClassNames)
        {
            return 0;
        }

        var names = ClassNames.Of(element);
        return (ClassNames.IsPositive(names) ? 25 : 0) - (ClassNames.IsNegative(names) ? 25 : 0);
    }

    // An article cut into chunks (between advertisements) repeats the chunk's element and class elsewhere on the page,
    // each in a wrapper of its own: take every such chunk that holds prose, in page order.
    private static List<IElement> WithChunks(List<IElement> parts, IElement top, NodeStats stats)
    {
        if (string.IsNullOrWhiteSpace(top.ClassName) || top.Owner is null)
        {
            return parts;
        }

        var chunks = top.Owner.Body!.Descendants<IElement>()
            .Where(e => e.LocalName == top.LocalName && e.ClassName == top.ClassName && !ReferenceEquals(e, top)
                && stats.Prose(e) >= NodeStats.ProseParagraph && stats.LinkDensity(e) < 0.3
                && !parts.Any(p => p.Contains(e) || e.Contains(p)))
            .ToList();
        if (chunks.Count == 0)
        {
            return parts;
        }

        var all = parts.Concat(chunks).ToList();
        return all.Where(e => !all.Any(other => !ReferenceEquals(other, e) && other.Contains(e)))
            .OrderBy(e => e, DocumentOrder.Instance)
            .ToList();
    }

    private List<IElement> WithSiblings(IElement top, Dictionary<IElement, double> scores, NodeStats stats)
    {
        if (top.ParentElement is not { } parent || top.LocalName == "body")
        {
            return [top];
        }

        var topScore = scores.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var parts = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (ReferenceEquals(sibling, top))
            {
                parts.Add(sibling);
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                parts.Add(sibling);
                continue;
            }

            if (sibling.LocalName == "p")
            {
                var length = stats.Text(sibling);
                var density = stats.LinkDensity(sibling);
                var text = sibling.TextContent.TrimEnd();
                if ((length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && text.EndsWith('.')))
                {
                    parts.Add(sibling);
                }
            }
        }

        return parts;
    }

    private bool Skip(IElement element, NodeStats stats)
    {
        var name = element.LocalName;
        if (name is "p" or "li" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            // A paragraph that is all link is a teaser for another story ("READ MORE: …", a related headline).
            return stats.Text(element) > 0 && stats.LinkDensity(element) >= 0.8 && !ClassNames.IsEmbeddedPost(ClassNames.Of(element));
        }

        if (name is "a" or "span" or "em" or "strong" or "b" or "i")
        {
            return false;
        }

        if (name is not ("div" or "section" or "ul" or "ol" or "table" or "dl" or "figure" or "form"))
        {
            return false;
        }

        var text = stats.Text(element);
        var density = stats.LinkDensity(element);
        if (text == 0)
        {
            return false;
        }

        if (ClassNames.IsEmbeddedPost(ClassNames.Of(element)))
        {
            return false;
        }

        var weight = ClassWeight(element);
        if (weight < 0)
        {
            return true;
        }

        if (stats.Commas(element) >= 10)
        {
            return false;
        }

        var paragraphs = element.QuerySelectorAll("p").Length;
        var images = element.QuerySelectorAll("img").Length;
        var items = element.QuerySelectorAll("li").Length - 100;
        var isList = name is "ul" or "ol";
        return (images > 1 && paragraphs < images && text < 200)
            || (!isList && items > paragraphs)
            || (text < 25 && (images == 0 || images > 2) && !isList)
            || (weight < 25 && density > 0.2 && !isList && text < 500)
            || (weight >= 25 && density > 0.5)
            || (isList && density > 0.5);
    }
}
