namespace Readout.Nlp.Lemmatization;

/// <summary>A suffix rewrite: optionally lower-case the word, strip characters from its end, append a string.</summary>
/// <param name="Lower">Lower-case the word first ("Running" → "running").</param>
/// <param name="Strip">How many characters to remove from the end.</param>
/// <param name="Append">What to add after stripping.</param>
public readonly record struct LemmaRule(bool Lower, int Strip, string Append)
{
    /// <summary>The rule that keeps the word as it is.</summary>
    public static LemmaRule Identity { get; } = new(false, 0, string.Empty);

    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/>, or null when no suffix rewrite does.</summary>
    public static LemmaRule? Between(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        var prefix = 0;
        var limit = Math.Min(form.Length, lemma.Length);
        while (prefix < limit && char.ToLowerInvariant(form[prefix]) == char.ToLowerInvariant(lemma[prefix]))
        {
            prefix++;
        }

        if (prefix == 0 && form.Length > 0 && lemma.Length > 0)
        {
            return null;
        }

        bool lower;
        if (form.AsSpan(0, prefix).SequenceEqual(lemma.AsSpan(0, prefix)))
        {
            lower = false;
        }
        else if (IsLower(lemma.AsSpan(0, prefix)))
        {
            lower = true;
        }
        else
        {
            return null;
        }

        return new LemmaRule(lower, form.Length - prefix, lemma[prefix..]);
    }

    /// <summary>True when the rule can apply to a word of <paramref name="length"/> characters.</summary>
    public bool AppliesTo(int length) => Strip < length || (Strip == length && Append.Length > 0);

    /// <summary>Applies the rule to <paramref name="form"/>.</summary>
    public string Apply(ReadOnlySpan<char> form)
    {
        var kept = form[..(form.Length - Strip)];
        var length = kept.Length + Append.Length;
        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        if (Lower)
        {
            kept.ToLowerInvariant(buffer);
        }
        else
        {
            kept.CopyTo(buffer);
        }

        Append.AsSpan().CopyTo(buffer[kept.Length..]);
        return new string(buffer);
    }

    private static bool IsLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
    }
}
