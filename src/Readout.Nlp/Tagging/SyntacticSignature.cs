using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>
/// The syntactic context that decides the features a tag alone cannot: a word's relation, whether it has an
/// auxiliary, a passive auxiliary or an infinitival "to", and what kind of subject it has.
/// </summary>
/// <remarks>
/// An auxiliary or copula takes the subject of its head. "was" takes Person=1 after "I" and Person=3 after "he"; a VBN with aux:pass is Voice=Pass; "it" is Case=Acc as an
/// object; a VB with no subject and no auxiliary heading a sentence is an imperative.
/// </remarks>
internal static class SyntacticSignature
{
    /// <summary>The signature of word <paramref name="index"/> of a sentence.</summary>
    /// <param name="index">The word.</param>
    /// <param name="heads">Sentence-relative heads (-1 for the root).</param>
    /// <param name="relations">Relations.</param>
    /// <param name="words">Lower-cased word keys.</param>
    /// <param name="xpos">Penn tags.</param>
    public static ulong Of(int index, ReadOnlySpan<int> heads, ReadOnlySpan<string?> relations, ReadOnlySpan<ulong> words, ReadOnlySpan<string?> xpos)
    {
        var flags = 0;
        ulong subject = 0;
        for (var child = 0; child < heads.Length; child++)
        {
            if (heads[child] != index)
            {
                continue;
            }

            switch (relations[child])
            {
                case "aux":
                    flags |= 1;
                    break;
                case "aux:pass":
                    flags |= 2;
                    break;
                case "mark":
                    flags |= 4;
                    break;
                case "nsubj" or "nsubj:pass" or "expl":
                    subject = SubjectOf(words[child], xpos[child]);
                    break;
                case "cop":
                    flags |= 8;
                    break;
            }
        }

        // An auxiliary or copula agrees with the subject of the verb or predicate it hangs from ("I was told").
        if (subject == 0 && heads[index] >= 0 && relations[index] is "aux" or "aux:pass" or "cop")
        {
            var head = heads[index];
            for (var sibling = 0; sibling < heads.Length; sibling++)
            {
                if (heads[sibling] == head && relations[sibling] is "nsubj" or "nsubj:pass" or "expl")
                {
                    subject = SubjectOf(words[sibling], xpos[sibling]);
                    break;
                }
            }
        }

        var relation = FeatureHash.Of(relations[index] ?? string.Empty);
        return FeatureHash.Feature(77, relation, FeatureHash.OfValue(flags), subject);
    }

    // A pronoun subject is itself (I, we, you…); a noun subject only says whether it is plural.
    private static ulong SubjectOf(ulong word, string? xpos) => xpos switch
    {
        "PRP" or "EX" or "DT" or "WP" or "WDT" => word,
        "NNS" or "NNPS" => FeatureHash.OfValue(-31),
        "CD" => FeatureHash.OfValue(-32),
        _ => FeatureHash.OfValue(-33),
    };
}
