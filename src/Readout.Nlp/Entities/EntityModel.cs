using System.Collections.Concurrent;
using Readout.Core.Documents;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Entities;

/// <summary>
/// The trained entity recognizer: its types, the perceptron weights of a first BILOU pass, and of a second pass that
/// also sees the first pass's classes to the right and how the rest of the document labelled each word.
/// </summary>
/// <remarks>
/// A pass with transition weights is structured: each sentence is decoded by Viterbi over word and (previous class,
/// class) scores (<see cref="BilouDecoder"/>). A pass without them is greedy, left to right, each word's features
/// seeing the classes already chosen.
/// </remarks>
/// <remarks>Immutable but for a pool of decoding buffers (each call takes its own); one instance is shared by every thread of a pipeline.</remarks>
public sealed class EntityModel
{
    /// <summary>The model kind written in the file header.</summary>
    public const string Kind = "readout-entities";

    /// <summary>The file format version.</summary>
    public const int FormatVersion = 2;

    private readonly string[] _types;

    // Decoding buffers, reused across documents: one is taken per call, so threads never share one.
    private readonly ConcurrentBag<StructuredScratch> _scratch = [];

    internal EntityModel(
        string[] types, bool usesGazetteer, LinearModel firstPass, LinearModel? secondPass,
        LinearModel? firstPassTransitions = null, LinearModel? secondPassTransitions = null)
    {
        if (secondPass is not null && (firstPassTransitions is null) != (secondPassTransitions is null))
        {
            throw new ArgumentException("both passes are structured or neither", nameof(secondPassTransitions));
        }

        _types = types;
        UsesGazetteer = usesGazetteer;
        FirstPass = firstPass;
        SecondPass = secondPass;
        FirstPassTransitions = firstPassTransitions;
        SecondPassTransitions = secondPassTransitions;
    }

    /// <summary>The entity types, in class order (<see cref="EntityTypes"/> names).</summary>
    public IReadOnlyList<string> Types => _types;

    /// <summary>True when the model was trained with gazetteer marks (and works best with them).</summary>
    public bool UsesGazetteer { get; }

    /// <summary>The left-to-right pass.</summary>
    public LinearModel FirstPass { get; }

    /// <summary>The second pass, or null when not trained.</summary>
    public LinearModel? SecondPass { get; }

    /// <summary>The first pass's weights of (previous class, class) pairs, or null when the passes are greedy.</summary>
    public LinearModel? FirstPassTransitions { get; }

    /// <summary>The second pass's weights of (previous class, class) pairs, or null.</summary>
    public LinearModel? SecondPassTransitions { get; }

    /// <summary>True when sentences are decoded by Viterbi rather than greedily.</summary>
    public bool Structured => FirstPassTransitions is not null;

    internal int ClassCount => EntityLabels.ClassCount(_types.Length);

    /// <summary>Finds the names in a tokenized, sentence-split (and ideally tagged) document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="marks">The gazetteer's marks on the document, or null.</param>
    /// <param name="spans">Receives (first token, end token, type index), in text order; not cleared.</param>
    public void Recognize(Document document, GazetteerMarks? marks, List<(int First, int End, int Type)> spans)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(spans);
        var count = document.Tokens.Count;
        if (count == 0)
        {
            return;
        }

