namespace Readout.Ingest.Html;

/// <summary>What <see cref="HtmlArticleExtractor"/> reads from a page.</summary>
/// <param name="Text">The article body as plain text, paragraphs separated by a blank line; the title is not part of it.</param>
/// <param name="Title">The headline, or null.</param>
/// <param name="Published">The publication date, or null.</param>
/// <param name="Byline">The author or authors, or null.</param>
/// <param name="Url">The canonical URL the page gives, or null.</param>
public sealed record HtmlArticle(string Text, string? Title, DateOnly? Published, string? Byline, string? Url);
