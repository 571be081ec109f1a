using Readout.Nlp.Learning;

namespace Readout.Nlp.Entities;

/// <summary>
/// The feature templates of the entity recognizer: the word, its shape and affixes, its tags, a window of two words
/// each side, the gazetteer's marks on the window, the classes already chosen to the left and, in the second pass, the
/// first pass's classes to the right and what the rest of the document says about the same word.
/// </summary>
internal static class EntityFeatures
{
    /// <summary>The most features <see cref="Extract"/> writes.</summary>
    public const int MaximumCount = 40 + 6 * GazetteerMarks.PerToken + 12;

    /// <summary>No second-pass context: the first pass.</summary>
    public const int NoContext = -2;

    /// <summary>Writes the features of word <paramref name="i"/>; returns how many.</summary>
    /// <param name="words">The sentence.</param>
    /// <param name="marks">The document's gazetteer marks, or null.</param>
    /// <param name="i">The position to label.</param>
    /// <param name="previous">The class chosen at i-1 (-1 at the start).</param>
    /// <param name="beforePrevious">The class chosen at i-2 (-1 at the start).</param>
    /// <param name="next">The first pass's class at i+1 (<see cref="NoContext"/> in the first pass, -1 at the end).</param>
    /// <param name="afterNext">The first pass's class at i+2.</param>
    /// <param name="memory">What the document's other mentions of the word were labelled (see <see cref="DocumentMemory"/>), or 0.</param>
    /// <param name="features">Receives the features.</param>
    public static int Extract(
        ReadOnlySpan<EntityWord> words, GazetteerMarks? marks, int i, int previous, int beforePrevious, int next, int afterNext, ulong memory, Span<ulong> features)
    {
        ref readonly var w = ref words[i];
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var p2 = ref At(words, i - 2);
        ref readonly var n1 = ref At(words, i + 1);
        ref readonly var n2 = ref At(words, i + 2);
        var t1 = FeatureHash.OfValue(previous);
        var t2 = FeatureHash.OfValue(beforePrevious);
        var n = WindowFeatures(words, i, features);
        features[n++] = FeatureHash.Feature(24, t1);
        features[n++] = FeatureHash.Feature(25, t1, t2);
        features[n++] = FeatureHash.Feature(26, t1, w.Lower);
        features[n++] = FeatureHash.Feature(27, t1, w.Shape);
        features[n++] = FeatureHash.Feature(28, t1, w.Xpos);
        features[n++] = FeatureHash.Feature(29, w.Lower, w.Flags);
        features[n++] = FeatureHash.Feature(30, p1.Form);
        features[n++] = FeatureHash.Feature(31, n1.Form);
        if (marks is not null)
        {
            n = AddMarks(marks, w.Token, 40, t1, features, n, withPrevious: true);
            n = AddMarks(marks, p1.Token, 42, 0, features, n, withPrevious: false);
            n = AddMarks(marks, n1.Token, 43, 0, features, n, withPrevious: false);
            n = AddMarks(marks, p2.Token, 44, 0, features, n, withPrevious: false);
            n = AddMarks(marks, n2.Token, 45, 0, features, n, withPrevious: false);
        }

        if (next != NoContext)
        {
            var r1 = FeatureHash.OfValue(next);
            var r2 = FeatureHash.OfValue(afterNext);
            features[n++] = FeatureHash.Feature(50, r1);
            features[n++] = FeatureHash.Feature(51, r1, r2);
            features[n++] = FeatureHash.Feature(52, t1, r1);
            features[n++] = FeatureHash.Feature(53, r1, w.Lower);
            features[n++] = FeatureHash.Feature(54, r1, w.Shape);
            if (memory != 0)
            {
                features[n++] = FeatureHash.Feature(60, memory);
                features[n++] = FeatureHash.Feature(61, memory, w.Shape);
                features[n++] = FeatureHash.Feature(62, memory, t1);
            }
        }

        return n;
    }

    /// <summary>The most features <see cref="ExtractStructured"/> writes to its transition list.</summary>
    public const int MaximumTransitionCount = 8 + GazetteerMarks.PerToken;

