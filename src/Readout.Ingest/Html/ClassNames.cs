using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Readout.Ingest.Html;

/// <summary>What an element's class, id and role say about it: article content, or the furniture around it.</summary>
internal static partial class ClassNames
{
    /// <summary>The class, id and role of <paramref name="element"/> joined, lower-case.</summary>
    public static string Of(IElement element) =>
        $"{element.ClassName} {element.Id} {element.GetAttribute("role")} {element.GetAttribute("itemprop")}".ToLowerInvariant();

    /// <summary>True when the names suggest article text.</summary>
    public static bool IsPositive(string names) => Positive().IsMatch(names);

    /// <summary>True when the names suggest navigation, sharing, comments, advertising or other furniture.</summary>
    public static bool IsNegative(string names) => Negative().IsMatch(names);

    /// <summary>True when the names mark an embedded post (a tweet, an Instagram post) that articles quote as part of their text.</summary>
    public static bool IsEmbeddedPost(string names) => EmbeddedPost().IsMatch(names);

    /// <summary>True when the names mark something that is never article text, whatever else they say (ads, share bars, comments).</summary>
    public static bool IsFurniture(string names) => Furniture().IsMatch(names);

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|articlebody")]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|\bads?\b|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe|social|breadcrumb|nav\b|navigation|menu|cookie|popup|modal|recommend|taboola|byline|author|caption|credit|timestamp|dateline|signup|paywall|most-?popular|trending|read-?more|more-?stories|print|disclaimer")]
    private static partial Regex Negative();

    [GeneratedRegex(@"tweet|embed|instagram-media|bluesky")]
    private static partial Regex EmbeddedPost();

    [GeneratedRegex(@"\bad\b|advert|sponsor|share|social-?(?:share|links|icons|buttons|bar|follow)|comment|newsletter|outbrain|taboola|cookie|popup|modal|related|recommend|most-?popular|trending|more-?stories|breadcrumb|signup|subscribe")]
    private static partial Regex Furniture();
}
