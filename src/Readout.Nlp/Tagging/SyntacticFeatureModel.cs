using Readout.Nlp.Conllu;
using Readout.Nlp.Learning;

namespace Readout.Nlp.Tagging;

/// <summary>
/// Morphological features learned with their syntactic context: for (word, Penn tag, <see cref="SyntacticSignature"/>)
/// and, for verbs, (Penn tag, signature), the features the treebank gave most often.
/// </summary>
/// <remarks>Immutable after loading; thread-safe.</remarks>
public sealed class SyntacticFeatureModel
{
    /// <summary>The model kind written in the file header.</summary>
    public const string Kind = "readout-syntactic-features";

    /// <summary>The file format version.</summary>
    public const int FormatVersion = 1;

    private readonly Vocabulary _features;
    private readonly Dictionary<ulong, int> _byWord;
    private readonly Dictionary<ulong, int> _byTag;

    private SyntacticFeatureModel(Vocabulary features, Dictionary<ulong, int> byWord, Dictionary<ulong, int> byTag)
    {
        _features = features;
        _byWord = byWord;
        _byTag = byTag;
    }

    /// <summary>The number of (word, tag, context) entries.</summary>
    public int WordEntries => _byWord.Count;

    /// <summary>The features for a word in its context, or null to keep the tagger's.</summary>
    public string? FeaturesOf(ulong word, string xpos, ulong signature, out bool found)
    {
        ArgumentNullException.ThrowIfNull(xpos);
        var tag = FeatureHash.Of(xpos);
        if (_byWord.TryGetValue(FeatureHash.Combine(FeatureHash.Combine(word, tag), signature), out var id)
            || (IsVerb(xpos) && _byTag.TryGetValue(FeatureHash.Combine(tag, signature), out id)))
        {
            found = true;
            return id < 0 ? null : _features[id];
        }

        found = false;
        return null;
    }

    /// <summary>Learns the model from gold trees; contexts seen fewer than <paramref name="minimumCount"/> times are left out.</summary>
    public static SyntacticFeatureModel Learn(IEnumerable<ConlluSentence> sentences, int minimumCount = 2)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var features = new Vocabulary();
        var byWord = new CountTable();
        var byTag = new CountTable();
        foreach (var sentence in sentences)
        {
            var n = sentence.Words.Count;
            var heads = new int[n];
            var relations = new string?[n];
            var words = new ulong[n];
            var xpos = new string?[n];
            for (var i = 0; i < n; i++)
            {
                var word = sentence.Words[i];
                heads[i] = word.Head - 1;
                relations[i] = word.Deprel;
                words[i] = TaggerWord.KeyOf(word.Form);
                xpos[i] = word.Xpos;
            }

            for (var i = 0; i < n; i++)
            {
                var value = sentence.Words[i].Feats;
                var id = value == "_" ? -1 : features.Add(value);
                var signature = SyntacticSignature.Of(i, heads, relations, words, xpos);
                var tag = FeatureHash.Of(xpos[i]!);
                byWord.Add(FeatureHash.Combine(FeatureHash.Combine(words[i], tag), signature), id);
                if (IsVerb(xpos[i]!))
                {
                    byTag.Add(FeatureHash.Combine(tag, signature), id);
                }
            }
        }

        return new SyntacticFeatureModel(features, byWord.MostFrequent(minimumCount), byTag.MostFrequent(minimumCount));
    }

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, FormatVersion, writer =>
    {
        _features.Write(writer);
        CountTable.Write(writer, _byWord);
        CountTable.Write(writer, _byTag);
    });

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static SyntacticFeatureModel Load(string path) => ModelFile.Read(path, Kind, FormatVersion, reader =>
        new SyntacticFeatureModel(Vocabulary.Read(reader), CountTable.Read(reader), CountTable.Read(reader)));

    private static bool IsVerb(string xpos) => xpos.Length >= 2 && xpos[0] == 'V' && xpos[1] == 'B';
}
