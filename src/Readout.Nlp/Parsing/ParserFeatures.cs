using Readout.Nlp.Learning;

namespace Readout.Nlp.Parsing;

/// <summary>
/// The feature templates of the arc-hybrid parser, after Zhang and Nivre (2011): words and tags of the top three stack
/// items and the first three buffer items, their outermost children, distances, valencies and child-label sets.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>The most features <see cref="Extract"/> writes.</summary>
    public const int MaximumCount = 96;

    /// <summary>Writes the features of <paramref name="state"/>; returns how many.</summary>
    public static int Extract(ArcHybridState state, ReadOnlySpan<ParserWord> words, Span<ulong> f)
    {
        var s0 = state.Stack(0);
        var s1 = state.Stack(1);
        var s2 = state.Stack(2);
        var b0 = state.BufferAt(0);
        var b1 = state.BufferAt(1);
        var b2 = state.BufferAt(2);
        var ws0 = At(words, state, s0);
        var ws1 = At(words, state, s1);
        var ws2 = At(words, state, s2);
        var wb0 = At(words, state, b0);
        var wb1 = At(words, state, b1);
        var wb2 = At(words, state, b2);

        var s0l = state.LeftChild(s0);
        var s0r = state.RightChild(s0);
        var s0l2 = state.LeftChild(s0, true);
        var s0r2 = state.RightChild(s0, true);
        var s1l = state.LeftChild(s1);
        var s1r = state.RightChild(s1);
        var s1r2 = state.RightChild(s1, true);
        var b0l = b0 < state.Length ? state.LeftChild(b0) : -1;
        var b0l2 = b0 < state.Length ? state.LeftChild(b0, true) : -1;
        var ws0l = At(words, state, s0l);
        var ws0r = At(words, state, s0r);
        var ws0l2 = At(words, state, s0l2);
        var ws0r2 = At(words, state, s0r2);
        var ws1l = At(words, state, s1l);
        var ws1r = At(words, state, s1r);
        var ws1r2 = At(words, state, s1r2);
        var wb0l = At(words, state, b0l);
        var wb0l2 = At(words, state, b0l2);
        var ls0l = Label(state, s0l);
        var ls0r = Label(state, s0r);
        var ls0l2 = Label(state, s0l2);
        var ls0r2 = Label(state, s0r2);
        var ls1l = Label(state, s1l);
        var ls1r = Label(state, s1r);
        var ls1r2 = Label(state, s1r2);
        var lb0l = Label(state, b0l);
        var lb0l2 = Label(state, b0l2);

        var distance = FeatureHash.OfValue(s0 < 0 || b0 < 0 ? -1 : Bucket(b0 - s0));
        var distance1 = FeatureHash.OfValue(s1 < 0 || s0 < 0 ? -1 : Bucket(s0 - s1));
        var s0vl = FeatureHash.OfValue(state.LeftCount(s0));
        var s0vr = FeatureHash.OfValue(state.RightCount(s0));
        var s1vr = FeatureHash.OfValue(state.RightCount(s1));
        var b0vl = FeatureHash.OfValue(b0 < state.Length ? state.LeftCount(b0) : 0);
        var s0sl = state.LeftLabels(s0) * 31 + 1;
        var s0sr = state.RightLabels(s0) * 37 + 2;
        var b0sl = (b0 < state.Length ? state.LeftLabels(b0) : 0) * 41 + 3;
        var s1sr = state.RightLabels(s1) * 43 + 4;

        var n = 0;
        f[n++] = FeatureHash.Feature(1, ws0.Word);
        f[n++] = FeatureHash.Feature(2, ws0.Tag);
        f[n++] = FeatureHash.Feature(3, ws0.Word, ws0.Tag);
        f[n++] = FeatureHash.Feature(4, ws1.Word);
        f[n++] = FeatureHash.Feature(5, ws1.Tag);
        f[n++] = FeatureHash.Feature(6, ws1.Word, ws1.Tag);
        f[n++] = FeatureHash.Feature(7, wb0.Word);
        f[n++] = FeatureHash.Feature(8, wb0.Tag);
        f[n++] = FeatureHash.Feature(9, wb0.Word, wb0.Tag);
        f[n++] = FeatureHash.Feature(10, wb1.Word);
        f[n++] = FeatureHash.Feature(11, wb1.Tag);
        f[n++] = FeatureHash.Feature(12, wb1.Word, wb1.Tag);
        f[n++] = FeatureHash.Feature(13, wb2.Word);
        f[n++] = FeatureHash.Feature(14, wb2.Tag);
        f[n++] = FeatureHash.Feature(15, ws2.Tag);
        f[n++] = FeatureHash.Feature(16, ws2.Word, ws2.Tag);

        // Pairs.
        f[n++] = FeatureHash.Feature(20, FeatureHash.Combine(ws0.Word, ws0.Tag), wb0.Word, wb0.Tag);
        f[n++] = FeatureHash.Feature(21, FeatureHash.Combine(ws0.Word, ws0.Tag), wb0.Word);
        f[n++] = FeatureHash.Feature(22, ws0.Word, wb0.Word, wb0.Tag);
        f[n++] = FeatureHash.Feature(23, FeatureHash.Combine(ws0.Word, ws0.Tag), wb0.Tag);
        f[n++] = FeatureHash.Feature(24, ws0.Tag, wb0.Word, wb0.Tag);
        f[n++] = FeatureHash.Feature(25, ws0.Word, wb0.Word);
        f[n++] = FeatureHash.Feature(26, ws0.Tag, wb0.Tag);
        f[n++] = FeatureHash.Feature(27, wb0.Tag, wb1.Tag);
        f[n++] = FeatureHash.Feature(28, FeatureHash.Combine(ws1.Word, ws1.Tag), ws0.Word, ws0.Tag);
        f[n++] = FeatureHash.Feature(29, ws1.Word, ws0.Word);
        f[n++] = FeatureHash.Feature(30, ws1.Tag, ws0.Tag);
        f[n++] = FeatureHash.Feature(31, ws1.Tag, ws0.Word, ws0.Tag);
        f[n++] = FeatureHash.Feature(32, FeatureHash.Combine(ws1.Word, ws1.Tag), ws0.Tag);
        f[n++] = FeatureHash.Feature(33, ws1.Tag, wb0.Tag);
        f[n++] = FeatureHash.Feature(34, ws1.Word, wb0.Word);
        f[n++] = FeatureHash.Feature(35, ws0.Word, wb1.Tag);
        f[n++] = FeatureHash.Feature(36, ws0.Coarse, wb0.Coarse);
        f[n++] = FeatureHash.Feature(37, ws1.Coarse, ws0.Coarse);

        // Triples of tags.
        f[n++] = FeatureHash.Feature(40, wb0.Tag, wb1.Tag, wb2.Tag);
        f[n++] = FeatureHash.Feature(41, ws0.Tag, wb0.Tag, wb1.Tag);
        f[n++] = FeatureHash.Feature(42, ws1.Tag, ws0.Tag, wb0.Tag);
        f[n++] = FeatureHash.Feature(43, ws0.Tag, ws0l.Tag, wb0.Tag);
        f[n++] = FeatureHash.Feature(44, ws0.Tag, ws0r.Tag, wb0.Tag);
        f[n++] = FeatureHash.Feature(45, ws0.Tag, wb0.Tag, wb0l.Tag);
        f[n++] = FeatureHash.Feature(46, ws1.Tag, ws1r.Tag, ws0.Tag);
        f[n++] = FeatureHash.Feature(47, ws2.Tag, ws1.Tag, ws0.Tag);
        f[n++] = FeatureHash.Feature(48, ws1.Tag, ws0.Tag, ws0l.Tag);
        f[n++] = FeatureHash.Feature(49, ws1.Tag, ws0.Tag, ws0r.Tag);
        f[n++] = FeatureHash.Feature(50, ws1.Tag, ws1l.Tag, ws0.Tag);

        // Distance.
        f[n++] = FeatureHash.Feature(51, ws0.Word, distance);
        f[n++] = FeatureHash.Feature(52, ws0.Tag, distance);
        f[n++] = FeatureHash.Feature(53, wb0.Word, distance);
        f[n++] = FeatureHash.Feature(54, wb0.Tag, distance);
        f[n++] = FeatureHash.Feature(55, FeatureHash.Combine(ws0.Word, wb0.Word), distance);
        f[n++] = FeatureHash.Feature(56, FeatureHash.Combine(ws0.Tag, wb0.Tag), distance);
        f[n++] = FeatureHash.Feature(57, FeatureHash.Combine(ws1.Tag, ws0.Tag), distance1);
        f[n++] = FeatureHash.Feature(58, FeatureHash.Combine(ws1.Word, ws0.Word), distance1);

        // Valency.
        f[n++] = FeatureHash.Feature(60, ws0.Word, s0vl);
        f[n++] = FeatureHash.Feature(61, ws0.Tag, s0vl);
        f[n++] = FeatureHash.Feature(62, ws0.Word, s0vr);
        f[n++] = FeatureHash.Feature(63, ws0.Tag, s0vr);
        f[n++] = FeatureHash.Feature(64, ws1.Word, s1vr);
        f[n++] = FeatureHash.Feature(65, ws1.Tag, s1vr);
        f[n++] = FeatureHash.Feature(66, wb0.Word, b0vl);
        f[n++] = FeatureHash.Feature(67, wb0.Tag, b0vl);

        // Children.
        f[n++] = FeatureHash.Feature(70, ws0l.Word);
        f[n++] = FeatureHash.Feature(71, ws0l.Tag);
        f[n++] = FeatureHash.Feature(72, ls0l);
        f[n++] = FeatureHash.Feature(73, ws0r.Word);
        f[n++] = FeatureHash.Feature(74, ws0r.Tag);
        f[n++] = FeatureHash.Feature(75, ls0r);
        f[n++] = FeatureHash.Feature(76, ws1r.Word);
        f[n++] = FeatureHash.Feature(77, ws1r.Tag);
        f[n++] = FeatureHash.Feature(78, ls1r);
        f[n++] = FeatureHash.Feature(79, wb0l.Word);
        f[n++] = FeatureHash.Feature(80, wb0l.Tag);
        f[n++] = FeatureHash.Feature(81, lb0l);
        f[n++] = FeatureHash.Feature(82, ws1l.Tag, ls1l);
        f[n++] = FeatureHash.Feature(83, ws0.Tag, ls0l, ls0r);
        f[n++] = FeatureHash.Feature(84, ws0.Tag, ls0l, ls0l2);
        f[n++] = FeatureHash.Feature(85, ws0.Tag, ls0r, ls0r2);
        f[n++] = FeatureHash.Feature(86, wb0.Tag, lb0l, lb0l2);
        f[n++] = FeatureHash.Feature(87, ws1.Tag, ls1r, ls1r2);
        f[n++] = FeatureHash.Feature(88, ws0l2.Tag, ls0l2);
        f[n++] = FeatureHash.Feature(89, ws0r2.Tag, ls0r2);
        f[n++] = FeatureHash.Feature(90, wb0l2.Tag, lb0l2);
        f[n++] = FeatureHash.Feature(91, ws1r2.Tag, ls1r2);

        // Child-label sets.
        f[n++] = FeatureHash.Feature(92, ws0.Word, s0sl);
        f[n++] = FeatureHash.Feature(93, ws0.Tag, s0sl);
        f[n++] = FeatureHash.Feature(94, ws0.Word, s0sr);
        f[n++] = FeatureHash.Feature(95, ws0.Tag, s0sr);
        f[n++] = FeatureHash.Feature(96, wb0.Word, b0sl);
        f[n++] = FeatureHash.Feature(97, wb0.Tag, b0sl);
        f[n++] = FeatureHash.Feature(98, ws1.Tag, s1sr);
        f[n++] = FeatureHash.Feature(99, ws0.Tag, wb0.Tag, FeatureHash.Combine(s0sr, b0sl));
        return n;
    }

    private static ParserWord At(ReadOnlySpan<ParserWord> words, ArcHybridState state, int index) =>
        index < 0 ? ParserWord.None : index == state.Length ? ParserWord.Root : words[index];

    private static ulong Label(ArcHybridState state, int word) => FeatureHash.OfValue(1000 + state.LabelOfWord(word));

    private static int Bucket(int distance) => distance switch
    {
        <= 4 => distance,
        <= 7 => 5,
        <= 10 => 6,
        _ => 7,
    };
}
