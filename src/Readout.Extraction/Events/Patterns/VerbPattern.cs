namespace Readout.Extraction.Events.Patterns;

/// <summary>
/// A verb pattern: what must surround a verb of a block for the pattern's code to apply. <see cref="Lower"/> is matched
/// against the verb's subject phrase, <see cref="Upper"/> against the rest of its clause after it.
/// </summary>
/// <param name="Id">A stable name: the block and the pattern's position in it (<c>AGREE.7</c>).</param>
/// <param name="Block">The index of the verb block it belongs to.</param>
/// <param name="Lower">The elements before the verb's <c>*</c>.</param>
/// <param name="Upper">The elements after it.</param>
/// <param name="Code">The event code, or null when the pattern codes nothing in this direction (<c>[---]</c>, <c>[:173]</c>).</param>
/// <param name="ReverseCode">The code of the paired event from target to source (<c>[043:042]</c>), or null.</param>
/// <param name="Text">The pattern as written in the dictionary, for explanations.</param>
public sealed record VerbPattern(string Id, int Block, PatternElement[] Lower, PatternElement[] Upper, string? Code, string? ReverseCode, string Text)
{
    /// <summary>
    /// Words the clause after the verb must hold for the pattern to have a chance (its plain words' first words and its
    /// prepositions): a cheap test before matching.
    /// </summary>
    public int[] RequiredWords { get; } = Required(Upper);

    /// <summary>How much the pattern says about the text; the heaviest matching pattern wins.</summary>
    public int Weight
    {
        get
        {
            var weight = 0;
            foreach (var element in Lower)
            {
                weight += element.Weight;
            }

            foreach (var element in Upper)
            {
                weight += element.Weight;
            }

            return weight;
        }
    }

    private static int[] Required(PatternElement[] upper)
    {
        var words = new List<int>();
        foreach (var element in upper)
        {
            if (element.Kind is ElementKind.Word or ElementKind.Preposition && element.Words.Length > 0)
            {
                words.Add(element.Words[0]);
            }
        }

        return [.. words];
    }
}
