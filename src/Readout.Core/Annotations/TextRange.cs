namespace Readout.Core.Annotations;

/// <summary>A half-open range of UTF-16 offsets <c>[Start, End)</c> into a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>The number of characters.</summary>
    public int Length => End - Start;

    /// <summary>True when the two ranges share at least one character.</summary>
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this range.</summary>
    public bool Contains(TextRange other) => Start <= other.Start && other.End <= End;

    /// <summary>The characters of this range in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, End - Start);
}
