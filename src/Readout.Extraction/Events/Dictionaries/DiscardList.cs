namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Phrases that mark a sentence (or, with <see cref="StoryPhrases"/>, a whole document) as not to be coded: sports
/// results, chronologies (PETRARCH's discard list).
/// </summary>
/// <param name="SentencePhrases">Phrases that discard the sentence they occur in.</param>
/// <param name="StoryPhrases">Phrases that discard the whole document.</param>
public sealed record DiscardList(IReadOnlyList<string> SentencePhrases, IReadOnlyList<string> StoryPhrases)
{
    /// <summary>An empty list.</summary>
    public static DiscardList Empty { get; } = new([], []);

    /// <summary>True when <paramref name="text"/> holds one of <paramref name="phrases"/> as whole words.</summary>
    public static bool Contains(ReadOnlySpan<char> text, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text[from..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += from;
                var end = at + phrase.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }
}
