using Readout.Nlp.Learning;

namespace Readout.Nlp.Entities;

/// <summary>Trains an <see cref="EntityModel"/> from documents with gold IOB2 tags.</summary>
/// <remarks>
/// Deterministic: single-threaded, documents shuffled with a seeded generator, weights written in sorted order. Both
/// passes learn online in the same epoch, the second from the first pass's current guesses (as the tagger does), so it
/// learns how far to trust them. Structured passes (the default) decode each sentence by Viterbi with the current
/// weights and update where the decoded sequence differs from the gold one (Collins 2002): word features for a word
/// whose class differs, transition features for a word whose (previous class, class) pair differs.
/// </remarks>
public static class EntityRecognizerTrainer
{
    /// <summary>Trains a model; <paramref name="log"/> receives one line per epoch.</summary>
    /// <param name="documents">Training documents.</param>
    /// <param name="types">The entity types to learn, in class order; other tags count as outside.</param>
    /// <param name="options">Hyper-parameters.</param>
    /// <param name="gazetteer">The gazetteer whose marks become features, or null.</param>
    /// <param name="log">Receives progress lines.</param>
    public static EntityModel Train(
        IReadOnlyList<EntityTrainingDocument> documents, IReadOnlyList<string> types, EntityTrainingOptions options, IEntityGazetteer? gazetteer = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(options);
        var typeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < types.Count; t++)
        {
            typeIndex.Add(types[t], t);
        }

        var prepared = new Prepared[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            prepared[d] = Prepare(documents[d], gazetteer, type => typeIndex.GetValueOrDefault(type, -1));
        }

        var classCount = EntityLabels.ClassCount(types.Count);
        if (options.Structured)
        {
            return TrainStructured(prepared, types, options, gazetteer is not null, classCount, log);
        }

