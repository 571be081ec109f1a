using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>
/// Morphological features (UFeats) chosen from a word and its tag: the features the treebank gave most often to that
/// word with that tag, else the features most often given to the tag.
/// </summary>
/// <remarks>English features follow from the Penn tag and the word form (Number from NNS, Person and Case from the
/// pronoun), so a lexicon learned from the treebank is enough. Immutable after building; thread-safe to read.</remarks>
public sealed class MorphologyLexicon
{
    private readonly Vocabulary _features;
    private readonly Dictionary<ulong, int> _byWordAndTag;
    private readonly int[] _byTag;

    private MorphologyLexicon(Vocabulary features, Dictionary<ulong, int> byWordAndTag, int[] byTag)
    {
        _features = features;
        _byWordAndTag = byWordAndTag;
        _byTag = byTag;
    }

    /// <summary>The features of a word (by its <see cref="TaggerWord.KeyOf"/> key) tagged with class <paramref name="tag"/>; null for none.</summary>
    public string? FeaturesOf(ulong wordKey, int tag)
    {
        var id = _byWordAndTag.TryGetValue(FeatureHash.Combine(wordKey, (ulong)tag), out var found) ? found : _byTag[tag];
        return id < 0 ? null : _features[id];
    }

    /// <summary>Learns the lexicon from (word key, tag, features) observations; "_" means no features.</summary>
    public static MorphologyLexicon Learn(IEnumerable<(ulong WordKey, int Tag, string Features)> observations, int tagCount)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var features = new Vocabulary();
        var byWord = new Dictionary<(ulong Word, int Tag), Dictionary<int, int>>();
        var byTag = new Dictionary<int, int>[tagCount];
        for (var t = 0; t < tagCount; t++)
        {
            byTag[t] = [];
        }

        foreach (var (wordKey, tag, value) in observations)
        {
            var id = value == "_" ? -1 : features.Add(value);
            if (!byWord.TryGetValue((wordKey, tag), out var counts))
            {
                counts = [];
                byWord.Add((wordKey, tag), counts);
            }

            counts[id] = counts.GetValueOrDefault(id) + 1;
            byTag[tag][id] = byTag[tag].GetValueOrDefault(id) + 1;
        }

        var defaults = new int[tagCount];
        for (var t = 0; t < tagCount; t++)
        {
            defaults[t] = MostFrequent(byTag[t]);
        }

        // Only words that differ from their tag's default need an entry.
        var exceptions = new Dictionary<ulong, int>();
        foreach (var ((word, tag), counts) in byWord)
        {
            var best = MostFrequent(counts);
            if (best != defaults[tag])
            {
                exceptions.Add(FeatureHash.Combine(word, (ulong)tag), best);
            }
        }

        return new MorphologyLexicon(features, exceptions, defaults);
    }

    /// <summary>Writes the lexicon.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _features.Write(writer);
        writer.Write(_byTag.Length);
        foreach (var id in _byTag)
        {
            writer.Write(id);
        }

        CountTable.Write(writer, _byWordAndTag);
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static MorphologyLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var features = Vocabulary.Read(reader);
        var byTag = new int[reader.ReadInt32()];
        for (var t = 0; t < byTag.Length; t++)
        {
            byTag[t] = reader.ReadInt32();
        }

        return new MorphologyLexicon(features, CountTable.Read(reader), byTag);
    }

    private static int MostFrequent(Dictionary<int, int> counts)
    {
        var best = -1;
        var bestCount = 0;
        foreach (var (id, count) in counts.OrderBy(pair => pair.Key))
        {
            if (count > bestCount)
            {
                best = id;
                bestCount = count;
            }
        }

        return best;
    }
}
