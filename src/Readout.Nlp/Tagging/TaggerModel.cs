using System.Buffers;
using System.Runtime.Intrinsics;
using Readout.Core.Documents;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>
/// The trained part-of-speech tagger: classes (a UPOS with its Penn tag), the perceptron weights of a left-to-right
/// pass and of an optional second pass that also sees the first pass's tags to the right, the tag dictionary and the
/// morphology lexicon.
/// </summary>
/// <remarks>Immutable; one instance is shared by every thread of a pipeline.</remarks>
public sealed class TaggerModel
{
    /// <summary>The model kind written in the file header.</summary>
    public const string Kind = "readout-tagger";

    /// <summary>The file format version.</summary>
    public const int FormatVersion = 1;

    private readonly UniversalPos[] _upos;
    private readonly string[] _xpos;
    private readonly Dictionary<ulong, ulong> _ambiguity;
    private readonly Dictionary<ulong, ulong> _external;
    private readonly TaggerWordCache _cache = new(CacheCapacity);
    private readonly CachedTaggerWord _start;
    private readonly CachedTaggerWord _end;

    // Word forms whose sums are kept: five roles of SumsLength sums each (2.5 KB with the shipped model's 128), so
    // some 10 MB when full; the 4,000 forms news text uses most are some four tokens in five.
    private const int CacheCapacity = 4_096;

    internal TaggerModel(UniversalPos[] upos, string[] xpos, LinearModel firstPass, LinearModel? secondPass, Dictionary<ulong, ulong> ambiguity, Dictionary<ulong, ulong> external, MorphologyLexicon morphology)
    {
        _external = external;
        _upos = upos;
        _xpos = xpos;
        FirstPass = firstPass;
        SecondPass = secondPass;
        _ambiguity = ambiguity;
        Morphology = morphology;
        _start = new CachedTaggerWord(TaggerWord.Start, firstPass);
        _end = new CachedTaggerWord(TaggerWord.End, firstPass);
    }

    /// <summary>The number of tag classes.</summary>
    public int ClassCount => _upos.Length;

    /// <summary>The left-to-right pass.</summary>
    public LinearModel FirstPass { get; }

    /// <summary>The second pass, which also sees the first pass's tags of the next two words; null when not trained.</summary>
    public LinearModel? SecondPass { get; }

    /// <summary>Features from word and tag.</summary>
    public MorphologyLexicon Morphology { get; }

    /// <summary>The UPOS of class <paramref name="tag"/>.</summary>
    public UniversalPos UposOf(int tag) => _upos[tag];

    /// <summary>The Penn tag of class <paramref name="tag"/> (the model's own string instance).</summary>
    public string XposOf(int tag) => _xpos[tag];

    /// <summary>A copy whose weights below <paramref name="minimumWeight"/> in magnitude are dropped (smaller and faster).</summary>
    public TaggerModel Pruned(float minimumWeight) =>
        new(_upos, _xpos, FirstPass.Pruned(minimumWeight), SecondPass?.Pruned(minimumWeight), _ambiguity, _external, Morphology);

    /// <summary>A copy without the second pass (about twice as fast, a little less accurate).</summary>
    public TaggerModel WithoutSecondPass() => new(_upos, _xpos, FirstPass, null, _ambiguity, _external, Morphology);

    /// <summary>Hashes a word for tagging.</summary>
    internal TaggerWord WordOf(ReadOnlySpan<char> text, bool sentenceStart)
    {
        var key = TaggerWord.KeyOf(text);
        return TaggerWord.Of(text, sentenceStart, _ambiguity.GetValueOrDefault(key), _external.GetValueOrDefault(key));
    }

    /// <summary>A word's attributes with its cached feature sums (see <see cref="CachedTaggerWord"/>).</summary>
    /// <param name="text">The word.</param>
    /// <param name="sentenceStart">Whether it starts its sentence.</param>
    /// <param name="scratch">Filled and returned for a word the cache has no room for; valid until it is filled again.</param>
    internal CachedTaggerWord Lookup(ReadOnlySpan<char> text, bool sentenceStart, CachedTaggerWord scratch)
    {
        var form = FeatureHash.Of(text);
        if (_cache.TryGet(form, sentenceStart, out var cached))
        {
            return cached!;
        }

        if (!_cache.HasRoom)
        {
            scratch.Fill(WordOf(text, sentenceStart), FirstPass);
            return scratch;
        }

        cached = new CachedTaggerWord(WordOf(text, sentenceStart), FirstPass);
        _cache.Add(form, sentenceStart, cached);
        return cached;
    }

