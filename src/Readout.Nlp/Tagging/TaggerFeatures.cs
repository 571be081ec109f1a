using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>The feature templates of the part-of-speech tagger: the word, its affixes and shape, its neighbours, and the tags already chosen to its left.</summary>
/// <remarks>
/// Most features look only at the words (<see cref="ExtractWord"/>), so a sentence's can be scored all at once; the
/// rest also look at tags chosen so far (<see cref="ExtractTagged"/>) and are scored word by word.
/// </remarks>
internal static class TaggerFeatures
{
    /// <summary>The most features <see cref="Extract"/> writes.</summary>
    public const int MaximumCount = WordCount + MaximumTaggedCount;

    /// <summary>How many features <see cref="ExtractWord"/> writes.</summary>
    public const int WordCount = 37;

    /// <summary>The most features <see cref="ExtractTagged"/> writes.</summary>
    public const int MaximumTaggedCount = 14;

    // Where the first nine tag features stood among the first 46 when the shipped model was trained: training sums
    // floating-point weights in feature order, so Extract keeps that order for retraining to reproduce the model.
    private static readonly int[] TaggedPositions = [24, 25, 26, 27, 31, 35, 39, 41, 44];

    /// <summary>Writes every feature of word <paramref name="i"/> given the tags around it, in training order; returns how many.</summary>
    /// <param name="words">The sentence.</param>
    /// <param name="i">The position to tag.</param>
    /// <param name="previous">The tag chosen at i-1 (-1 at the start).</param>
    /// <param name="beforePrevious">The tag chosen at i-2 (-1 at the start).</param>
    /// <param name="next">The first-pass tag at i+1 (-2 when there is no first pass, -1 at the end).</param>
    /// <param name="afterNext">The first-pass tag at i+2.</param>
    /// <param name="features">Receives the features.</param>
    public static int Extract(ReadOnlySpan<TaggerWord> words, int i, int previous, int beforePrevious, int next, int afterNext, Span<ulong> features)
    {
        Span<ulong> word = stackalloc ulong[WordCount];
        Span<ulong> tagged = stackalloc ulong[MaximumTaggedCount];
        ExtractWord(words, i, word);
        var taggedCount = ExtractTagged(words, i, previous, beforePrevious, next, afterNext, tagged);
        int n = 0, w = 0, t = 0;
        while (w < WordCount)
        {
            features[n] = t < TaggedPositions.Length && TaggedPositions[t] == n ? tagged[t++] : word[w++];
            n++;
        }

        while (t < taggedCount)
        {
            features[n++] = tagged[t++];
        }

        return n;
    }

    /// <summary>Writes the <see cref="WordCount"/> features of word <paramref name="i"/> that do not depend on tags.</summary>
    public static void ExtractWord(ReadOnlySpan<TaggerWord> words, int i, Span<ulong> features)
    {
        ref readonly var w = ref words[i];
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var p2 = ref At(words, i - 2);
        ref readonly var n1 = ref At(words, i + 1);
        ref readonly var n2 = ref At(words, i + 2);
        var n = ExtractLexical(w, features);
        features[n++] = FeatureHash.Feature(14, n1.Ambiguity);
        features[n++] = FeatureHash.Feature(15, p1.Lower);
        features[n++] = FeatureHash.Feature(16, p2.Lower);
        features[n++] = FeatureHash.Feature(17, n1.Lower);
        features[n++] = FeatureHash.Feature(18, n2.Lower);
        features[n++] = FeatureHash.Feature(19, p1.Suffix3);
        features[n++] = FeatureHash.Feature(20, n1.Suffix3);
        features[n++] = FeatureHash.Feature(21, n1.Suffix2);
        features[n++] = FeatureHash.Feature(22, n1.Shape);
        features[n++] = FeatureHash.Feature(23, p1.Shape);
        features[n++] = FeatureHash.Feature(28, w.Lower, n1.Lower);
        features[n++] = FeatureHash.Feature(29, p1.Lower, w.Lower);
        features[n++] = FeatureHash.Feature(30, n2.Ambiguity);
        features[n++] = FeatureHash.Feature(32, w.Ambiguity, n1.Ambiguity);
        features[n++] = FeatureHash.Feature(33, w.Flags, w.Shape);
        features[n++] = FeatureHash.Feature(34, p1.Ambiguity);
        features[n++] = FeatureHash.Feature(36, w.Lower, n1.Suffix3);
        features[n++] = FeatureHash.Feature(37, w.External);
        features[n++] = FeatureHash.Feature(38, n1.External);
        features[n++] = FeatureHash.Feature(45, p1.Lower, n1.Lower);
        features[n++] = FeatureHash.Feature(47, n1.Lower, n2.Lower);
        features[n++] = FeatureHash.Feature(48, n1.Flags, w.Flags);
        features[n] = FeatureHash.Feature(50, w.Suffix2, w.Flags);
    }

