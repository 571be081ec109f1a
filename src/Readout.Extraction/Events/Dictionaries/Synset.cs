using Readout.Extraction.Events.Patterns;

namespace Readout.Extraction.Events.Dictionaries;

/// <summary>A named set of interchangeable phrases used in patterns (<c>&amp;CURRENCY</c>: dollars, euros…).</summary>
/// <param name="Name">The name, with its ampersand.</param>
/// <param name="Items">Each phrase as a short sequence of pattern elements (usually one word element).</param>
public sealed record Synset(string Name, IReadOnlyList<PatternElement[]> Items)
{
    private readonly (HashSet<int> Words, bool Any) _first = FirstWords(Items);

    /// <summary>
    /// True when a phrase of the synset could start with the word <paramref name="wordId"/> (or, for a synset whose
    /// phrases do not all start with a word, always): a cheap test before matching its phrases.
    /// </summary>
    public bool MayStartWith(int wordId) => _first.Any || _first.Words.Contains(wordId);

    private static (HashSet<int>, bool) FirstWords(IReadOnlyList<PatternElement[]> items)
    {
        var words = new HashSet<int>();
        var any = false;
        foreach (var item in items)
        {
            if (item is [{ Kind: ElementKind.Word or ElementKind.Preposition, Words: [var first, ..] }, ..])
            {
                words.Add(first);
            }
            else
            {
                any = true;
            }
        }

        return (words, any);
    }
}
