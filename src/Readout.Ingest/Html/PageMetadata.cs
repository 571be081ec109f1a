using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Readout.Ingest.Inputs;

namespace Readout.Ingest.Html;

/// <summary>The title, publication date, byline and URL a page declares: meta tags, JSON-LD, microdata, &lt;time&gt;, the URL.</summary>
internal sealed partial class PageMetadata
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created",
        "dcterms.date", "citation_publication_date", "originalpublicationdate", "article.published", "date",
    ];

    private readonly List<JsonElement> _linkedData = [];
    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);

    private PageMetadata(IDocument page)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                _meta.TryAdd(key.Trim(), content.Trim());
            }
        }

        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Flatten(json.RootElement.Clone(), _linkedData);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources still apply.
            }
        }
    }

    /// <summary>Reads the metadata of <paramref name="page"/> (call before the page is cleaned: it reads scripts and meta tags).</summary>
    public static (string? Title, DateOnly? Published, string? Byline, string? Url) Read(IDocument page, string? url)
    {
        var metadata = new PageMetadata(page);
        var canonical = metadata.Meta("og:url") ?? page.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? url;
        return (metadata.Title(page), metadata.Published(page, canonical ?? url), metadata.Byline(page), canonical);
    }

    private string? Title(IDocument page)
    {
        var title = Meta("og:title") ?? LinkedDataString("headline") ?? Meta("twitter:title");
        if (title is null && page.QuerySelector("h1") is { } heading && Clean(heading.TextContent) is { Length: > 0 } h1)
        {
            title = h1;
        }

        title ??= Clean(page.Title);
        return string.IsNullOrWhiteSpace(title) ? null : Clean(title);
    }

    private DateOnly? Published(IDocument page, string? url)
    {
        foreach (var name in DateMetaNames)
        {
            if (PublicationDate.Parse(Meta(name)) is { } date)
            {
                return date;
            }
        }

        if (PublicationDate.Parse(LinkedDataString("datePublished") ?? LinkedDataString("dateCreated")) is { } linked)
        {
            return linked;
        }

        foreach (var element in page.QuerySelectorAll("[itemprop='datePublished'], time[datetime], time[pubdate]"))
        {
            if (PublicationDate.Parse(element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent) is { } date)
            {
                return date;
            }
        }

        if (url is not null && UrlDate().Match(url) is { Success: true } match)
        {
            return PublicationDate.Parse($"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}");
        }

        return null;
    }

    private string? Byline(IDocument page)
    {
        var author = Meta("author") ?? LinkedDataAuthor();
        if (author is null || author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            author = page.QuerySelector("[itemprop='author'], [rel='author'], .byline, .author")?.TextContent;
        }

        author = Clean(author);
        return string.IsNullOrEmpty(author) || author.Length > 200 ? null : ByPrefix().Replace(author, string.Empty);
    }

    private string? LinkedDataString(string property)
    {
        foreach (var item in _linkedData)
        {
            if (item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    private string? LinkedDataAuthor()
    {
        foreach (var item in _linkedData)
        {
            if (!item.TryGetProperty("author", out var author))
            {
                continue;
            }

            var names = (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
                .Select(a => a.ValueKind switch
                {
                    JsonValueKind.String => a.GetString(),
                    JsonValueKind.Object when a.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
                    _ => null,
                })
                .Where(n => !string.IsNullOrWhiteSpace(n))
                .ToList();
            if (names.Count > 0)
            {
                return string.Join(", ", names);
            }
        }

        return null;
    }

    private static void Flatten(JsonElement element, List<JsonElement> into)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Flatten(item, into);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            into.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Flatten(graph, into);
            }
        }
    }

    private string? Meta(string name) => _meta.GetValueOrDefault(name);

    private static string? Clean(string? text) => text is null ? null : Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)/(?<m>[01]?\d)/(?<d>[0-3]?\d)/")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:by|par|von|por)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();
}