        var words = new EntityWord[count];
        var first = new int[count];
        Fill(document, words);
        var final = Structured ? RecognizeStructured(document, words, marks, first) : RecognizeGreedy(document, words, marks, first);
        var found = new List<(int First, int End, int Type)>();
        foreach (var (start, end) in SentenceRanges.Of(document))
        {
            found.Clear();
            EntityLabels.Spans(final.AsSpan(start, end - start), found);
            foreach (var (f, e, t) in found)
            {
                spans.Add((start + f, start + e, t));
            }
        }
    }

    private int[] RecognizeStructured(Document document, EntityWord[] words, GazetteerMarks? marks, int[] first)
    {
        if (!_scratch.TryTake(out var scratch))
        {
            scratch = new StructuredScratch(ClassCount);
        }

        try
        {
            return RecognizeStructured(document, words, marks, first, scratch);
        }
        finally
        {
            _scratch.Add(scratch);
        }
    }

    private int[] RecognizeStructured(Document document, EntityWord[] words, GazetteerMarks? marks, int[] first, StructuredScratch scratch)
    {
        foreach (var (start, end) in SentenceRanges.Of(document))
        {
            scratch.Decode(FirstPass, FirstPassTransitions!, words.AsSpan(start, end - start), marks, default, null, first.AsSpan(start, end - start));
        }

        if (SecondPass is null)
        {
            return first;
        }

        var final = new int[first.Length];
        var memory = Remember(words, first, _types.Length);
        foreach (var (start, end) in SentenceRanges.Of(document))
        {
            scratch.Decode(SecondPass, SecondPassTransitions!, words.AsSpan(start, end - start), marks, first.AsSpan(start, end - start), memory, final.AsSpan(start, end - start));
        }

        return final;
    }

    private int[] RecognizeGreedy(Document document, EntityWord[] words, GazetteerMarks? marks, int[] first)
    {
        Span<ulong> features = stackalloc ulong[EntityFeatures.MaximumCount];
        Span<float> scores = stackalloc float[ClassCount];
        foreach (var (start, end) in SentenceRanges.Of(document))
        {
            var sentence = words.AsSpan(start, end - start);
            var labels = first.AsSpan(start, end - start);
            for (var i = 0; i < sentence.Length; i++)
            {
                var n = EntityFeatures.Extract(sentence, marks, i, Previous(labels, i, 1), Previous(labels, i, 2), EntityFeatures.NoContext, 0, 0, features);
                FirstPass.Score(features[..n], scores);
                labels[i] = EntityLabels.Best(scores, i > 0 ? labels[i - 1] : -1, i == sentence.Length - 1);
            }
        }

        var final = first;
        if (SecondPass is not null)
        {
            final = new int[first.Length];
            var memory = Remember(words, first, _types.Length);
            foreach (var (start, end) in SentenceRanges.Of(document))
            {
                var sentence = words.AsSpan(start, end - start);
                var guesses = first.AsSpan(start, end - start);
                var labels = final.AsSpan(start, end - start);
                for (var i = 0; i < sentence.Length; i++)
                {
                    var n = EntityFeatures.Extract(
                        sentence, marks, i, Previous(labels, i, 1), Previous(labels, i, 2), Next(guesses, i, 1), Next(guesses, i, 2),
                        MemoryOf(memory, sentence[i], guesses[i]), features);
                    SecondPass.Score(features[..n], scores);
                    labels[i] = EntityLabels.Best(scores, i > 0 ? labels[i - 1] : -1, i == sentence.Length - 1);
                }
            }
        }

        return final;
    }

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, FormatVersion, writer =>
    {
        writer.Write(_types.Length);
        foreach (var type in _types)
        {
            writer.Write(type);
        }

        writer.Write(UsesGazetteer);
        writer.Write(Structured);
        FirstPass.Write(writer);
        FirstPassTransitions?.Write(writer);
        writer.Write(SecondPass is not null);
        SecondPass?.Write(writer);
        SecondPassTransitions?.Write(writer);
    });

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when the file is missing, RO1005 when it cannot be read.</exception>
    public static EntityModel Load(string path) => ModelFile.Read(path, Kind, FormatVersion, reader =>
    {
        var types = new string[reader.ReadInt32()];
        for (var t = 0; t < types.Length; t++)
        {
            types[t] = string.Intern(reader.ReadString());
        }

        var usesGazetteer = reader.ReadBoolean();
        var structured = reader.ReadBoolean();
        var first = LinearModel.Read(reader);
        var firstTransitions = structured ? LinearModel.Read(reader) : null;
        LinearModel? second = null, secondTransitions = null;
        if (reader.ReadBoolean())
        {
            second = LinearModel.Read(reader);
            secondTransitions = structured ? LinearModel.Read(reader) : null;
        }

        return new EntityModel(types, usesGazetteer, first, second, firstTransitions, secondTransitions);
    });

    /// <summary>Hashes every token of <paramref name="document"/>, sentence by sentence.</summary>
    internal static void Fill(Document document, EntityWord[] words)
    {
        foreach (var (start, end) in SentenceRanges.Of(document))
        {
            for (var i = start; i < end; i++)
            {
                words[i] = EntityWord.Of(document, i, i == start);
            }
        }
    }

    /// <summary>The first pass's labels of the document's capitalized words.</summary>
    internal static DocumentMemory Remember(ReadOnlySpan<EntityWord> words, ReadOnlySpan<int> labels, int typeCount, DocumentMemory? reuse = null)
    {
        var memory = reuse ?? new DocumentMemory(typeCount);
        memory.Clear();
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Capitalized)
            {
                memory.Add(words[i].Lower, labels[i]);
            }
        }

        return memory;
    }

    internal static ulong MemoryOf(DocumentMemory memory, in EntityWord word, int ownLabel) =>
        word.Capitalized ? memory.Of(word.Lower, ownLabel) : 0;

    internal static int Previous(ReadOnlySpan<int> labels, int i, int distance) => i - distance >= 0 ? labels[i - distance] : -1;

    internal static int Next(ReadOnlySpan<int> labels, int i, int distance) => i + distance < labels.Length ? labels[i + distance] : -1;

    /// <summary>The per-sentence buffers of structured decoding: features, integer sums, word and transition scores.</summary>
    /// <remarks>
    /// No feature looks at the classes being decoded, so a sentence's features are all extracted first and looked up
    /// together (<see cref="LinearModel.AddItems"/>), their memory misses overlapping.
    /// </remarks>
    private sealed class StructuredScratch(int classCount)
    {
        private readonly int _pairCount = BilouDecoder.PairCount(classCount);
        private ulong[] _features = [];
        private ulong[] _transitions = [];
        private int[] _featureEnds = [];
        private int[] _transitionEnds = [];
        private int[] _sums = [];
        private float[] _wordScores = [];
        private float[] _transitionScores = [];

        /// <summary>Scores and decodes one sentence; <paramref name="guesses"/> are the first pass's classes (empty in the first pass).</summary>
        public void Decode(
            LinearModel wordModel, LinearModel transitionModel, ReadOnlySpan<EntityWord> sentence, GazetteerMarks? marks,
            ReadOnlySpan<int> guesses, DocumentMemory? memory, Span<int> labels)
        {
            var length = sentence.Length;
            if (_featureEnds.Length < length)
            {
                _features = new ulong[length * EntityFeatures.MaximumCount];
                _transitions = new ulong[length * EntityFeatures.MaximumTransitionCount];
                _featureEnds = new int[length];
                _transitionEnds = new int[length];
            }

            int n = 0, t = 0;
            for (var i = 0; i < length; i++)
            {
                var (words, transitions) = EntityFeatures.ExtractStructured(
                    sentence, marks, i, guesses, memory is null ? 0 : MemoryOf(memory, sentence[i], guesses[i]),
                    _features.AsSpan(n), _transitions.AsSpan(t));
                n += words;
                t += transitions;
                _featureEnds[i] = n;
                _transitionEnds[i] = t;
            }

            var wordScores = Scores(wordModel, _features.AsSpan(0, n), _featureEnds.AsSpan(0, length), classCount, ref _wordScores);
            var transitionScores = Scores(transitionModel, _transitions.AsSpan(0, t), _transitionEnds.AsSpan(0, length), _pairCount, ref _transitionScores);
            BilouDecoder.Decode(wordScores, transitionScores, classCount, labels);
        }

        private ReadOnlySpan<float> Scores(LinearModel model, ReadOnlySpan<ulong> features, ReadOnlySpan<int> ends, int width, ref float[] scores)
        {
            var stride = model.SumsLength;
            var items = ends.Length;
            if (_sums.Length < items * stride)
            {
                _sums = new int[items * stride];
            }

            if (scores.Length < items * width)
            {
                scores = new float[items * width];
            }

            var sums = _sums.AsSpan(0, items * stride);
            sums.Clear();
            model.AddItems(features, ends, sums);
            var scale = model.Scale;
            for (var item = 0; item < items; item++)
            {
                var from = sums.Slice(item * stride, width);
                var to = scores.AsSpan(item * width, width);
                for (var c = 0; c < width; c++)
                {
                    to[c] = from[c] * scale;
                }
            }

            return scores.AsSpan(0, items * width);
        }
    }
}