    /// <summary>Scratch space for <see cref="Lookup"/>.</summary>
    internal CachedTaggerWord NewScratch() => new(FirstPass.SumsLength);

    /// <summary>Tags a sentence of looked-up words (<see cref="Lookup"/>); the same tags as <see cref="Tag(ReadOnlySpan{TaggerWord}, Span{int}, Span{int})"/>, faster.</summary>
    /// <param name="cached">The looked-up words.</param>
    /// <param name="words">Their attributes (<see cref="CachedTaggerWord.Word"/>), in order.</param>
    /// <param name="tags">Receives one class per word.</param>
    /// <param name="scratch">Working space, at least as long as <paramref name="words"/>.</param>
    internal void Tag(ReadOnlySpan<CachedTaggerWord> cached, ReadOnlySpan<TaggerWord> words, Span<int> tags, Span<int> scratch)
    {
        if (SecondPass is not null)
        {
            Tag(words, tags, scratch);
            return;
        }

        var length = words.Length;
        var stride = FirstPass.SumsLength;
        var pairs = ArrayPool<ulong>.Shared.Rent(length * TaggerFeatures.PairCount);
        var sums = ArrayPool<int>.Shared.Rent(length * stride);
        try
        {
            for (var i = 0; i < length; i++)
            {
                TaggerFeatures.ExtractPairs(words, i, pairs.AsSpan(i * TaggerFeatures.PairCount, TaggerFeatures.PairCount));
            }

            Array.Clear(sums, 0, length * stride);
            FirstPass.AddEach(pairs.AsSpan(0, length * TaggerFeatures.PairCount), TaggerFeatures.PairCount, sums);
            Span<ulong> tagged = stackalloc ulong[TaggerFeatures.MaximumTaggedCount];
            for (var i = 0; i < length; i++)
            {
                var wordSums = sums.AsSpan(i * stride, stride);
                AddRole(wordSums, cached[i], CachedTaggerWord.Own, stride);
                AddRole(wordSums, i > 0 ? cached[i - 1] : _start, CachedTaggerWord.AsPrevious, stride);
                AddRole(wordSums, i > 1 ? cached[i - 2] : _start, CachedTaggerWord.AsBeforePrevious, stride);
                AddRole(wordSums, i + 1 < length ? cached[i + 1] : _end, CachedTaggerWord.AsNext, stride);
                AddRole(wordSums, i + 2 < length ? cached[i + 2] : _end, CachedTaggerWord.AsAfterNext, stride);
                var count = TaggerFeatures.ExtractTagged(words, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, -2, -2, tagged);
                FirstPass.Add(tagged[..count], wordSums);
                tags[i] = ArgMax(wordSums[..ClassCount]);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(pairs);
            ArrayPool<int>.Shared.Return(sums);
        }
    }

    private static void AddRole(Span<int> sums, CachedTaggerWord word, int role, int stride)
    {
        var add = word.Sums.AsSpan(role * stride, stride);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<int>.Count <= stride; i += Vector256<int>.Count)
            {
                (Vector256.Create<int>(sums.Slice(i, Vector256<int>.Count)) + Vector256.Create<int>(add.Slice(i, Vector256<int>.Count))).CopyTo(sums.Slice(i, Vector256<int>.Count));
            }
        }