        var first = new AveragedPerceptron(classCount);
        var second = options.SecondPass ? new AveragedPerceptron(classCount) : null;
        var memory = new DocumentMemory(types.Count);
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var random = new Random(options.Seed);
        var features = new ulong[EntityFeatures.MaximumCount];
        var scores = new float[classCount];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var d in order)
            {
                var document = prepared[d];
                var guesses = new int[document.Words.Length];
                foreach (var (start, end) in document.Sentences)
                {
                    var words = document.Words.AsSpan(start, end - start);
                    var gold = document.Gold.AsSpan(start, end - start);
                    var labels = guesses.AsSpan(start, end - start);
                    for (var i = 0; i < words.Length; i++)
                    {
                        var n = EntityFeatures.Extract(words, document.Marks, i, EntityModel.Previous(labels, i, 1), EntityModel.Previous(labels, i, 2), EntityFeatures.NoContext, 0, 0, features);
                        labels[i] = Learn(first, features.AsSpan(0, n), scores, gold[i], i > 0 ? labels[i - 1] : -1, i == words.Length - 1);
                    }
                }

                var final = guesses;
                if (second is not null)
                {
                    final = new int[guesses.Length];
                    EntityModel.Remember(document.Words, guesses, types.Count, memory);
                    foreach (var (start, end) in document.Sentences)
                    {
                        var words = document.Words.AsSpan(start, end - start);
                        var gold = document.Gold.AsSpan(start, end - start);
                        var firstLabels = guesses.AsSpan(start, end - start);
                        var labels = final.AsSpan(start, end - start);
                        for (var i = 0; i < words.Length; i++)
                        {
                            var n = EntityFeatures.Extract(
                                words, document.Marks, i, EntityModel.Previous(labels, i, 1), EntityModel.Previous(labels, i, 2),
                                EntityModel.Next(firstLabels, i, 1), EntityModel.Next(firstLabels, i, 2), EntityModel.MemoryOf(memory, words[i], firstLabels[i]), features);
                            labels[i] = Learn(second, features.AsSpan(0, n), scores, gold[i], i > 0 ? labels[i - 1] : -1, i == words.Length - 1);
                        }
                    }
                }

                correct += Matches(final, document.Gold);
                total += final.Length;
            }

            log?.Invoke($"entities epoch {epoch}: training accuracy {100.0 * correct / Math.Max(1, total):0.00}");
        }

        return new EntityModel(
            [.. types],
            gazetteer is not null,
            first.ToModel(options.MinimumWeight, options.MinimumUpdates),
            second?.ToModel(options.MinimumWeight, options.MinimumUpdates));
    }

    private static EntityModel TrainStructured(Prepared[] prepared, IReadOnlyList<string> types, EntityTrainingOptions options, bool usesGazetteer, int classCount, Action<string>? log)
    {
        var pairCount = BilouDecoder.PairCount(classCount);
        var first = new StructuredPass(classCount);
        var second = options.SecondPass ? new StructuredPass(classCount) : null;
        var memory = new DocumentMemory(types.Count);
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var random = new Random(options.Seed);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var d in order)
            {
                var document = prepared[d];
                var guesses = new int[document.Words.Length];
                foreach (var (start, end) in document.Sentences)
                {
                    first.Learn(document.Words.AsSpan(start, end - start), document.Marks, default, null, document.Gold.AsSpan(start, end - start), guesses.AsSpan(start, end - start));
                }

                var final = guesses;
                if (second is not null)
                {
                    final = new int[guesses.Length];
                    EntityModel.Remember(document.Words, guesses, types.Count, memory);
                    foreach (var (start, end) in document.Sentences)
                    {
                        second.Learn(
                            document.Words.AsSpan(start, end - start), document.Marks, guesses.AsSpan(start, end - start), memory,
                            document.Gold.AsSpan(start, end - start), final.AsSpan(start, end - start));
                    }
                }

                correct += Matches(final, document.Gold);
                total += final.Length;
            }

            log?.Invoke($"entities epoch {epoch}: training accuracy {100.0 * correct / Math.Max(1, total):0.00}");
        }

        return new EntityModel(
            [.. types],
            usesGazetteer,
            first.Words.ToModel(options.MinimumWeight, options.MinimumUpdates),
            second?.Words.ToModel(options.MinimumWeight, options.MinimumUpdates),
            first.Transitions.ToModel(options.MinimumWeight, options.MinimumUpdates),
            second?.Transitions.ToModel(options.MinimumWeight, options.MinimumUpdates));
    }

    private static int Matches(int[] guesses, int[] gold)
    {
        var matches = 0;
        for (var i = 0; i < guesses.Length; i++)
        {
            matches += guesses[i] == gold[i] ? 1 : 0;
        }

        return matches;
    }

    /// <summary>Scores, predicts under the BILOU constraints and updates; returns the prediction.</summary>
    private static int Learn(AveragedPerceptron perceptron, ReadOnlySpan<ulong> features, Span<float> scores, int truth, int previous, bool last)
    {
        perceptron.Score(features, scores);
        var guess = EntityLabels.Best(scores, previous, last);
        perceptron.Update(features, truth, AveragedPerceptron.Rival(scores, truth, guess));
        perceptron.Tick();
        return guess;
    }

    private static Prepared Prepare(EntityTrainingDocument example, IEntityGazetteer? gazetteer, Func<string, int> typeOf)
    {
        var document = example.Document;
        var count = document.Tokens.Count;
        if (example.Tags.Count != count)
        {
            throw new ArgumentException($"document '{document.Source}' has {count} tokens but {example.Tags.Count} tags", nameof(example));
        }

        var words = new EntityWord[count];
        EntityModel.Fill(document, words);
        var gold = new int[count];
        var tags = example.Tags as string[] ?? [.. example.Tags];
        var sentences = new List<(int, int)>();
        foreach (var (start, end) in SentenceRanges.Of(document))
        {
            EntityLabels.FromIob(tags.AsSpan(start, end - start), typeOf, gold.AsSpan(start, end - start));
            sentences.Add((start, end));
        }

        GazetteerMarks? marks = null;
        if (gazetteer is not null)
        {
            marks = new GazetteerMarks();
            marks.Reset(count);
            gazetteer.Mark(document, marks);
        }

        return new Prepared(words, gold, marks, sentences);
    }

    /// <summary>One structured pass being learned: its word and transition perceptrons and per-sentence buffers.</summary>
    private sealed class StructuredPass(int classCount)
    {
        private readonly int _pairCount = BilouDecoder.PairCount(classCount);
        private readonly List<ulong> _features = [];
        private readonly List<int> _featureEnds = [];
        private readonly List<ulong> _transitions = [];
        private readonly List<int> _transitionEnds = [];
        private readonly ulong[] _wordBuffer = new ulong[EntityFeatures.MaximumCount];
        private readonly ulong[] _transitionBuffer = new ulong[EntityFeatures.MaximumTransitionCount];
        private float[] _wordScores = new float[64 * classCount];
        private float[] _transitionScores = new float[64 * BilouDecoder.PairCount(classCount)];

        public AveragedPerceptron Words { get; } = new(classCount);

        public AveragedPerceptron Transitions { get; } = new(BilouDecoder.PairCount(classCount));

        /// <summary>Decodes one sentence with the current weights into <paramref name="labels"/> and learns from the difference with <paramref name="gold"/>.</summary>
        public void Learn(
            ReadOnlySpan<EntityWord> words, GazetteerMarks? marks, ReadOnlySpan<int> guesses, DocumentMemory? memory, ReadOnlySpan<int> gold, Span<int> labels)
        {
            if (_wordScores.Length < words.Length * classCount)
            {
                _wordScores = new float[words.Length * classCount];
                _transitionScores = new float[words.Length * _pairCount];
            }

            _features.Clear();
            _featureEnds.Clear();
            _transitions.Clear();
            _transitionEnds.Clear();
            for (var i = 0; i < words.Length; i++)
            {
                var firstPass = memory is null;
                var (n, t) = EntityFeatures.ExtractStructured(
                    words, marks, i,
                    guesses,
                    firstPass ? 0 : EntityModel.MemoryOf(memory!, words[i], guesses[i]),
                    _wordBuffer, _transitionBuffer);
                _features.AddRange(_wordBuffer.AsSpan(0, n));
                _featureEnds.Add(_features.Count);
                _transitions.AddRange(_transitionBuffer.AsSpan(0, t));
                _transitionEnds.Add(_transitions.Count);
                Words.Score(_wordBuffer.AsSpan(0, n), _wordScores.AsSpan(i * classCount, classCount));
                Transitions.Score(_transitionBuffer.AsSpan(0, t), _transitionScores.AsSpan(i * _pairCount, _pairCount));
            }

            BilouDecoder.Decode(_wordScores, _transitionScores, classCount, labels);
            var features = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_features);
            var transitions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_transitions);
            for (var i = 0; i < words.Length; i++)
            {
                var featureStart = i == 0 ? 0 : _featureEnds[i - 1];
                var transitionStart = i == 0 ? 0 : _transitionEnds[i - 1];
                Words.Update(features[featureStart.._featureEnds[i]], gold[i], labels[i]);
                var goldPair = BilouDecoder.PairOf(i == 0 ? -1 : gold[i - 1], gold[i], classCount);
                var guessPair = BilouDecoder.PairOf(i == 0 ? -1 : labels[i - 1], labels[i], classCount);
                Transitions.Update(transitions[transitionStart.._transitionEnds[i]], goldPair, guessPair);
                Words.Tick();
                Transitions.Tick();
            }
        }
    }

    private sealed record Prepared(EntityWord[] Words, int[] Gold, GazetteerMarks? Marks, List<(int Start, int End)> Sentences);
}
