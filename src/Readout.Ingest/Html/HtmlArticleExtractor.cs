using AngleSharp.Html.Parser;
using Readout.Core.Errors;

namespace Readout.Ingest.Html;

/// <summary>Reads the article of an HTML page: its body as text, title, publication date, byline and URL.</summary>
/// <remarks>Uses AngleSharp's HTML5 parser (scripts are never run); thread-safe, one instance can serve every worker.</remarks>
public sealed class HtmlArticleExtractor
{
    /// <summary>Bodies shorter than this many characters are refused as "no article text".</summary>
    public const int MinimumBodyLength = 20;

    private const int RetryBelow = 100;

    private readonly HtmlParserOptions _options = new() { IsScripting = false, IsNotConsumingCharacterReferences = false };

    /// <summary>Extracts the article of <paramref name="html"/>.</summary>
    /// <param name="html">The page's markup, already decoded.</param>
    /// <param name="url">The page's address when known (a WARC target URI), used for the date when the page has none.</param>
    /// <exception cref="ReadoutException">NoArticleText when the page holds no article body.</exception>
    public HtmlArticle Extract(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var page = new HtmlParser(_options).ParseDocument(html);
        var (title, published, byline, canonical) = PageMetadata.Read(page, url);
        var text = ContentLocator.Extract(page);
        if (text.Length < RetryBelow)
        {
            // Misleading class names can remove the article itself (Readability retries the same way): read the
            // page again without trusting them and keep the longer result.
            var retry = ContentLocator.Extract(new HtmlParser(_options).ParseDocument(html), trustClassNames: false);
            text = retry.Length > text.Length ? retry : text;
        }
        if (text.Length < MinimumBodyLength)
        {
            throw new ReadoutException(ErrorCodes.NoArticleText, text.Length == 0 ? "the page has no article text" : $"the page's article text is only {text.Length} characters");
        }

        return new HtmlArticle(text, title, published, byline, canonical ?? url);
    }
}