        for (; i < stride; i++)
        {
            sums[i] += add[i];
        }
    }

    /// <summary>Tags a sentence: greedy left to right, then the second pass when there is one.</summary>
    /// <param name="words">The hashed words.</param>
    /// <param name="tags">Receives one class per word.</param>
    /// <param name="scratch">Working space, at least as long as <paramref name="words"/>.</param>
    internal void Tag(ReadOnlySpan<TaggerWord> words, Span<int> tags, Span<int> scratch)
    {
        var first = SecondPass is null ? tags : scratch;
        TagLeftToRight(words, first);
        if (SecondPass is null)
        {
            return;
        }

        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaximumCount];
        Span<float> scores = stackalloc float[ClassCount];
        for (var i = 0; i < words.Length; i++)
        {
            var next = i + 1 < words.Length ? first[i + 1] : -1;
            var afterNext = i + 2 < words.Length ? first[i + 2] : -1;
            var count = TaggerFeatures.Extract(words, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, next, afterNext, features);
            SecondPass.Score(features[..count], scores);
            tags[i] = ArgMax(scores);
        }
    }

    // The greedy pass. The features that look only at words are scored for the whole sentence at once, so their
    // memory accesses overlap; then each word adds the few features that look at the tags chosen to its left. The
    // integer sums are exact, so the result is the same as scoring each word's features together.
    private void TagLeftToRight(ReadOnlySpan<TaggerWord> words, Span<int> tags)
    {
        var length = words.Length;
        var stride = FirstPass.SumsLength;
        var wordFeatures = ArrayPool<ulong>.Shared.Rent(length * TaggerFeatures.WordCount);
        var sums = ArrayPool<int>.Shared.Rent(length * stride);
        try
        {
            for (var i = 0; i < length; i++)
            {
                TaggerFeatures.ExtractWord(words, i, wordFeatures.AsSpan(i * TaggerFeatures.WordCount, TaggerFeatures.WordCount));
            }

            Array.Clear(sums, 0, length * stride);
            FirstPass.AddEach(wordFeatures.AsSpan(0, length * TaggerFeatures.WordCount), TaggerFeatures.WordCount, sums);
            Span<ulong> tagged = stackalloc ulong[TaggerFeatures.MaximumTaggedCount];
            for (var i = 0; i < length; i++)
            {
                var count = TaggerFeatures.ExtractTagged(words, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, -2, -2, tagged);
                var wordSums = sums.AsSpan(i * stride, stride);
                FirstPass.Add(tagged[..count], wordSums);
                tags[i] = ArgMax(wordSums[..ClassCount]);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(wordFeatures);
            ArrayPool<int>.Shared.Return(sums);
        }
    }

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, FormatVersion, writer =>
    {
        writer.Write(_upos.Length);
        for (var t = 0; t < _upos.Length; t++)
        {
            writer.Write((byte)_upos[t]);
            writer.Write(_xpos[t]);
        }

        WriteDictionary(writer, _ambiguity);
        WriteDictionary(writer, _external);

        Morphology.Write(writer);
        FirstPass.Write(writer);
        writer.Write(SecondPass is not null);
        SecondPass?.Write(writer);
    });

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when the file is missing, RO1005 when it cannot be read.</exception>
    public static TaggerModel Load(string path) => ModelFile.Read(path, Kind, FormatVersion, reader =>
    {
        var classes = reader.ReadInt32();
        var upos = new UniversalPos[classes];
        var xpos = new string[classes];
        for (var t = 0; t < classes; t++)
        {
            upos[t] = (UniversalPos)reader.ReadByte();
            xpos[t] = string.Intern(reader.ReadString());
        }

        var ambiguity = ReadDictionary(reader);
        var external = ReadDictionary(reader);

        var morphology = MorphologyLexicon.Read(reader);
        var first = LinearModel.Read(reader);
        var second = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
        return new TaggerModel(upos, xpos, first, second, ambiguity, external, morphology);
    });

    private static void WriteDictionary(BinaryWriter writer, Dictionary<ulong, ulong> dictionary)
    {
        writer.Write(dictionary.Count);
        foreach (var key in dictionary.Keys.Order())
        {
            writer.Write(key);
            writer.Write(dictionary[key]);
        }
    }

    private static Dictionary<ulong, ulong> ReadDictionary(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var dictionary = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            dictionary.Add(reader.ReadUInt64(), reader.ReadUInt64());
        }

        return dictionary;
    }

    // The first class with the highest sum, as ArgMax of the scaled scores would choose.
    private static int ArgMax(ReadOnlySpan<int> sums)
    {
        var best = int.MinValue;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var most = Vector256.Create(int.MinValue);
            for (; i + Vector256<int>.Count <= sums.Length; i += Vector256<int>.Count)
            {
                most = Vector256.Max(most, Vector256.Create(sums.Slice(i, Vector256<int>.Count)));
            }

            for (var lane = 0; lane < Vector256<int>.Count; lane++)
            {
                best = Math.Max(best, most[lane]);
            }
        }

        for (; i < sums.Length; i++)
        {
            best = Math.Max(best, sums[i]);
        }

        return sums.IndexOf(best);
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        var bestScore = scores[0];
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > bestScore)
            {
                best = c;
                bestScore = scores[c];
            }
        }

        return best;
    }
}