    /// <summary>How many features <see cref="ExtractOwn"/> writes.</summary>
    public const int OwnCount = 17;

    /// <summary>How many features <see cref="ExtractAsNext"/> writes.</summary>
    public const int AsNextCount = 6;

    /// <summary>How many features <see cref="ExtractAsPrevious"/> writes.</summary>
    public const int AsPreviousCount = 4;

    /// <summary>How many features <see cref="ExtractAsBeforePrevious"/> writes.</summary>
    public const int AsBeforePreviousCount = 1;

    /// <summary>How many features <see cref="ExtractAsAfterNext"/> writes.</summary>
    public const int AsAfterNextCount = 2;

    /// <summary>How many features <see cref="ExtractPairs"/> writes.</summary>
    public const int PairCount = 7;

    // ExtractWord's features split by the one word each looks at, so a word's share can be summed once and reused
    // wherever the word appears (TaggerWordCache); the features of two words are extracted per position. Together they
    // are exactly ExtractWord's features (a test holds them to it).

    /// <summary>The features of <see cref="ExtractWord"/> that look only at the word being tagged (and the bias).</summary>
    public static void ExtractOwn(in TaggerWord w, Span<ulong> features)
    {
        var n = ExtractLexical(w, features);
        features[n++] = FeatureHash.Feature(33, w.Flags, w.Shape);
        features[n++] = FeatureHash.Feature(37, w.External);
        features[n] = FeatureHash.Feature(50, w.Suffix2, w.Flags);
    }

    /// <summary>The features of <see cref="ExtractWord"/> that look only at the next word, <paramref name="n1"/>.</summary>
    public static void ExtractAsNext(in TaggerWord n1, Span<ulong> features)
    {
        features[0] = FeatureHash.Feature(14, n1.Ambiguity);
        features[1] = FeatureHash.Feature(17, n1.Lower);
        features[2] = FeatureHash.Feature(20, n1.Suffix3);
        features[3] = FeatureHash.Feature(21, n1.Suffix2);
        features[4] = FeatureHash.Feature(22, n1.Shape);
        features[5] = FeatureHash.Feature(38, n1.External);
    }

    /// <summary>The features of <see cref="ExtractWord"/> that look only at the previous word, <paramref name="p1"/>.</summary>
    public static void ExtractAsPrevious(in TaggerWord p1, Span<ulong> features)
    {
        features[0] = FeatureHash.Feature(15, p1.Lower);
        features[1] = FeatureHash.Feature(19, p1.Suffix3);
        features[2] = FeatureHash.Feature(23, p1.Shape);
        features[3] = FeatureHash.Feature(34, p1.Ambiguity);
    }

    /// <summary>The feature of <see cref="ExtractWord"/> that looks only at the word two back, <paramref name="p2"/>.</summary>
    public static void ExtractAsBeforePrevious(in TaggerWord p2, Span<ulong> features) => features[0] = FeatureHash.Feature(16, p2.Lower);

    /// <summary>The features of <see cref="ExtractWord"/> that look only at the word two ahead, <paramref name="n2"/>.</summary>
    public static void ExtractAsAfterNext(in TaggerWord n2, Span<ulong> features)
    {
        features[0] = FeatureHash.Feature(18, n2.Lower);
        features[1] = FeatureHash.Feature(30, n2.Ambiguity);
    }