    /// <summary>
    /// Writes the features of word <paramref name="i"/> for the structured (Viterbi) recognizer: those that do not look
    /// at the classes chosen around the word to <paramref name="features"/>, scored per class, and those that are
    /// conjoined with the pair (previous class, class) to <paramref name="transitions"/>, scored per pair.
    /// </summary>
    /// <remarks>
    /// The same templates as <see cref="Extract"/>, except that the previous class is no longer an input: a template
    /// that read it (the class bigram, the class beside the word, its shape, its tag, its gazetteer marks, the first
    /// pass's next class, the document memory) becomes a transition feature, and the class two words back is dropped
    /// (the decoder is first order).
    /// </remarks>
    public static (int Words, int Transitions) ExtractStructured(
        ReadOnlySpan<EntityWord> words, GazetteerMarks? marks, int i, ReadOnlySpan<int> guesses, ulong memory, Span<ulong> features, Span<ulong> transitions)
    {
        ref readonly var w = ref words[i];
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var p2 = ref At(words, i - 2);
        ref readonly var n1 = ref At(words, i + 1);
        ref readonly var n2 = ref At(words, i + 2);
        var n = WindowFeatures(words, i, features);
        features[n++] = FeatureHash.Feature(29, w.Lower, w.Flags);
        features[n++] = FeatureHash.Feature(30, p1.Form);
        features[n++] = FeatureHash.Feature(31, n1.Form);
        var t = 0;
        transitions[t++] = FeatureHash.Feature(24, 0);
        transitions[t++] = FeatureHash.Feature(26, w.Lower);
        transitions[t++] = FeatureHash.Feature(27, w.Shape);
        transitions[t++] = FeatureHash.Feature(28, w.Xpos);
        if (marks is not null)
        {
            if (w.Token >= 0)
            {
                foreach (var mark in marks.Of(w.Token))
                {
                    features[n++] = FeatureHash.Feature(40, mark);
                    transitions[t++] = FeatureHash.Feature(41, mark);
                }
            }

            n = AddMarks(marks, p1.Token, 42, 0, features, n, withPrevious: false);
            n = AddMarks(marks, n1.Token, 43, 0, features, n, withPrevious: false);
            n = AddMarks(marks, p2.Token, 44, 0, features, n, withPrevious: false);
            n = AddMarks(marks, n2.Token, 45, 0, features, n, withPrevious: false);
        }

        if (!guesses.IsEmpty)
        {
            var r1 = FeatureHash.OfValue(EntityModel.Next(guesses, i, 1));
            var r2 = FeatureHash.OfValue(EntityModel.Next(guesses, i, 2));
            features[n++] = FeatureHash.Feature(50, r1);
            features[n++] = FeatureHash.Feature(51, r1, r2);
            features[n++] = FeatureHash.Feature(53, r1, w.Lower);
            features[n++] = FeatureHash.Feature(54, r1, w.Shape);
            transitions[t++] = FeatureHash.Feature(52, r1);
            if (memory != 0)
            {
                features[n++] = FeatureHash.Feature(60, memory);
                features[n++] = FeatureHash.Feature(61, memory, w.Shape);
                transitions[t++] = FeatureHash.Feature(62, memory);
            }
        }

        return (n, t);
    }

    /// <summary>
    /// Templates 0–23, the same in both recognizers: the word, its shape, affixes and tags, and the words, shapes and
    /// tags two either side.
    /// </summary>
    private static int WindowFeatures(ReadOnlySpan<EntityWord> words, int i, Span<ulong> features)
    {
        ref readonly var w = ref words[i];
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var p2 = ref At(words, i - 2);
        ref readonly var n1 = ref At(words, i + 1);
        ref readonly var n2 = ref At(words, i + 2);
        var n = 0;
        features[n++] = FeatureHash.Feature(0, 0);
        features[n++] = FeatureHash.Feature(1, w.Form);
        features[n++] = FeatureHash.Feature(2, w.Lower);
        features[n++] = FeatureHash.Feature(3, w.Shape);
        features[n++] = FeatureHash.Feature(4, w.Prefix2);
        features[n++] = FeatureHash.Feature(5, w.Prefix3);
        features[n++] = FeatureHash.Feature(6, w.Suffix2);
        features[n++] = FeatureHash.Feature(7, w.Suffix3);
        features[n++] = FeatureHash.Feature(8, w.Suffix4);
        features[n++] = FeatureHash.Feature(9, w.Flags);
        features[n++] = FeatureHash.Feature(10, w.Upos);
        features[n++] = FeatureHash.Feature(11, w.Xpos);
        features[n++] = FeatureHash.Feature(12, p1.Lower);
        features[n++] = FeatureHash.Feature(13, p2.Lower);
        features[n++] = FeatureHash.Feature(14, n1.Lower);
        features[n++] = FeatureHash.Feature(15, n2.Lower);
        features[n++] = FeatureHash.Feature(16, p1.Shape);
        features[n++] = FeatureHash.Feature(17, n1.Shape);
        features[n++] = FeatureHash.Feature(18, p1.Shape, w.Shape, n1.Shape);
        features[n++] = FeatureHash.Feature(19, p1.Xpos);
        features[n++] = FeatureHash.Feature(20, n1.Xpos);
        features[n++] = FeatureHash.Feature(21, p1.Upos, w.Upos, n1.Upos);
        features[n++] = FeatureHash.Feature(22, p1.Lower, w.Lower);
        features[n++] = FeatureHash.Feature(23, w.Lower, n1.Lower);
        return n;
    }

    private static int AddMarks(GazetteerMarks marks, int token, int template, ulong previous, Span<ulong> features, int n, bool withPrevious)
    {
        if (token < 0)
        {
            return n;
        }

        foreach (var mark in marks.Of(token))
        {
            features[n++] = FeatureHash.Feature(template, mark);
            if (withPrevious)
            {
                features[n++] = FeatureHash.Feature(template + 1, mark, previous);
            }
        }

        return n;
    }

    private static ref readonly EntityWord At(ReadOnlySpan<EntityWord> words, int i)
    {
        if (i < 0)
        {
            return ref EntityWord.Start;
        }

        if (i >= words.Length)
        {
            return ref EntityWord.End;
        }

        return ref words[i];
    }
}
