using System.Collections.Concurrent;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>
/// A word's hashed attributes and, for each place it can stand relative to the word being tagged (itself, one or two
/// before, one or two after), the summed weights of the features that look only at it.
/// </summary>
/// <remarks>
/// Most of the tagger's word features look at one word, so their sum depends on the word alone: summed once per word
/// form, a position then costs five vector additions instead of some thirty feature look-ups. Integer sums are
/// exact, so the tags are the same as with every feature looked up each time.
/// </remarks>
internal sealed class CachedTaggerWord
{
    public const int Own = 0;
    public const int AsNext = 1;
    public const int AsPrevious = 2;
    public const int AsBeforePrevious = 3;
    public const int AsAfterNext = 4;
    public const int Roles = 5;

    /// <summary>A cached word: its attributes and sums, fixed.</summary>
    public CachedTaggerWord(TaggerWord word, LinearModel model)
    {
        Sums = new int[Roles * model.SumsLength];
        Fill(word, model);
    }

    /// <summary>Scratch space for a word the cache has no room for, refilled with <see cref="Fill"/>.</summary>
    public CachedTaggerWord(int sumsLength) => Sums = new int[Roles * sumsLength];

    /// <summary>The word's hashed attributes.</summary>
    public TaggerWord Word { get; private set; }

    /// <summary>Role r's sums at <c>[r * SumsLength, (r + 1) * SumsLength)</c>.</summary>
    public int[] Sums { get; }

    /// <summary>Sets the word and sums its features in each role.</summary>
    public void Fill(TaggerWord word, LinearModel model)
    {
        Word = word;
        var stride = model.SumsLength;
        Array.Clear(Sums);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.OwnCount];
        TaggerFeatures.ExtractOwn(word, features);
        model.Add(features[..TaggerFeatures.OwnCount], Sums.AsSpan(Own * stride, stride));
        TaggerFeatures.ExtractAsNext(word, features);
        model.Add(features[..TaggerFeatures.AsNextCount], Sums.AsSpan(AsNext * stride, stride));
        TaggerFeatures.ExtractAsPrevious(word, features);
        model.Add(features[..TaggerFeatures.AsPreviousCount], Sums.AsSpan(AsPrevious * stride, stride));
        TaggerFeatures.ExtractAsBeforePrevious(word, features);
        model.Add(features[..TaggerFeatures.AsBeforePreviousCount], Sums.AsSpan(AsBeforePrevious * stride, stride));
        TaggerFeatures.ExtractAsAfterNext(word, features);
        model.Add(features[..TaggerFeatures.AsAfterNextCount], Sums.AsSpan(AsAfterNext * stride, stride));
    }
}

/// <summary>The <see cref="CachedTaggerWord"/>s of the word forms seen so far, shared by every thread, up to a fixed number of forms.</summary>
/// <remarks>
/// Frequent words come early in any text, so a cache that simply stops growing when full keeps most of the words
/// that matter (the rest are computed each time) and bounds memory.
/// </remarks>
internal sealed class TaggerWordCache
{
    private readonly ConcurrentDictionary<ulong, CachedTaggerWord> _words = new();
    private readonly int _capacity;
    private int _count;

    public TaggerWordCache(int capacity) => _capacity = capacity;

    public bool TryGet(ulong form, bool sentenceStart, out CachedTaggerWord? word) => _words.TryGetValue(KeyOf(form, sentenceStart), out word);

    /// <summary>True while there is room for more forms.</summary>
    public bool HasRoom => Volatile.Read(ref _count) < _capacity;

    public void Add(ulong form, bool sentenceStart, CachedTaggerWord word)
    {
        if (HasRoom && _words.TryAdd(KeyOf(form, sentenceStart), word))
        {
            Interlocked.Increment(ref _count);
        }
    }

    // A word at the start of a sentence has other flags: its key is the form's hash moved by a fixed odd constant.
    private static ulong KeyOf(ulong form, bool sentenceStart) => sentenceStart ? form ^ 0x9E3779B97F4A7C15 : form;
}