    /// <summary>The features of <see cref="ExtractWord"/> that look at two words at once.</summary>
    public static void ExtractPairs(ReadOnlySpan<TaggerWord> words, int i, Span<ulong> features)
    {
        ref readonly var w = ref words[i];
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var n1 = ref At(words, i + 1);
        ref readonly var n2 = ref At(words, i + 2);
        features[0] = FeatureHash.Feature(28, w.Lower, n1.Lower);
        features[1] = FeatureHash.Feature(29, p1.Lower, w.Lower);
        features[2] = FeatureHash.Feature(32, w.Ambiguity, n1.Ambiguity);
        features[3] = FeatureHash.Feature(36, w.Lower, n1.Suffix3);
        features[4] = FeatureHash.Feature(45, p1.Lower, n1.Lower);
        features[5] = FeatureHash.Feature(47, n1.Lower, n2.Lower);
        features[6] = FeatureHash.Feature(48, n1.Flags, w.Flags);
    }

    // The bias and the features of the word's own form, affixes, shape, flags and tag ambiguity: the first of both
    // ExtractWord's and ExtractOwn's. Returns how many.
    private static int ExtractLexical(in TaggerWord w, Span<ulong> features)
    {
        var n = 0;
        features[n++] = FeatureHash.Feature(0, 0);
        features[n++] = FeatureHash.Feature(1, w.Form);
        features[n++] = FeatureHash.Feature(2, w.Lower);
        features[n++] = FeatureHash.Feature(3, w.Suffix1);
        features[n++] = FeatureHash.Feature(4, w.Suffix2);
        features[n++] = FeatureHash.Feature(5, w.Suffix3);
        features[n++] = FeatureHash.Feature(6, w.Suffix4);
        features[n++] = FeatureHash.Feature(7, w.Suffix5);
        features[n++] = FeatureHash.Feature(8, w.Prefix1);
        features[n++] = FeatureHash.Feature(9, w.Prefix2);
        features[n++] = FeatureHash.Feature(10, w.Prefix3);
        features[n++] = FeatureHash.Feature(11, w.Shape);
        features[n++] = FeatureHash.Feature(12, w.Flags);
        features[n++] = FeatureHash.Feature(13, w.Ambiguity);
        return n;
    }

    /// <summary>Writes the features of word <paramref name="i"/> that look at tags (see <see cref="Extract"/>); returns how many.</summary>
    public static int ExtractTagged(ReadOnlySpan<TaggerWord> words, int i, int previous, int beforePrevious, int next, int afterNext, Span<ulong> features)
    {
        ref readonly var w = ref words[i];
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var n1 = ref At(words, i + 1);
        var t1 = FeatureHash.OfValue(previous);
        var t2 = FeatureHash.OfValue(beforePrevious);
        var n = 0;
        features[n++] = FeatureHash.Feature(24, t1);
        features[n++] = FeatureHash.Feature(25, t1, t2);
        features[n++] = FeatureHash.Feature(26, t1, w.Lower);
        features[n++] = FeatureHash.Feature(27, t1, w.Suffix3);
        features[n++] = FeatureHash.Feature(31, t1, n1.Ambiguity);
        features[n++] = FeatureHash.Feature(35, t1, w.Shape);
        features[n++] = FeatureHash.Feature(39, t1, w.External);
        features[n++] = FeatureHash.Feature(46, t1, n1.Lower);
        features[n++] = FeatureHash.Feature(49, p1.Flags, w.Flags, t1);
        if (next != -2)
        {
            var r1 = FeatureHash.OfValue(next);
            var r2 = FeatureHash.OfValue(afterNext);
            features[n++] = FeatureHash.Feature(40, r1);
            features[n++] = FeatureHash.Feature(41, r1, r2);
            features[n++] = FeatureHash.Feature(42, r1, w.Lower);
            features[n++] = FeatureHash.Feature(43, t1, r1);
            features[n++] = FeatureHash.Feature(44, r1, w.Suffix3);
        }

        return n;
    }

    private static ref readonly TaggerWord At(ReadOnlySpan<TaggerWord> words, int i)
    {
        if (i < 0)
        {
            return ref TaggerWord.Start;
        }

        if (i >= words.Length)
        {
            return ref TaggerWord.End;
        }

        return ref words[i];
    }
}
