namespace Readout.Nlp.Parsing;

/// <summary>
/// The transitions of the arc-hybrid system, numbered for a classifier: 0 is SHIFT, <c>1 + 2·label</c> is LEFT(label)
/// and <c>2 + 2·label</c> is RIGHT(label).
/// </summary>
/// <remarks>
/// With s the top of the stack, s1 the item below it and b the front of the buffer: SHIFT pushes b; LEFT(l) makes b the
/// head of s and pops s; RIGHT(l) makes s1 the head of s and pops s. The root sits at the end of the buffer, so the
/// last LEFT attaches the single remaining word to it.
/// </remarks>
public static class Transition
{
    /// <summary>SHIFT.</summary>
    public const int Shift = 0;

    /// <summary>The number of transitions for <paramref name="labels"/> labels.</summary>
    public static int Count(int labels) => 1 + 2 * labels;

    /// <summary>LEFT with <paramref name="label"/>.</summary>
    public static int Left(int label) => 1 + 2 * label;

    /// <summary>RIGHT with <paramref name="label"/>.</summary>
    public static int Right(int label) => 2 + 2 * label;

    /// <summary>True for a LEFT transition.</summary>
    public static bool IsLeft(int transition) => transition > 0 && (transition & 1) == 1;

    /// <summary>True for a RIGHT transition.</summary>
    public static bool IsRight(int transition) => transition > 0 && (transition & 1) == 0;

    /// <summary>The label of a LEFT or RIGHT transition.</summary>
    public static int LabelOf(int transition) => (transition - 1) >> 1;
}
