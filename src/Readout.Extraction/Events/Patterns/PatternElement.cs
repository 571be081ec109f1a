namespace Readout.Extraction.Events.Patterns;

/// <summary>One element of a verb pattern, translated from the PETRARCH notation to what it means in a dependency tree.</summary>
/// <param name="Kind">What the element stands for.</param>
/// <param name="Words">For <see cref="ElementKind.Word"/>: the word ids, consecutive in the text; for <see cref="ElementKind.Preposition"/>: the preposition.</param>
/// <param name="Synset">For <see cref="ElementKind.Synset"/>: the synset's index.</param>
/// <param name="Items">For <see cref="ElementKind.NounPhrase"/> and <see cref="ElementKind.Preposition"/>: the elements inside.</param>
public sealed record PatternElement(ElementKind Kind, int[] Words, int Synset, PatternElement[] Items)
{
    /// <summary>A word element.</summary>
    public static PatternElement Word(int[] words) => new(ElementKind.Word, words, -1, []);

    /// <summary>An actor slot.</summary>
    public static PatternElement Slot(ElementKind kind) => new(kind, [], -1, []);

    /// <summary>True for the actor slots ($ + ^ %).</summary>
    public bool IsSlot => Kind is ElementKind.Source or ElementKind.Target or ElementKind.Skip or ElementKind.Compound;

    /// <summary>How much this element says about the text: words count one each, slots nothing.</summary>
    public int Weight
    {
        get
        {
            switch (Kind)
            {
                case ElementKind.Word:
                    return Words.Length;
                case ElementKind.Synset:
                    return 1;
                case ElementKind.NounPhrase:
                case ElementKind.Preposition:
                    var weight = Kind == ElementKind.Preposition ? 1 : 0;
                    foreach (var item in Items)
                    {
                        weight += item.Weight;
                    }

                    return weight;
                default:
                    return 0;
            }
        }
    }
}
