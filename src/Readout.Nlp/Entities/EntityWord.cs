using Readout.Core.Documents;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Entities;

/// <summary>The hashed attributes of one token that entity features are built from, computed once per token.</summary>
internal struct EntityWord
{
    public ulong Form;
    public ulong Lower;
    public ulong Shape;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public ulong Flags;
    public ulong Upos;
    public ulong Xpos;

    /// <summary>The token's index in its document (for gazetteer marks), or -1 for padding.</summary>
    public int Token;

    /// <summary>True when the word starts with a capital letter.</summary>
    public bool Capitalized;

    /// <summary>Padding before the first word of a sentence.</summary>
    public static readonly EntityWord Start = Padding(1);

    /// <summary>Padding after the last word of a sentence.</summary>
    public static readonly EntityWord End = Padding(2);

    /// <summary>Hashes token <paramref name="token"/> of <paramref name="document"/>.</summary>
    public static EntityWord Of(Document document, int token, bool sentenceStart)
    {
        var tokens = document.Tokens;
        var text = document.Text.AsSpan(tokens.Starts[token], tokens.Ends[token] - tokens.Starts[token]);
        Span<char> lower = stackalloc char[Math.Min(text.Length, 64)];
        var length = WordForm.Normalize(text, lower);
        var normalized = lower[..length];
        return new EntityWord
        {
            Form = FeatureHash.Of(text),
            Lower = FeatureHash.Of(normalized),
            Shape = WordForm.ShapeOf(text),
            Prefix2 = FeatureHash.Of(normalized[..Math.Min(2, length)]),
            Prefix3 = FeatureHash.Of(normalized[..Math.Min(3, length)]),
            Suffix2 = FeatureHash.Of(normalized[Math.Max(0, length - 2)..]),
            Suffix3 = FeatureHash.Of(normalized[Math.Max(0, length - 3)..]),
            Suffix4 = FeatureHash.Of(normalized[Math.Max(0, length - 4)..]),
            Flags = FlagsOf(text, sentenceStart),
            Upos = tokens.HasTags ? FeatureHash.OfValue((int)tokens.Upos[token]) : 0,
            Xpos = tokens.HasTags && tokens.Xpos[token] is { } xpos ? FeatureHash.Of(xpos) : 0,
            Token = token,
            Capitalized = text.Length > 0 && char.IsUpper(text[0]),
        };
    }

    private static ulong FlagsOf(ReadOnlySpan<char> text, bool sentenceStart)
    {
        var flags = sentenceStart ? 1 : 0;
        if (text.Length > 0 && char.IsUpper(text[0]))
        {
            flags |= 2;
        }

        if (text.ContainsAnyInRange('0', '9'))
        {
            flags |= 4;
        }

        var hasLetter = false;
        var allUpper = true;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                hasLetter = true;
                allUpper &= char.IsUpper(c);
            }
        }

        if (hasLetter && allUpper && text.Length > 1)
        {
            flags |= 8;
        }

        if (!hasLetter)
        {
            flags |= 16;
        }

        return FeatureHash.OfValue(flags);
    }

    private static EntityWord Padding(int kind)
    {
        var value = FeatureHash.OfValue(-1000 - kind);
        return new EntityWord
        {
            Form = value, Lower = value, Shape = value, Prefix2 = value, Prefix3 = value, Suffix2 = value, Suffix3 = value,
            Suffix4 = value, Flags = value, Upos = value, Xpos = value, Token = -1,
        };
    }
}
