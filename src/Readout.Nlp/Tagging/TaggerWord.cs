using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>The hashed attributes of one word that tagging features are built from, computed once per word.</summary>
internal struct TaggerWord
{
    public ulong Form;
    public ulong Lower;
    public ulong Shape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public ulong Suffix5;
    public ulong Ambiguity;
    public ulong External;
    public ulong Flags;

    /// <summary>Padding before the first word of a sentence.</summary>
    public static readonly TaggerWord Start = Padding(1);

    /// <summary>Padding after the last word of a sentence.</summary>
    public static readonly TaggerWord End = Padding(2);

    /// <summary>Hashes the attributes of <paramref name="text"/>; <paramref name="ambiguity"/> and <paramref name="external"/> are its entries in the treebank's and an external tag dictionary (0 if absent).</summary>
    public static TaggerWord Of(ReadOnlySpan<char> text, bool sentenceStart, ulong ambiguity, ulong external = 0)
    {
        Span<char> lower = stackalloc char[Math.Min(text.Length, 64)];
        var length = WordForm.Normalize(text, lower);
        var normalized = lower[..length];
        var word = new TaggerWord
        {
            Form = FeatureHash.Of(text),
            Lower = FeatureHash.Of(normalized),
            Shape = WordForm.ShapeOf(text),
            Prefix1 = FeatureHash.Of(normalized[..Math.Min(1, length)]),
            Prefix2 = FeatureHash.Of(normalized[..Math.Min(2, length)]),
            Prefix3 = FeatureHash.Of(normalized[..Math.Min(3, length)]),
            Suffix1 = FeatureHash.Of(normalized[Math.Max(0, length - 1)..]),
            Suffix2 = FeatureHash.Of(normalized[Math.Max(0, length - 2)..]),
            Suffix3 = FeatureHash.Of(normalized[Math.Max(0, length - 3)..]),
            Suffix4 = FeatureHash.Of(normalized[Math.Max(0, length - 4)..]),
            Suffix5 = FeatureHash.Of(normalized[Math.Max(0, length - 5)..]),
            Ambiguity = ambiguity,
            External = external,
            Flags = FlagsOf(text, sentenceStart),
        };
        return word;
    }

    /// <summary>The dictionary key of a word: lower-cased, digits folded to 0, at most 64 characters.</summary>
    public static ulong KeyOf(ReadOnlySpan<char> text)
    {
        Span<char> lower = stackalloc char[Math.Min(text.Length, 64)];
        var length = WordForm.Normalize(text, lower);
        return FeatureHash.Of(lower[..length]);
    }

    private static ulong FlagsOf(ReadOnlySpan<char> text, bool sentenceStart)
    {
        var flags = 0;
        if (sentenceStart)
        {
            flags |= 1;
        }

        if (text.Length > 0 && char.IsUpper(text[0]))
        {
            flags |= 2;
        }

        if (text.ContainsAnyInRange('0', '9'))
        {
            flags |= 4;
        }

        if (text.Contains('-'))
        {
            flags |= 8;
        }

        var allUpper = text.Length > 1;
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                allUpper = false;
                break;
            }
        }

        if (allUpper)
        {
            flags |= 16;
        }

        return FeatureHash.OfValue(flags);
    }

    private static TaggerWord Padding(int kind)
    {
        var value = FeatureHash.OfValue(-1000 - kind);
        return new TaggerWord
        {
            Form = value, Lower = value, Shape = value, Prefix1 = value, Prefix2 = value, Prefix3 = value, Suffix1 = value,
            Suffix2 = value, Suffix3 = value, Suffix4 = value, Suffix5 = value, Ambiguity = value, External = value, Flags = value,
        };
    }
}
