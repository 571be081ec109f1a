using Readout.Core.Documents;
using Readout.Nlp.Conllu;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>Trains a <see cref="TaggerModel"/> from CoNLL-U sentences with gold UPOS, XPOS and features.</summary>
/// <remarks>Deterministic: single-threaded, shuffled with a seeded generator, written in sorted order.</remarks>
public static class PerceptronTaggerTrainer
{
    /// <summary>Trains a model; <paramref name="log"/> receives one line per epoch.</summary>
    /// <param name="sentences">Training sentences with gold UPOS, XPOS and features.</param>
    /// <param name="options">Hyper-parameters.</param>
    /// <param name="external">An optional tag dictionary from another corpus (see <see cref="TagDictionary"/>).</param>
    /// <param name="log">Receives progress lines.</param>
    public static TaggerModel Train(IReadOnlyList<ConlluSentence> sentences, TaggerTrainingOptions options, Dictionary<ulong, ulong>? external = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);

        // Classes in order of first appearance, so ids do not depend on hashing.
        var classIds = new Dictionary<(UniversalPos, string), int>();
        var classUpos = new List<UniversalPos>();
        var classXpos = new List<string>();
        var gold = new int[sentences.Count][];
        var keys = new ulong[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            gold[s] = new int[words.Count];
            keys[s] = new ulong[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                var upos = Enum.TryParse<UniversalPos>(words[i].Upos, out var parsed) ? parsed : UniversalPos.X;
                var pair = (upos, words[i].Xpos);
                if (!classIds.TryGetValue(pair, out var id))
                {
                    id = classIds.Count;
                    classIds.Add(pair, id);
                    classUpos.Add(upos);
                    classXpos.Add(string.Intern(words[i].Xpos));
                }

                gold[s][i] = id;
                keys[s][i] = TaggerWord.KeyOf(words[i].Form);
            }
        }

        var ambiguity = TagDictionary.Build(
            sentences.SelectMany(sentence => sentence.Words.Select(word => (word.Form, word.Upos + "/" + word.Xpos))),
            options.AmbiguityMinimumCount,
            0,
            -7);
        external ??= [];

        var hashed = new TaggerWord[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            hashed[s] = new TaggerWord[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                hashed[s][i] = TaggerWord.Of(words[i].Form, i == 0, ambiguity.GetValueOrDefault(keys[s][i]), external.GetValueOrDefault(keys[s][i]));
            }
        }

        var classCount = classUpos.Count;
        var first = new AveragedPerceptron(classCount);
        var second = options.SecondPass ? new AveragedPerceptron(classCount) : null;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaximumCount];
        var scores = new float[classCount];
        var predicted = new int[512];
        var refined = new int[512];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var s in order)
            {
                var words = hashed[s];
                var truth = gold[s];
                if (words.Length > predicted.Length)
                {
                    predicted = new int[words.Length * 2];
                    refined = new int[words.Length * 2];
                }

                for (var i = 0; i < words.Length; i++)
                {
                    var count = TaggerFeatures.Extract(words, i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, -2, -2, features);
                    first.Score(features[..count], scores);
                    var guess = TaggerModel.ArgMax(scores);
                    first.Update(features[..count], truth[i], AveragedPerceptron.Rival(scores, truth[i], guess));
                    first.Tick();
                    predicted[i] = guess;
                }

                if (second is not null)
                {
                    for (var i = 0; i < words.Length; i++)
                    {
                        var next = i + 1 < words.Length ? predicted[i + 1] : -1;
                        var afterNext = i + 2 < words.Length ? predicted[i + 2] : -1;
                        var count = TaggerFeatures.Extract(words, i, i > 0 ? refined[i - 1] : -1, i > 1 ? refined[i - 2] : -1, next, afterNext, features);
                        second.Score(features[..count], scores);
                        var guess = TaggerModel.ArgMax(scores);
                        second.Update(features[..count], truth[i], AveragedPerceptron.Rival(scores, truth[i], guess));
                        second.Tick();
                        refined[i] = guess;
                    }
                }

                var final = second is null ? predicted : refined;
                for (var i = 0; i < words.Length; i++)
                {
                    correct += final[i] == truth[i] ? 1 : 0;
                }

                total += words.Length;
            }

            log?.Invoke($"tagger epoch {epoch}: training accuracy {100.0 * correct / total:0.00}");
        }

        var observations = new List<(ulong, int, string)>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            for (var i = 0; i < words.Count; i++)
            {
                observations.Add((keys[s][i], gold[s][i], words[i].Feats));
            }
        }

        var morphology = MorphologyLexicon.Learn(observations, classCount);
        return new TaggerModel(
            [.. classUpos],
            [.. classXpos],
            first.ToModel(options.MinimumWeight, options.MinimumUpdates),
            second?.ToModel(options.MinimumWeight, options.MinimumUpdates),
            ambiguity,
            external,
            morphology);
    }
}
