using Readout.Nlp.Learning;

namespace Readout.Nlp.Clusters;

/// <summary>
/// Word classes learned from unlabelled text: each known word (lower-cased, digits folded to 0, as
/// <see cref="WordForm.Normalize"/> writes it) belongs to one class at every level, finest first, each level nesting
/// in the next ("tehran" and "damascus" share a fine class; with "paris" and "london" a coarser one).
/// </summary>
/// <remarks>
/// Immutable and thread-safe once built. Looked up by the hash of the normalised form (<see cref="FeatureHash.Of"/>),
/// which the entity recognizer computes anyway, so a lookup is one dictionary probe per token.
/// </remarks>
public sealed class WordClusters
{
    /// <summary>The model kind written in the file header.</summary>
    public const string Kind = "readout-clusters";

    /// <summary>The file format version.</summary>
    public const int FormatVersion = 1;

    private readonly string[] _words;
    private readonly int[] _classes;
    private readonly int[][] _levels;
    private readonly Dictionary<ulong, int> _byHash;

    /// <summary>Builds the table from words, their finest class, and each level's class of every finest class.</summary>
    /// <param name="words">The known words, normalised.</param>
    /// <param name="classes">The finest class of each word.</param>
    /// <param name="levels">
    /// Level 0 is the finest and maps each class to itself; level l maps a finest class to its class at level l.
    /// </param>
    public WordClusters(string[] words, int[] classes, int[][] levels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(levels);
        if (words.Length != classes.Length || levels.Length == 0)
        {
            throw new ArgumentException("every word needs a class, and there must be a level", nameof(classes));
        }

        _words = words;
        _classes = classes;
        _levels = levels;
        _byHash = new Dictionary<ulong, int>(words.Length);
        for (var w = 0; w < words.Length; w++)
        {
            _byHash.TryAdd(FeatureHash.Of(words[w]), classes[w]);
        }
    }

    /// <summary>The number of known words.</summary>
    public int WordCount => _words.Length;

    /// <summary>The number of levels, finest first.</summary>
    public int LevelCount => _levels.Length;

    /// <summary>The number of classes at the finest level.</summary>
    public int ClassCount => _levels[0].Length;

    /// <summary>The known words, normalised.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>The finest class of the word whose normalised form hashes to <paramref name="lowerHash"/>, or -1 when unknown.</summary>
    public int ClassOf(ulong lowerHash) => _byHash.TryGetValue(lowerHash, out var cls) ? cls : -1;

    /// <summary>The finest class of word <paramref name="word"/> (already normalised), or -1 when unknown.</summary>
    public int ClassOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return ClassOf(FeatureHash.Of(word));
    }

    /// <summary>The class at <paramref name="level"/> of finest class <paramref name="cls"/>.</summary>
    public int At(int level, int cls) => _levels[level][cls];

    /// <summary>Writes the table (inside another model's file, or alone with <see cref="Save"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_levels.Length);
        foreach (var level in _levels)
        {
            writer.Write(level.Length);
            foreach (var cls in level)
            {
                writer.Write(cls);
            }
        }

        // Words grouped by class, so the compressed file reads as a list of classes and compresses better.
        var order = Enumerable.Range(0, _words.Length).ToArray();
        Array.Sort(order, (a, b) => _classes[a] != _classes[b] ? _classes[a].CompareTo(_classes[b]) : a.CompareTo(b));
        writer.Write(_words.Length);
        foreach (var w in order)
        {
            writer.Write(_classes[w]);
            writer.Write(_words[w]);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static WordClusters Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var levels = new int[reader.ReadInt32()][];
        for (var l = 0; l < levels.Length; l++)
        {
            levels[l] = new int[reader.ReadInt32()];
            for (var c = 0; c < levels[l].Length; c++)
            {
                levels[l][c] = reader.ReadInt32();
            }
        }

        var count = reader.ReadInt32();
        var words = new string[count];
        var classes = new int[count];
        for (var w = 0; w < count; w++)
        {
            classes[w] = reader.ReadInt32();
            words[w] = reader.ReadString();
        }

        return new WordClusters(words, classes, levels);
    }

    /// <summary>Writes the table to its own file.</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, FormatVersion, Write);

    /// <summary>Loads a table saved by <see cref="Save"/>.</summary>
    /// <exception cref="Core.Errors.ReadoutException">RO1004 when the file is missing, RO1005 when it cannot be read.</exception>
    public static WordClusters Load(string path) => ModelFile.Read(path, Kind, FormatVersion, Read);
}
