using System.Text.RegularExpressions;

namespace Readout.Ingest.Html;

/// <summary>Short paragraphs that are page furniture by their wording alone: share prompts, comment counts, "Advertisement".</summary>
/// <remarks>Only paragraphs under <see cref="MaxLength"/> characters are judged: a sentence of the article that mentions a newsletter is longer.</remarks>
internal static partial class BoilerplateText
{
    public const int MaxLength = 160;

    /// <summary>True when <paramref name="paragraph"/> is furniture.</summary>
    public static bool IsBoilerplate(string paragraph) => paragraph.Length < MaxLength && Phrases().IsMatch(paragraph);

    /// <summary>The paragraphs of <paramref name="text"/> (separated by blank lines) that are not furniture.</summary>
    public static string Remove(string text) =>
        string.Join("\n\n", text.Split("\n\n").Where(paragraph => !IsBoilerplate(paragraph)));

    // Whole-line furniture only: phrases such as "newsletter" or "click here" also occur in article sentences.
    [GeneratedRegex(
        @"^(?:share|tweet|email|print|save)(?: this)?(?: (?:story|article|page))?[.!:]?$|^(?:like this story\? )?share (?:it|this|the story) with a friend!?$|" +
        @"^(?:\d+ )?comments?$|^report$|^advertisement$|^(?:related|more)(?: stories| articles| news| coverage)?:?$|^you (?:may|might) also like\b.{0,20}$|" +
        @"^recommended(?: for you)?:?$|^tell us what you think\W*$|^this slideshow requires javascript\.?$|^please enable javascript\b.{0,60}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrases();
}
