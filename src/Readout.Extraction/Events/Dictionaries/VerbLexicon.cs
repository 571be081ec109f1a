using Readout.Extraction.Events.Patterns;

namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// The verb side of an event dictionary: verb blocks with their default codes, the verbs' surface forms, the patterns
/// translated to dependency terms, synsets, and speech transformations.
/// </summary>
/// <remarks>Filled by a reader or the compiled-file loader; read-only and thread-safe afterwards.</remarks>
public sealed class VerbLexicon
{
    private readonly List<Synset> _synsets = [];
    private readonly Dictionary<string, int> _synsetIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<VerbBlock> _blocks = [];
    private readonly List<VerbEntry> _entries = [];
    private readonly List<VerbForm> _forms = [];
    private readonly List<VerbPattern> _patterns = [];
    private readonly List<List<int>> _patternsByBlock = [];
    private readonly Dictionary<int, List<int>> _formsByVerbWord = [];
    private readonly Dictionary<string, List<int>> _entriesByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SpeechTransformation> _transformations = [];

    internal VerbLexicon(WordTable words)
    {
        Words = words;
    }

    /// <summary>The synsets.</summary>
    public IReadOnlyList<Synset> Synsets => _synsets;

    /// <summary>The verb blocks.</summary>
    public IReadOnlyList<VerbBlock> Blocks => _blocks;

    /// <summary>The verbs.</summary>
    public IReadOnlyList<VerbEntry> Entries => _entries;

    /// <summary>Every surface form of every verb.</summary>
    public IReadOnlyList<VerbForm> Forms => _forms;

    /// <summary>Every pattern.</summary>
    public IReadOnlyList<VerbPattern> Patterns => _patterns;

    /// <summary>The speech transformations.</summary>
    public IReadOnlyList<SpeechTransformation> Transformations => _transformations;

    internal WordTable Words { get; }

    /// <summary>The forms whose inflected verb is the word <paramref name="wordId"/>.</summary>
    internal IReadOnlyList<int> FormsWithVerb(int wordId) =>
        wordId >= 0 && _formsByVerbWord.TryGetValue(wordId, out var forms) ? forms : [];

    /// <summary>The entries named <paramref name="name"/> (a verb can sit in several blocks).</summary>
    internal IReadOnlyList<int> EntriesNamed(string name) => _entriesByName.TryGetValue(name, out var entries) ? entries : [];

    /// <summary>The patterns of block <paramref name="block"/>.</summary>
    internal IReadOnlyList<int> PatternsOf(int block) => _patternsByBlock[block];

    internal int FindSynset(string name) => _synsetIndex.TryGetValue(name, out var index) ? index : -1;

    internal int AddSynset(Synset synset)
    {
        _synsetIndex[synset.Name] = _synsets.Count;
        _synsets.Add(synset);
        return _synsets.Count - 1;
    }

    /// <summary>Replaces a synset registered before its phrases were read (synsets may name each other).</summary>
    internal void ReplaceSynset(int index, Synset synset) => _synsets[index] = synset;

    internal int AddBlock(VerbBlock block)
    {
        _blocks.Add(block);
        _patternsByBlock.Add([]);
        return _blocks.Count - 1;
    }

    internal int AddEntry(VerbEntry entry)
    {
        _entries.Add(entry);
        var index = _entries.Count - 1;
        if (!_entriesByName.TryGetValue(entry.Name, out var list))
        {
            _entriesByName[entry.Name] = list = [];
        }

        list.Add(index);
        return index;
    }

    internal void AddForm(VerbForm form)
    {
        foreach (var existing in FormsWithVerb(form.Words[form.VerbPosition]))
        {
            var other = _forms[existing];
            if (other.Entry == form.Entry && other.VerbPosition == form.VerbPosition && other.Words.AsSpan().SequenceEqual(form.Words))
            {
                return;
            }
        }

        var verbWord = form.Words[form.VerbPosition];
        if (!_formsByVerbWord.TryGetValue(verbWord, out var list))
        {
            _formsByVerbWord[verbWord] = list = [];
        }

        list.Add(_forms.Count);
        _forms.Add(form);
    }

    internal void AddPattern(VerbPattern pattern)
    {
        _patternsByBlock[pattern.Block].Add(_patterns.Count);
        _patterns.Add(pattern);
    }

    internal void AddTransformation(SpeechTransformation transformation) => _transformations.Add(transformation);

    /// <summary>Puts <paramref name="transformations"/> before the ones already read: more specific rules are tried first.</summary>
    internal void PrependTransformations(IEnumerable<SpeechTransformation> transformations) => _transformations.InsertRange(0, transformations);
}
